import { describe, expect, it } from "vitest";
import {
  adviseOn,
  suggestionSwap,
  type Destination,
} from "../../../src/core/draft-checker/draft-advice.ts";
import {
  checkDraft,
  compileDraftIndex,
  draftIndex,
} from "../../../src/core/draft-checker/draft.ts";
import type { Product } from "../../../src/core/schema/product.ts";
import { ANALYTICS, libraryOf, MONITORING, sheetOf, validLibrary } from "../fixture-library.ts";

const library = libraryOf(validLibrary());
const policy = library.policy.policy;
const analytics = sheetOf(library, ANALYTICS).product;
const monitoring = sheetOf(library, MONITORING).product;

/** Monitoring also rules out "zero downtime", so a phrase can belong to two sheets. */
const monitoringToo: Product = {
  ...monitoring,
  promises: [
    ...monitoring.promises,
    { topic: "SLA", may: "Quote the status page.", mayNot: ["zero downtime"], escalate: "manager" },
  ],
};
const sheets = [
  { slug: "monitoring", product: monitoringToo },
  { slug: "analytics", product: analytics },
];
const matcher = compileDraftIndex(draftIndex(policy, sheets));
const CHOSEN = { analytics: 1, monitoring: 0 };

/** Each finding as the rep would see it highlighted, with the products credited for it. */
function findings(text: string, chosen?: number) {
  return checkDraft(text, matcher, { chosen }).findings.map((finding) => ({
    written: text.slice(finding.start, finding.end),
    kind: finding.kind,
    ...(finding.kind === "phrase" && finding.products.length > 0
      ? { products: finding.products.map((at) => sheets[at]!.product.title) }
      : {}),
  }));
}

function advice(text: string, destination: Destination, chosen?: number) {
  const check = checkDraft(text, matcher, { chosen });
  return check.findings.map((finding) =>
    adviseOn(finding, {
      matcher,
      check,
      destination,
      sheet: (slug) => sheets.find((sheet) => sheet.slug === slug)?.product,
    }),
  );
}

const EMAIL: Destination = { channel: "email", reader: "customer" };

describe("checkDraft", () => {
  it("finds nothing in a draft that keeps to approved wording", () => {
    expect(
      findings("Analytics delivered 99.9% monthly uptime in 2025. Checks run from 12 regions."),
    ).toEqual([]);
    expect(findings("")).toEqual([]);
  });

  it("finds a company-wide forbidden phrase however it is written", () => {
    expect(findings("Hi Sam,\nthe pilot is Risk\u2011free and\nrisk\nfree.")).toEqual([
      { written: "Risk\u2011free", kind: "phrase" },
      { written: "risk\nfree", kind: "phrase" },
    ]);
  });

  it("applies a product's own phrases only when it is chosen or no product is", () => {
    const text = "Real-time everything, and we connect to anything.";

    expect(findings(text, CHOSEN.analytics)).toEqual([
      { written: "Real-time everything", kind: "phrase", products: ["Analytics"] },
    ]);
    expect(findings(text, CHOSEN.monitoring)).toEqual([
      { written: "we connect to anything", kind: "phrase", products: ["Monitoring"] },
    ]);
    expect(findings(text)).toHaveLength(2);
  });

  it("credits a phrase to the product the draft names, before one it does not", () => {
    expect(findings("Analytics has zero downtime.")).toEqual([
      { written: "zero downtime", kind: "phrase", products: ["Analytics", "Monitoring"] },
    ]);
    expect(findings("EX-MO-1 has zero downtime.")).toEqual([
      { written: "zero downtime", kind: "phrase", products: ["Monitoring", "Analytics"] },
    ]);
    expect(checkDraft("Analytics and EX-MO-1.", matcher).about).toEqual([1, 0]);
  });

  it("flags percentages no approved claim in scope states", () => {
    expect(findings("We promise 99.99% uptime, as in our 99.9% record.", CHOSEN.analytics)).toEqual(
      [{ written: "99.99%", kind: "figure" }],
    );
    expect(findings("Our 99.9% record.", CHOSEN.monitoring)).toEqual([
      { written: "99.9%", kind: "figure" },
    ]);
  });

  it("holds figures to the claims of the products the draft names, if it names any", () => {
    // 99.9% is stated by an Analytics claim only.
    expect(findings("Analytics: 99.9% uptime.")).toEqual([]);
    expect(findings("EX-MO-1: 99.9% uptime.")).toEqual([{ written: "99.9%", kind: "figure" }]);
  });

  it("counts a figure approved only while a claim stating it may be used where the draft is checked", () => {
    const index = draftIndex(policy, sheets);
    // analytics-uptime (99.9%) expires on 2027-06-30.
    expect(index.claimFigures).toContainEqual(["analytics-uptime", 1, "2027-06-30", 99.9]);
    const on = (today: string) =>
      compileDraftIndex(index, (_slug, _id, expires) => expires === undefined || expires >= today);
    const figuresOn = (today: string) =>
      checkDraft("Analytics: 99.9% uptime.", on(today), {}).findings.map(({ kind }) => kind);
    expect(figuresOn("2027-06-30")).toEqual([]);
    expect(figuresOn("2027-07-01")).toEqual(["figure"]);
    const withdrawn = compileDraftIndex(
      index,
      (slug, id) => `${slug}#${id}` !== "analytics#analytics-uptime",
    );
    expect(withdrawn.figures.get(99.9)).toBeUndefined();
  });

  it("reports a discount offer as an offer, never as an unapproved figure", () => {
    expect(findings("Analytics at 18% off if you sign a 24-month deal.")).toEqual([
      { written: "18% off", kind: "offer" },
    ]);
  });
});

describe("advice for a finding", () => {
  it("suggests the approved claim only where its channels allow it", () => {
    const text = "It is risk-free.";
    expect(advice(text, EMAIL)).toMatchObject([
      {
        kind: "forbidden",
        instead: { kind: "claim", wording: { claim: { id: "analytics-trial" } } },
      },
    ]);
  });

  it("finds the wording a sheet's own rule points to on that sheet", () => {
    const pointing: Product = {
      ...analytics,
      forbidden: [{ phrase: "always up", why: "Nothing is.", insteadSay: "analytics-uptime" }],
    };
    const own = compileDraftIndex(draftIndex(policy, [{ slug: "analytics", product: pointing }]));
    expect(own.index.insteadSheets).not.toHaveProperty("analytics-uptime");
    const check = checkDraft("It is always up.", own);
    expect(
      adviseOn(check.findings[0]!, {
        matcher: own,
        check,
        destination: { channel: "deck", reader: "customer" },
        sheet: () => pointing,
      }),
    ).toMatchObject({
      kind: "forbidden",
      product: "Analytics",
      instead: { kind: "claim", wording: { claim: { id: "analytics-uptime" }, slug: "analytics" } },
    });
  });

  it("never suggests to a partner a claim that does not reach partners", () => {
    const internalOnly: Product = {
      ...analytics,
      claims: analytics.claims.map((claim) => ({ ...claim, audience: ["internal" as const] })),
    };
    const only = compileDraftIndex(
      draftIndex(policy, [{ slug: "analytics", product: internalOnly }]),
    );
    const text = "It is risk-free.";
    const check = checkDraft(text, only);
    const [result] = check.findings.map((finding) =>
      adviseOn(finding, {
        matcher: only,
        check,
        destination: { channel: "email", reader: "partner" },
        sheet: () => internalOnly,
      }),
    );
    expect(result).toMatchObject({ instead: { kind: "none-fits", owner: "owner@example.com" } });
  });

  it("gives the named product's boundary and says which other products rule it out", () => {
    expect(advice("Analytics has zero downtime.", EMAIL)).toMatchObject([
      {
        kind: "may-not",
        product: "Analytics",
        topic: "SLA",
        escalate: "director",
        others: ["Monitoring"],
      },
    ]);
  });

  it("asks for the sheets it needs before it can explain", () => {
    const check = checkDraft("Analytics has zero downtime.", matcher);
    expect(
      adviseOn(check.findings[0]!, {
        matcher,
        check,
        destination: EMAIL,
        sheet: () => undefined,
      }),
    ).toEqual({ needs: ["analytics"] });
  });

  it("checks an offer with decideDeal against the products the draft names, with a link", () => {
    const [offer] = advice("Analytics at 22% off for a 24-month term.", EMAIL);
    expect(offer).toMatchObject({
      kind: "offer",
      months: 24,
      monthsStated: true,
      verdict: {
        slug: "analytics",
        decision: { verdict: { kind: "needs-approval", role: { id: "manager" } } },
        assumed: false,
      },
      search: "?months=24&product=analytics&quantity=1&discount=22",
    });
  });

  it("judges each offer for the product named before it, once per offer", () => {
    const offers = advice(
      "Monitoring at 5% off for 24 months. For Analytics we can do 22% off for 24 months.",
      EMAIL,
    );
    expect(offers.map((offer) => "verdict" in offer && offer.verdict?.slug)).toEqual([
      "monitoring",
      "analytics",
    ]);
  });

  it("says which product it assumed when nothing near the offer names one", () => {
    const [offer] = advice("We can do 22% off.\n\nAnalytics and Monitoring both fit.", EMAIL);
    expect(offer).toMatchObject({ verdict: { slug: "analytics", assumed: true } });
  });
});

describe("checkDraft: another way to say a ruled-out phrase", () => {
  const synonyms = [
    ["zero downtime", "never be down"],
    ["risk-free", "without any risk"],
    ["uptime", "availability", "SLA"],
  ];
  const withSynonyms = compileDraftIndex(draftIndex({ ...policy, synonyms }, sheets));

  it("flags a may-not phrase's declared variant as the phrase the sheet rules out", () => {
    const text = "With Analytics you will never be down.";
    const [finding] = checkDraft(text, withSynonyms).findings;
    expect(finding).toMatchObject({ kind: "phrase", phrase: "zero downtime" });
    expect(text.slice(finding!.start, finding!.end)).toBe("never be down");
  });

  it("flags a company-wide phrase's variant under the company rule", () => {
    const [finding] = checkDraft("A pilot without any risk.", withSynonyms).findings;
    expect(finding).toMatchObject({
      kind: "phrase",
      phrase: "risk-free",
      company: { phrase: "risk-free" },
    });
  });

  it("offers the sheet's claim on the boundary's topic, found by a synonym of the topic", () => {
    const text = "With Analytics you will never be down.";
    const check = checkDraft(text, withSynonyms);
    const sheet = (slug: string) => sheets.find((entry) => entry.slug === slug)?.product;
    // The claim's channels are web and deck: the draft is for a deck.
    const destination: Destination = { channel: "deck", reader: "customer" };
    const context = { matcher: withSynonyms, check, destination, sheet };
    expect(adviseOn(check.findings[0]!, context)).toMatchObject({
      kind: "may-not",
      topic: "SLA",
      instead: { kind: "claim", wording: { claim: { id: "analytics-uptime" } } },
    });
  });

  it("flags no variant where policy.yaml declares no synonyms", () => {
    expect(checkDraft("With Analytics you will never be down.", matcher).findings).toEqual([]);
  });
});

describe("a suggestion replaces the clause that holds the finding", () => {
  const claim = "Every subscription starts with a 30-day evaluation.";
  const swap = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    const result = suggestionSwap(text, { start, end: start + phrase.length }, claim);
    return {
      unit: result.unit,
      before: result.before,
      draft: text.slice(0, result.start) + result.after + text.slice(result.end),
    };
  };

  it("keeps the rep's other clauses, the claim without its stop before them", () => {
    expect(swap("Hi. The pilot is risk-free, but pricing is fixed. Bye.", "risk-free")).toEqual({
      unit: "clause",
      before: "The pilot is risk-free",
      draft: `Hi. ${claim.slice(0, -1)}, but pricing is fixed. Bye.`,
    });
  });

  it("keeps the conjunction and the claim's stop for the last clause", () => {
    expect(swap("Pricing is fixed, and the pilot is risk-free!", "risk-free")).toEqual({
      unit: "clause",
      before: "the pilot is risk-free!",
      draft: `Pricing is fixed, and ${claim}`,
    });
  });

  it("replaces the sentence when it has one clause", () => {
    expect(swap("Hi. The pilot is risk-free for you. Bye.", "risk-free")).toEqual({
      unit: "sentence",
      before: "The pilot is risk-free for you.",
      draft: `Hi. ${claim} Bye.`,
    });
  });
});

describe("advice answers the same thing the draft says", () => {
  /** A claim with a figure near the draft's, on no promise topic of the sheet. */
  const withEffort: Product = {
    ...analytics,
    claims: [
      ...analytics.claims,
      {
        id: "analytics-effort",
        text: "Teams spend 99.5% less effort on reports.",
        evidence: { document: "Customer survey 2025" },
      },
    ],
  };
  const synonyms = [["uptime", "availability", "SLA"]];
  const topical = compileDraftIndex(
    draftIndex({ ...policy, synonyms }, [{ slug: "analytics", product: withEffort }]),
  );
  const DECK: Destination = { channel: "deck", reader: "customer" };
  const adviceOn = (text: string, destination = DECK) => {
    const check = checkDraft(text, topical);
    return check.findings.map((finding) =>
      adviseOn(finding, { matcher: topical, check, destination, sheet: () => withEffort }),
    );
  };

  it("offers for a figure a claim on the topic its clause speaks of, not the nearest figure", () => {
    // 99.5% is nearer 99.6% than 99.9% is, but it answers nothing about uptime.
    expect(adviceOn("Analytics keeps 99.6% availability.")).toMatchObject([
      {
        kind: "figure",
        instead: { kind: "claim", wording: { claim: { id: "analytics-uptime" } } },
      },
    ]);
  });

  it("says so and names the sheet's owner when the figure's clause speaks of no topic", () => {
    expect(adviceOn("Analytics is fast; reports take 99.6% less effort.")).toMatchObject([
      {
        kind: "figure",
        instead: {
          kind: "none-fits",
          why: "unsaid",
          sheet: "Analytics",
          owner: "owner@example.com",
        },
      },
    ]);
  });

  it("asks to leave the figure out when the draft names no product and no topic", () => {
    expect(adviceOn("Reports take 99.6% less effort.")).toMatchObject([
      { kind: "figure", instead: { kind: "none" } },
    ]);
  });

  it("names the boundary's escalation when no claim on the topic may be used there", () => {
    expect(adviceOn("Analytics keeps 99.6% availability.", EMAIL)).toMatchObject([
      {
        kind: "figure",
        instead: { kind: "none-fits", why: "destination", topic: "SLA", owner: "director" },
      },
    ]);
  });

  it("offers for a phrase without insteadSay a claim on the topic of its own clause only", () => {
    expect(adviceOn("With Analytics, SLA reports are real-time everything.")).toMatchObject([
      {
        kind: "forbidden",
        phrase: "real-time everything",
        instead: { kind: "claim", wording: { claim: { id: "analytics-uptime" } } },
      },
    ]);
    expect(
      adviceOn("Analytics has an SLA, and its dashboards are real-time everything."),
    ).toMatchObject([
      {
        kind: "forbidden",
        instead: { kind: "none-fits", why: "unsaid", owner: "owner@example.com" },
      },
    ]);
  });

  it("offers marketing's insteadSay before any claim on the topic", () => {
    expect(adviceOn("Analytics: the SLA is risk-free.")).toMatchObject([
      {
        kind: "forbidden",
        phrase: "risk-free",
        instead: { kind: "claim", wording: { claim: { id: "analytics-trial" } } },
      },
    ]);
  });
});
