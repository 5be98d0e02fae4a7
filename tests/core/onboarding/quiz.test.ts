import { describe, expect, it } from "vitest";
import { decideDeal } from "../../../src/core/quoting/deal.ts";
import { fingerprint, fnv1a, stableJson } from "../../../src/core/onboarding/fingerprint.ts";
import type { Question, QuizContext } from "../../../src/core/onboarding/question.ts";
import {
  generateQuestion,
  generateQuiz,
  QUIZ_ATTEMPTS,
} from "../../../src/core/onboarding/quiz.ts";
import { NOBODY } from "../../../src/core/onboarding/quiz-discount.ts";
import type { QuizItem } from "../../../src/core/onboarding/schema.ts";
import { PolicySchema, type Policy } from "../../../src/core/schema/policy.ts";
import { ProductSchema, type Product } from "../../../src/core/schema/product.ts";

const policy: Policy = PolicySchema.parse({
  company: "Example Signal",
  currency: "EUR",
  reviewIntervalDays: 180,
  roles: [
    { id: "rep", title: "Account executive" },
    { id: "manager", title: "Sales manager" },
    { id: "director", title: "Sales director" },
    { id: "deal-desk", title: "Deal desk" },
  ],
  forbidden: [
    { phrase: "risk-free", why: "No contract is free of risk." },
    { phrase: "guaranteed ROI", why: "We do not contract for financial outcomes." },
  ],
});

const analytics: Product = ProductSchema.parse({
  title: "Analytics",
  sku: "EX-AN-1",
  category: "Analytics",
  summary: "Dashboards.",
  owner: "owner@example.com",
  lastReviewed: "2026-11-01",
  audience: ["internal", "partner"],
  pricing: { listPrice: 100, unit: "seat / month", floorPrice: 70 },
  claims: [
    {
      id: "analytics-uptime",
      text: "Analytics had 99.9% uptime in 2026.",
      evidence: { document: "SLA report" },
    },
    {
      id: "analytics-win-rate",
      text: "Analytics won 60% of evaluations.",
      evidence: { document: "Win/loss" },
      audience: ["internal"],
    },
  ],
  discounts: [
    { role: "rep", upTo: 10 },
    { role: "manager", upTo: 15 },
    { role: "director", upTo: 25 },
    { role: "deal-desk", upTo: 28 },
  ],
  termBonus: [{ minMonths: 24, extra: 3 }],
  promises: [
    {
      topic: "SLA",
      may: "Commit to the standard 99.9% uptime SLA.",
      mayNot: ["99.99% uptime", "zero downtime", "credits above 25%"],
      escalate: "director",
    },
    {
      topic: "Refunds",
      may: "Explain the 30-day evaluation.",
      mayNot: ["money-back guarantee"],
      escalate: "manager",
    },
  ],
  forbidden: [{ phrase: "real-time everything", why: "Dashboards refresh on a schedule." }],
});

const context = (
  products: Record<string, Product> = { analytics },
  changes: Partial<QuizContext> = {},
): QuizContext => ({
  policy,
  products: new Map(Object.entries(products)),
  audience: ["internal"],
  asOf: "2026-12-06",
  ...changes,
});

function ask(item: QuizItem, ctx = context(), seed = "basics/discounts#0", attempt = 0): Question {
  const result = generateQuestion(item, seed, ctx, attempt);
  if ("error" in result) throw new Error(result.error.message);
  return result.question;
}

const answerOf = (question: Question) => question.options[question.answer];
const forbiddenPhrases = ["risk-free", "guaranteed ROI", "real-time everything"];
const containsOneOf = (option: string, phrases: readonly string[]) =>
  phrases.some((phrase) => option.toLowerCase().includes(phrase.toLowerCase()));
const approvedBy = (role: string) => `${role} must approve it before you agree to it.`;

/** The analytics sheet with one change, as marketing would make it. */
const changed = (change: (product: Product) => Product) =>
  context({ analytics: change(structuredClone(analytics)) });

describe("discount questions", () => {
  it("asks about the given discount and term and answers with the role decideDeal names", () => {
    const question = ask({ scenario: "discount", product: "analytics", discount: 18, months: 24 });
    const decision = decideDeal(policy, analytics, {
      discountPercent: 18,
      months: 24,
      quantity: 1,
    });

    expect(question.prompt).toBe(
      "A customer asks for 18% off a 24-month Analytics deal. Whose approval does it need?",
    );
    expect(decision.verdict).toMatchObject({ kind: "needs-approval", role: { id: "manager" } });
    expect(answerOf(question)).toBe("Sales manager must approve it before you agree to it.");
    expect(question.options).toEqual([
      "You may approve it yourself, as Account executive.",
      "Sales manager must approve it before you agree to it.",
      "Sales director must approve it before you agree to it.",
      "Deal desk must approve it before you agree to it.",
      NOBODY,
    ]);
    expect(question.source).toEqual({ product: "analytics", title: "Analytics", kind: "ladder" });
    expect(question.explain).toBe(
      "Sales manager may approve up to 18% (including +3 points for a 24-month term). The ladder for a " +
        "24-month Analytics deal: Account executive up to 13%, Sales manager up to 18%, Sales director " +
        "up to 28%, Deal desk up to 31%. The floor price is €70.00 per seat / month.",
    );
  });

  it("changes its answer and fingerprint when the ladder changes", () => {
    const item: QuizItem = { scenario: "discount", product: "analytics", discount: 18, months: 24 };
    const before = ask(item);
    const lowered = changed((product) => {
      product.discounts[1]!.upTo = 14;
      return product;
    });
    const after = ask(item, lowered);

    expect(answerOf(after)).toBe(approvedBy("Sales director"));
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it("changes its fingerprint when the term bonus or the floor changes, and only then", () => {
    const item: QuizItem = { scenario: "discount", product: "analytics", discount: 18, months: 24 };
    const base = ask(item).fingerprint;
    const noBonus = ask(
      item,
      changed((product) => ({ ...product, termBonus: [] })),
    );
    const higherFloor = ask(
      item,
      changed((product) => ({ ...product, pricing: { ...product.pricing, floorPrice: 85 } })),
    );
    const newClaimText = ask(
      item,
      changed((product) => {
        product.claims[0]!.text = "Analytics had 99.95% uptime in 2026.";
        return product;
      }),
    );

    expect(answerOf(noBonus)).toBe(approvedBy("Sales director"));
    expect(noBonus.fingerprint).not.toBe(base);
    expect(answerOf(higherFloor)).toBe(NOBODY);
    expect(higherFloor.explain).toContain("below the floor price of €85.00");
    expect(higherFloor.fingerprint).not.toBe(base);
    expect(newClaimText.fingerprint).toBe(base);
  });

  it("answers 'no one' above the top rung and 'you' within the rep's own rung", () => {
    expect(
      answerOf(ask({ scenario: "discount", product: "analytics", discount: 29, months: 12 })),
    ).toBe(NOBODY);
    expect(
      ask({ scenario: "discount", product: "analytics", discount: 10, months: 12 }).answer,
    ).toBe(0);
  });

  it("picks a discount and term that need someone's approval when none are given", () => {
    for (let index = 0; index < 20; index++) {
      const question = ask(
        { scenario: "discount", product: "analytics" },
        context(),
        `basics/discounts#${index}`,
      );
      const [, discount, months] = /for (\d+)% off a (\d+)-month/
        .exec(question.prompt)!
        .map(Number);
      const decision = decideDeal(policy, analytics, {
        discountPercent: discount!,
        months: months!,
        quantity: 1,
      });

      expect(decision.verdict.kind).toBe("needs-approval");
      expect(answerOf(question)).toBe(
        decision.verdict.kind === "needs-approval" && approvedBy(decision.verdict.role.title),
      );
    }
  });

  it("asks just above a ladder that has only the rep's rung", () => {
    const flat = changed((product) => ({
      ...product,
      discounts: [{ role: "rep", upTo: 10 }],
      termBonus: [],
    }));
    const question = ask({ scenario: "discount", product: "analytics" }, flat);
    const discount = Number(/for (\d+)%/.exec(question.prompt)![1]);

    expect(discount).toBeGreaterThan(10);
    expect(discount).toBeLessThanOrEqual(20);
    expect(answerOf(question)).toBe(NOBODY);
  });

  it("is the same question on every build, and another step may get another one", () => {
    const item: QuizItem = { scenario: "discount", product: "analytics" };
    const seeds = Array.from({ length: 8 }, (_, index) => `basics/discounts#${index}`);

    expect(ask(item, context(), seeds[0])).toEqual(ask(item, context(), seeds[0]));
    expect(new Set(seeds.map((seed) => ask(item, context(), seed).prompt)).size).toBeGreaterThan(1);
  });

  it("refuses to quiz partners on a ladder", () => {
    const result = generateQuestion(
      { scenario: "discount", product: "analytics" },
      "s#0",
      context(undefined, { audience: ["internal", "partner"] }),
    );

    expect(result).toEqual({
      error: {
        path: ["scenario"],
        message: "discount ladders are internal: a track for partners cannot ask about them",
        hint: "Ask about a promise or a claim instead, or make the track internal only (audience: [internal]).",
        rule: "audience",
      },
    });
  });
});

describe("promise questions", () => {
  const item: QuizItem = { scenario: "promise", product: "analytics", topic: "SLA" };

  it("answers with the sheet's may, among sentences that commit to its mayNot phrases", () => {
    const question = ask(item);
    const wrong = question.options.filter((_, index) => index !== question.answer);

    expect(question.prompt).toBe(
      "A prospect asks what Analytics can promise on SLA. Which of these may you commit to?",
    );
    expect(answerOf(question)).toBe("Commit to the standard 99.9% uptime SLA.");
    expect(question.options).toHaveLength(4);
    expect(wrong.some((option) => containsOneOf(option, analytics.promises[0]!.mayNot))).toBe(true);
    for (const option of wrong) {
      expect(containsOneOf(option, [...analytics.promises[0]!.mayNot, ...forbiddenPhrases])).toBe(
        true,
      );
      expect(option).toMatch(/^\S.*\.$/);
    }
    expect(question.explain).toMatch(
      /^On SLA, you may: Commit to the standard 99\.9% uptime SLA\. Out of bounds: “99\.99% uptime”, “zero downtime”, “credits above 25%”\. Escalate anything beyond that to Sales director\./,
    );
    expect(question.source).toEqual({
      product: "analytics",
      title: "Analytics",
      kind: "promise",
      topic: "SLA",
    });
  });

  it("finds the topic whatever its case", () => {
    expect(answerOf(ask({ scenario: "promise", product: "analytics", topic: "sla" }))).toBe(
      "Commit to the standard 99.9% uptime SLA.",
    );
  });

  it("changes its answer and fingerprint when the promise changes", () => {
    const before = ask(item);
    const after = ask(
      item,
      changed((product) => {
        product.promises[0]!.may = "Commit to the 99.95% uptime SLA.";
        return product;
      }),
    );

    expect(answerOf(after)).toBe("Commit to the 99.95% uptime SLA.");
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it("changes its fingerprint when a mayNot phrase changes, not when another topic does", () => {
    const base = ask(item).fingerprint;
    const newMayNot = ask(
      item,
      changed((product) => {
        product.promises[0]!.mayNot = ["99.99% uptime", "zero downtime"];
        return product;
      }),
    );
    const otherTopic = ask(
      item,
      changed((product) => {
        product.promises[1]!.may = "Explain the 14-day evaluation.";
        return product;
      }),
    );

    expect(newMayNot.fingerprint).not.toBe(base);
    expect(otherTopic.fingerprint).toBe(base);
  });

  it("takes its boundaries, the answer with a figure misremembered, and other products' wording as wrong options", () => {
    const billing = structuredClone(analytics);
    billing.title = "Billing";
    billing.promises = [
      {
        topic: "Refunds",
        may: "Explain that Billing refunds unused prepaid months when a contract ends early.",
        mayNot: ["refunds within a day"],
        escalate: "manager",
      },
    ];
    const question = ask(
      { scenario: "promise", product: "analytics", topic: "Refunds" },
      context({ analytics, billing }),
    );
    const wrong = question.options.filter((_, index) => index !== question.answer);

    expect(answerOf(question)).toBe("Explain the 30-day evaluation.");
    expect(wrong).toHaveLength(3);
    expect(wrong.some((option) => option.includes("money-back guarantee"))).toBe(true);
    expect(
      wrong.some(
        (option) =>
          option.includes("refunds within a day") ||
          option ===
            "Explain that Analytics refunds unused prepaid months when a contract ends early.",
      ),
    ).toBe(true);
    expect(wrong.some((option) => /^Explain the \d+-day evaluation\.$/.test(option))).toBe(true);
    // Forbidden words are for sheets that give nothing else to get wrong.
    expect(wrong.some((option) => containsOneOf(option, forbiddenPhrases))).toBe(false);
  });

  it("names the topics there are when the topic is unknown", () => {
    const result = generateQuestion(
      { scenario: "promise", product: "analytics", topic: "SLAs" },
      "s#0",
      context(),
    );

    expect(result).toEqual({
      error: {
        path: ["topic"],
        message: 'Analytics has no promise on "SLAs"',
        hint: 'Did you mean "SLA"? Its topics are: SLA, Refunds.',
        rule: "unknown-topic",
      },
    });
  });
});

describe("claim questions", () => {
  const pinned: QuizItem = { scenario: "claim", product: "analytics", claim: "analytics-uptime" };

  it("answers with the approved claim, among statements made of ruled-out phrases", () => {
    const question = ask(pinned);
    const phrases = [
      ...forbiddenPhrases,
      "99.99% uptime",
      "zero downtime",
      "credits above 25%",
      "money-back guarantee",
    ];

    expect(question.prompt).toBe("Which of these may you say about Analytics?");
    expect(answerOf(question)).toBe("Analytics had 99.9% uptime in 2026.");
    expect(question.options).toHaveLength(4);
    for (const option of question.options.filter((_, index) => index !== question.answer)) {
      expect(containsOneOf(option, phrases)).toBe(true);
      expect(option).toContain("Analytics");
    }
    expect(question.explain).toMatch(
      /^Only approved claims may be said as they stand; this one is on the Analytics sheet word for word, backed by “SLA report”\./,
    );
    expect(question.explain).not.toContain("analytics-uptime");
    expect(question.source).toEqual({
      product: "analytics",
      title: "Analytics",
      kind: "claim",
      claim: "analytics-uptime",
    });
  });

  it("retells other products' claims about this one, and says whose they are", () => {
    const monitoring = structuredClone(analytics);
    monitoring.title = "Monitoring";
    monitoring.claims = [
      {
        id: "monitoring-locations",
        text: "Monitoring checks endpoints from 22 locations.",
        evidence: { document: "Status page" },
      },
    ];
    const retold = "Analytics checks endpoints from 22 locations.";
    const questions = Array.from({ length: 6 }, (_, attempt) =>
      ask(pinned, context({ analytics, monitoring }), "s#0", attempt),
    );
    const asked = questions.find((question) => question.options.includes(retold));

    expect(asked).toBeDefined();
    expect(asked!.explain).toContain(
      `“${retold}” borrows the approved wording of Monitoring; it is not approved for Analytics.`,
    );
  });

  it("picks one of the sheet's claims when none is named, and another one on the next attempt", () => {
    const texts = analytics.claims.map((claim) => claim.text);
    for (let index = 0; index < 6; index++) {
      const item: QuizItem = { scenario: "claim", product: "analytics" };
      const first = answerOf(ask(item, context(), `s#${index}`, 0));
      const retry = answerOf(ask(item, context(), `s#${index}`, 1));

      expect(texts).toContain(first);
      expect(texts).toContain(retry);
      expect(retry).not.toBe(first);
    }
  });

  it("changes its answer and fingerprint when the claim changes", () => {
    const before = ask(pinned);
    const after = ask(
      pinned,
      changed((product) => {
        product.claims[0]!.text = "Analytics had 99.95% uptime in 2026.";
        return product;
      }),
    );

    expect(answerOf(after)).toBe("Analytics had 99.95% uptime in 2026.");
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it("changes its fingerprint when a forbidden phrase of the sheet changes", () => {
    const after = ask(
      pinned,
      changed((product) => ({
        ...product,
        forbidden: [{ phrase: "instant dashboards", why: "They refresh on a schedule." }],
      })),
    );

    expect(after.fingerprint).not.toBe(ask(pinned).fingerprint);
  });

  it("only asks partners about claims published to them", () => {
    const partners = context(undefined, { audience: ["internal", "partner"] });
    for (let index = 0; index < 6; index++) {
      expect(
        answerOf(ask({ scenario: "claim", product: "analytics" }, partners, `s#${index}`)),
      ).toBe("Analytics had 99.9% uptime in 2026.");
    }
    expect(
      generateQuestion(
        { scenario: "claim", product: "analytics", claim: "analytics-win-rate" },
        "s#0",
        partners,
      ),
    ).toEqual({
      error: {
        path: ["claim"],
        message:
          'claim "analytics-win-rate" is not for every reader of this track (its audience is narrower)',
        hint: "Use one of the claims of Analytics: analytics-uptime.",
        rule: "audience",
      },
    });
  });
});

describe("withdrawn items", () => {
  const withdrawn = { on: "2026-11-30", reason: "Re-audit." };
  const withUptimeWithdrawn = changed((product) => {
    product.claims[0]!.withdrawn = withdrawn;
    return product;
  });

  it("never picks a withdrawn claim", () => {
    for (let attempt = 0; attempt < QUIZ_ATTEMPTS; attempt++) {
      const question = ask(
        { scenario: "claim", product: "analytics" },
        withUptimeWithdrawn,
        "a#0",
        attempt,
      );
      expect(answerOf(question)).toBe("Analytics won 60% of evaluations.");
    }
  });

  it("refuses to ask about a withdrawn claim, a withdrawn boundary or a withdrawn sheet", () => {
    const refusal = (item: QuizItem, ctx: QuizContext) => {
      const result = generateQuestion(item, "a#0", ctx);
      return "error" in result ? result.error : undefined;
    };
    expect(
      refusal(
        { scenario: "claim", product: "analytics", claim: "analytics-uptime" },
        withUptimeWithdrawn,
      ),
    ).toMatchObject({
      path: ["claim"],
      message: 'claim "analytics-uptime" was withdrawn on 2026-11-30: it may not be taught',
      rule: "withdrawn-reference",
    });
    const slaWithdrawn = changed((product) => {
      product.promises[0]!.withdrawn = withdrawn;
      return product;
    });
    expect(
      refusal({ scenario: "promise", product: "analytics", topic: "sla" }, slaWithdrawn),
    ).toMatchObject({
      path: ["topic"],
      message: "the sla promise of Analytics was withdrawn on 2026-11-30: it may not be taught",
      hint: "Ask about one of: Refunds.",
    });
    const sheetWithdrawn = changed((product) => ({ ...product, withdrawn }));
    expect(refusal({ scenario: "discount", product: "analytics" }, sheetWithdrawn)).toMatchObject({
      path: ["product"],
      message: "Analytics was withdrawn on 2026-11-30: nothing on it may be taught",
    });
  });
});

describe("expired claims, by the build's day", () => {
  const UPTIME = "Analytics had 99.9% uptime in 2026.";
  /** The uptime claim approved until 6 Dec 2026, on a build of `asOf`. */
  const builtOn = (asOf: string, products: Record<string, Product> = {}) => {
    const dated = structuredClone(analytics);
    dated.claims[0]!.expires = "2026-12-06";
    return context({ analytics: dated, ...products }, { asOf });
  };
  /** Every answer a claim question naming no claim gives, over many seeds and every attempt. */
  const answers = (ctx: QuizContext) =>
    new Set(
      Array.from({ length: 8 }, (_, seed) =>
        Array.from({ length: QUIZ_ATTEMPTS }, (_, attempt) =>
          answerOf(ask({ scenario: "claim", product: "analytics" }, ctx, `s#${seed}`, attempt)),
        ),
      ).flat(),
    );

  it.each([
    ["2026-12-05", true],
    ["2026-12-06", true],
    ["2026-12-07", false],
  ])("a build of %s picks the claim approved until 2026-12-06: %s", (asOf, picked) => {
    const given = answers(builtOn(asOf));
    expect(given.has(UPTIME)).toBe(picked);
    expect(given.has("Analytics won 60% of evaluations.")).toBe(true);
  });

  it("still asks, about an expired claim the device hides, once every claim has expired", () => {
    const ctx = builtOn("2026-12-07");
    const only = ctx.products.get("analytics")!;
    const expired = context(
      { analytics: { ...only, claims: [only.claims[0]!] } },
      { asOf: "2026-12-07" },
    );
    expect([...answers(expired)]).toEqual([UPTIME]);
  });

  it.each([
    ["2026-12-06", true],
    ["2026-12-07", false],
  ])(
    "a build of %s offers another sheet's claim approved until 2026-12-06 as its wording: %s",
    (asOf, offered) => {
      const monitoring = structuredClone(analytics);
      monitoring.title = "Monitoring";
      monitoring.claims = [
        {
          id: "monitoring-locations",
          text: "Monitoring checks endpoints from 22 locations.",
          evidence: { document: "Status page" },
          expires: "2026-12-06",
        },
      ];
      const retold = "Analytics checks endpoints from 22 locations.";
      const questions = Array.from({ length: 6 }, (_, attempt) =>
        ask(
          { scenario: "claim", product: "analytics", claim: "analytics-win-rate" },
          builtOn(asOf, { monitoring }),
          "s#0",
          attempt,
        ),
      );
      expect(questions.some((question) => question.options.includes(retold))).toBe(offered);
    },
  );
});

describe("written questions", () => {
  it("keep their options, shuffled on each attempt, and point at the answer", () => {
    const item: QuizItem = {
      question: "Where are claims?",
      options: ["In decks", "On the sheet", "In old e-mails"],
      answer: "On the sheet",
      explain: "Only the sheet is current.",
    };
    const attempts = Array.from({ length: 5 }, (_, attempt) =>
      ask(item, context(), "s#0", attempt),
    );

    for (const question of attempts) {
      expect(question).toMatchObject({ kind: "written", prompt: "Where are claims?" });
      expect([...question.options].sort()).toEqual(["In decks", "In old e-mails", "On the sheet"]);
      expect(answerOf(question)).toBe("On the sheet");
      expect(question.source).toBeUndefined();
    }
    expect(new Set(attempts.map((question) => question.options.join("|"))).size).toBeGreaterThan(1);
  });
});

describe("generateQuiz", () => {
  const items: QuizItem[] = [
    { scenario: "discount", product: "analytics", discount: 18, months: 24 },
    {
      question: "Where are claims?",
      options: ["In decks", "On the sheet"],
      answer: "On the sheet",
      explain: "Only the sheet is current.",
    },
  ];

  it("fingerprints a step by the guardrails its generated questions depend on", () => {
    const quiz = generateQuiz(items, "basics/discounts", context()).quiz!;
    const first = quiz.attempts[0]!;
    const reworded = generateQuiz(
      [items[0]!, { ...items[1]!, question: "Where do approved claims live?" } as QuizItem],
      "basics/discounts",
      context(),
    ).quiz!;
    const newLadder = generateQuiz(
      items,
      "basics/discounts",
      changed((product) => {
        product.discounts[1]!.upTo = 14;
        return product;
      }),
    ).quiz!;

    expect(quiz.fingerprint).toBe(fingerprint([first[0]!.fingerprint]));
    expect(reworded.fingerprint).toBe(quiz.fingerprint);
    expect(newLadder.fingerprint).not.toBe(quiz.fingerprint);
  });

  it("writes every attempt from the same guardrails, each asking another deal where it can", () => {
    const quiz = generateQuiz(
      [{ scenario: "discount", product: "analytics" }, items[1]!],
      "basics/discounts",
      context(),
    ).quiz!;
    const prompts = quiz.attempts.map((questions) => questions[0]!.prompt);

    expect(quiz.attempts).toHaveLength(QUIZ_ATTEMPTS);
    for (const questions of quiz.attempts) {
      expect(questions.map((question) => question.fingerprint)).toEqual(
        quiz.attempts[0]!.map((question) => question.fingerprint),
      );
    }
    for (let attempt = 1; attempt < QUIZ_ATTEMPTS; attempt++)
      expect(prompts[attempt]).not.toBe(prompts[attempt - 1]);
  });

  it("reports every item that cannot be asked, by its place in the quiz", () => {
    const result = generateQuiz(
      [
        { scenario: "claim", product: "billing" },
        items[1]!,
        { scenario: "promise", product: "analytics", topic: "Roadmap" },
      ],
      "basics/discounts",
      context(),
    );

    expect(result.errors.map(({ index, error }) => [index, error.rule, error.message])).toEqual([
      [0, "unknown-product", 'unknown product "billing"'],
      [2, "unknown-topic", 'Analytics has no promise on "Roadmap"'],
    ]);
  });
});

describe("fingerprint", () => {
  it("is FNV-1a over the data's stable JSON", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fingerprint("a")).toBe(fnv1a('"a"').toString(16).padStart(8, "0"));
  });

  it("does not depend on the order of keys", () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(fingerprint({ upTo: 10, role: "rep" })).toBe(fingerprint({ role: "rep", upTo: 10 }));
  });
});
