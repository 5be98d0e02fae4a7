// A guesser must not beat the knowledge check: the right option is neither the longest nor the
// shortest more often than chance allows (at most 35% of generated questions each), wrong options
// are things a careless rep might say rather than a forbidden word set in a stock sentence, and
// the page's data does not say which option is right. Each measure prints its figures.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateLibrary } from "../../../bench/generate.ts";
import { checkLibrary } from "../../../src/core/check.ts";
import type { Audience } from "../../../src/core/guardrails/audience.ts";
import { nudgedFigure } from "../../../src/core/onboarding/figures.ts";
import type { Question, QuizContext } from "../../../src/core/onboarding/question.ts";
import { generateQuestion, QUIZ_ATTEMPTS } from "../../../src/core/onboarding/quiz.ts";
import type { QuizItem } from "../../../src/core/onboarding/schema.ts";
import {
  isRightOption,
  saltFor,
  sealQuestion,
  unsealFeedback,
} from "../../../src/core/onboarding/sealed.ts";
import { seededRandom } from "../../../src/core/onboarding/seeded.ts";
import { builtFileText } from "../../../src/cli/commands/leakcheck.ts";
import { scriptJson } from "../../../src/site/page-data.ts";
import type { SourceFile } from "../../../src/core/source/file.ts";
import { AS_OF, readFolder } from "../fixture-library.ts";

const SAMPLE_LIBRARY = join(import.meta.dirname, "..", "..", "..", "content");
/** At most this share of questions may have the right option as the longest, or the shortest. */
const MOST = 0.35;
/** At most this share of wrong options may be a company-wide forbidden word in a sentence. */
const MOST_FORBIDDEN = 0.2;

interface Asked {
  questions: Question[];
  /** The policy's forbidden phrases: what a lazy wrong option is made of. */
  forbidden: string[];
}

function read(files: readonly SourceFile[]) {
  const checked = checkLibrary(files, { asOf: AS_OF });
  const library = checked.library!;
  return {
    ...checked,
    policy: library.policy.policy,
    products: new Map(library.sheets.map((sheet) => [sheet.slug, sheet.product])),
  };
}

const asked = (result: ReturnType<typeof generateQuestion>): Question[] =>
  "question" in result && result.question.kind !== "written" ? [result.question] : [];

/** Every generated question the sample's steps ask, in every attempt. */
function stepQuestions(files: readonly SourceFile[]): Asked {
  const { policy, products, onboarding } = read(files);
  const tracks = new Map(onboarding!.tracks.map((entry) => [entry.slug, entry.track]));
  const questions = onboarding!.steps.flatMap((step) => {
    const context = { policy, products, audience: tracks.get(step.track)!.audience, asOf: AS_OF };
    return step.step.quiz.flatMap((item, index) =>
      Array.from({ length: QUIZ_ATTEMPTS }, (_, attempt) =>
        asked(generateQuestion(item, `${step.key}#${index}`, context, attempt)),
      ).flat(),
    );
  });
  return { questions, forbidden: policy.forbidden.map((rule) => rule.phrase) };
}

/** Every discount, claim and promise question each sheet can be asked, for each audience. */
function sheetQuestions(files: readonly SourceFile[]): Asked {
  const { policy, products } = read(files);
  const questions: Question[] = [];
  for (const audience of [["internal"], ["partner"]] as Audience[][]) {
    const context: QuizContext = { policy, products, audience, asOf: AS_OF };
    for (const [slug, product] of products) {
      const items: QuizItem[] = [
        { scenario: "discount", product: slug },
        ...product.claims.map((claim): QuizItem => ({
          scenario: "claim",
          product: slug,
          claim: claim.id,
        })),
        ...product.promises.map((promise): QuizItem => ({
          scenario: "promise",
          product: slug,
          topic: promise.topic,
        })),
      ];
      for (const [index, item] of items.entries())
        for (let attempt = 0; attempt < QUIZ_ATTEMPTS; attempt++)
          questions.push(...asked(generateQuestion(item, `${slug}#${index}`, context, attempt)));
    }
  }
  return { questions, forbidden: policy.forbidden.map((rule) => rule.phrase) };
}

function generatedLibraries(): Asked {
  const all = [11, 2026, 90210].map((seed) =>
    sheetQuestions(
      generateLibrary({ sheets: 6, seed }).map((file) => ({
        path: file.path,
        bytes: new TextEncoder().encode(file.text),
      })),
    ),
  );
  return {
    questions: all.flatMap((entry) => entry.questions),
    forbidden: all.flatMap((entry) => entry.forbidden),
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How often the right option is the longest, or the shortest (a tie counts against the check). */
function expectNoLengthTell(name: string, { questions }: Asked): void {
  const share = (extreme: (answer: number, other: number) => boolean) =>
    questions.filter((question) => {
      const answer = question.options[question.answer]!.length;
      return question.options.every(
        (option, index) => index === question.answer || extreme(answer, option.length),
      );
    }).length / questions.length;
  const longest = share((answer, other) => answer >= other);
  const shortest = share((answer, other) => answer <= other);
  console.log(
    `${name}: ${questions.length} generated questions; the right option is the longest in ${percent(longest)}, the shortest in ${percent(shortest)}`,
  );
  expect(questions.length).toBeGreaterThan(100);
  expect(longest).toBeLessThanOrEqual(MOST);
  expect(shortest).toBeLessThanOrEqual(MOST);
}

/** How many wrong options are made of a company-wide forbidden word rather than the sheets. */
function expectFewForbiddenWords(name: string, { questions, forbidden }: Asked): void {
  const wrong = questions.flatMap((question) =>
    question.options.filter((_, index) => index !== question.answer),
  );
  const lazy = wrong.filter((option) =>
    forbidden.some((phrase) => option.toLowerCase().includes(phrase.toLowerCase())),
  );
  console.log(
    `${name}: ${wrong.length} wrong options; ${percent(lazy.length / wrong.length)} are a forbidden word in a sentence`,
  );
  expect(lazy.length / wrong.length).toBeLessThanOrEqual(MOST_FORBIDDEN);
}

describe("the right option gives nothing away by its length", { timeout: 120_000 }, () => {
  it("in the sample's steps", () => {
    expectNoLengthTell("sample steps", stepQuestions(readFolder(SAMPLE_LIBRARY)));
  });

  it("in every question the sample's sheets can be asked", () => {
    expectNoLengthTell("sample sheets", sheetQuestions(readFolder(SAMPLE_LIBRARY)));
  });

  it("in generated libraries", () => {
    expectNoLengthTell("generated libraries", generatedLibraries());
  });
});

describe("wrong options are what a careless rep might say", { timeout: 120_000 }, () => {
  it("in the sample: seldom a forbidden word in a stock sentence", () => {
    expectFewForbiddenWords("sample sheets", sheetQuestions(readFolder(SAMPLE_LIBRARY)));
  });

  it("in generated libraries", () => {
    expectFewForbiddenWords("generated libraries", generatedLibraries());
  });

  it("include an approved sentence with one figure misremembered, never a year", () => {
    const random = seededRandom("figures");
    expect(nudgedFigure("Signal Analytics had 99.9% uptime in 2026.", random)).toBe(
      "Signal Analytics had 99.99% uptime in 2026.",
    );
    const days = nudgedFigure("Live in a median of 9 working days.", random);
    expect([
      "Live in a median of 8 working days.",
      "Live in a median of 10 working days.",
      "Live in a median of 18 working days.",
    ]).toContain(days);
    expect(["95% of queries", "85% of queries"]).toContain(nudgedFigure("90% of queries", random));
    expect(nudgedFigure("Founded in 2019.", random)).toBeUndefined();
    expect(nudgedFigure("No figures here.", random)).toBeUndefined();
  });
});

describe("the page's data does not say which option is right", () => {
  const question = {
    prompt: "Which of these may you say about Analytics?",
    options: [
      "Analytics had 99.99% uptime.",
      "Analytics had 99.9% uptime.",
      "Analytics is risk-free.",
    ],
    answer: 1,
    feedback: {
      explain: "Only “Analytics had 99.9% uptime.” is approved.",
      source: { href: "/products/analytics/#claim-uptime", label: "Analytics: uptime" },
    },
  };

  it("keeps the answer as a salted hash and the explanation sealed, both read back by the page", () => {
    const sealed = sealQuestion(question, saltFor("basics/analytics", 0, 0));
    const source = JSON.stringify(sealed);

    expect(Object.keys(sealed).sort()).toEqual(["digest", "options", "prompt", "salt", "sealed"]);
    expect(source).not.toContain("99.9% uptime.”");
    expect(source).not.toContain("claim-uptime");
    expect(question.options.map((_, choice) => isRightOption(sealed, choice))).toEqual([
      false,
      true,
      false,
    ]);
    expect(isRightOption(sealed, 7)).toBe(false);
    expect(unsealFeedback(sealed)).toEqual(question.feedback);
  });

  it("is read opened by the leak check, which must see an explanation's figures", () => {
    const sealed = sealQuestion(question, saltFor("basics/analytics", 0, 0));
    const page = `<script type="application/json" id="quiz-data">${scriptJson({ attempts: [[sealed]] })}</script>`;

    expect(page).not.toContain("99.9% uptime.”");
    expect(builtFileText(new TextEncoder().encode(page))).toContain(
      "Only “Analytics had 99.9% uptime.” is approved.",
    );
  });

  it("salts every question of every attempt differently, and the same on every build", () => {
    const salts = [0, 1].flatMap((attempt) =>
      [0, 1].map((index) => saltFor("basics/analytics", attempt, index)),
    );
    expect(new Set(salts).size).toBe(4);
    expect(saltFor("basics/analytics", 1, 1)).toBe(salts[3]);
    const digests = salts.map((salt) => sealQuestion(question, salt).digest);
    expect(new Set(digests).size).toBe(4);
  });
});
