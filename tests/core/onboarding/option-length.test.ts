// No option of a generated question may give the answer away by its length: none is more than
// twice as long, or less than half as long, as the right answer. Checked on every question the
// sample library, the test fixtures and generated libraries can ask, in every attempt.
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateLibrary } from "../../../bench/generate.ts";
import { checkLibrary } from "../../../src/core/check.ts";
import type { SourceFile } from "../../../src/core/source/file.ts";
import type { Audience } from "../../../src/core/guardrails/audience.ts";
import type { Question, QuizContext } from "../../../src/core/onboarding/question.ts";
import {
  generateQuestion,
  generateQuiz,
  QUIZ_ATTEMPTS,
} from "../../../src/core/onboarding/quiz.ts";
import type { QuizItem } from "../../../src/core/onboarding/schema.ts";
import { PolicySchema } from "../../../src/core/schema/policy.ts";
import { ProductSchema, type Product } from "../../../src/core/schema/product.ts";
import { AS_OF, readFolder, validLibrary } from "../fixture-library.ts";

const SAMPLE_LIBRARY = join(import.meta.dirname, "..", "..", "..", "content");

/** The options that are too long or too short next to the answer, with their lengths. */
function misfits(question: Question): string[] {
  const answer = question.options[question.answer]!;
  return question.options
    .filter((option) => option.length > 2 * answer.length || 2 * option.length < answer.length)
    .map((option) => `${option.length} vs answer ${answer.length}: ${option}`);
}

/** Every generated question each product can be asked about, for each audience, in every attempt. */
function everyQuestion(files: readonly SourceFile[]): Question[] {
  const { library, problems } = checkLibrary(files, { asOf: AS_OF });
  expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
  const products = new Map(library!.sheets.map((sheet) => [sheet.slug, sheet.product]));
  const questions: Question[] = [];
  for (const audience of [["internal"], ["partner"]] as Audience[][]) {
    const context: QuizContext = {
      policy: library!.policy.policy,
      products,
      audience,
      asOf: AS_OF,
    };
    for (const [slug, product] of products) {
      const items: QuizItem[] = [
        { scenario: "discount", product: slug },
        { scenario: "claim", product: slug },
        ...product.promises.map((promise): QuizItem => ({
          scenario: "promise",
          product: slug,
          topic: promise.topic,
        })),
      ];
      for (const [index, item] of items.entries()) {
        for (let attempt = 0; attempt < QUIZ_ATTEMPTS; attempt++) {
          const result = generateQuestion(item, `${slug}#${index}`, context, attempt);
          if ("question" in result) questions.push(result.question);
        }
      }
    }
  }
  return questions;
}

// Whole libraries are checked and quizzed many times over: slower than the default 5 s on a busy machine.
describe("generated options are of similar length", { timeout: 60_000 }, () => {
  it("in every step of the sample library, in every attempt", () => {
    const { library, onboarding } = checkLibrary(readFolder(SAMPLE_LIBRARY), { asOf: AS_OF });
    const products = new Map(library!.sheets.map((sheet) => [sheet.slug, sheet.product]));
    const tracks = new Map(onboarding!.tracks.map((entry) => [entry.slug, entry.track]));
    let generated = 0;
    for (const step of onboarding!.steps) {
      const { quiz } = generateQuiz(step.step.quiz, step.key, {
        policy: library!.policy.policy,
        products,
        audience: tracks.get(step.track)!.audience,
        asOf: AS_OF,
      });
      for (const question of quiz!.attempts.flat().filter((entry) => entry.kind !== "written")) {
        generated++;
        expect(misfits(question), question.prompt).toEqual([]);
      }
    }
    expect(generated).toBeGreaterThan(50);
  });

  it("in every question the sample library's and the fixtures' sheets can be asked", () => {
    for (const files of [readFolder(SAMPLE_LIBRARY), validLibrary()]) {
      const questions = everyQuestion(files);
      expect(questions.length).toBeGreaterThan(20);
      for (const question of questions) expect(misfits(question), question.prompt).toEqual([]);
    }
  });

  it("in generated libraries", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const files = generateLibrary({ sheets: 6, seed }).map((file) => ({
          path: file.path,
          bytes: new TextEncoder().encode(file.text),
        }));
        for (const question of everyQuestion(files))
          expect(misfits(question), question.prompt).toEqual([]);
      }),
      { numRuns: 6 },
    );
  });

  it("whatever the length of the answer and the phrases, or the question is refused", () => {
    const words = (min: number, max: number) =>
      fc
        .array(fc.constantFrom("fast", "secure", "uptime", "data", "every", "customer", "99.9%"), {
          minLength: min,
          maxLength: max,
        })
        .map((list) => list.join(" "));
    const policy = PolicySchema.parse({
      company: "Example",
      currency: "EUR",
      reviewIntervalDays: 180,
      roles: [{ id: "rep", title: "Account executive" }],
      forbidden: [{ phrase: "risk-free", why: "Nothing is." }],
    });
    fc.assert(
      fc.property(
        words(1, 60),
        words(1, 60),
        fc.array(words(1, 12), { minLength: 1, maxLength: 5 }),
        fc.nat({ max: QUIZ_ATTEMPTS - 1 }),
        (claim, may, mayNot, attempt) => {
          const product: Product = ProductSchema.parse({
            title: "Analytics",
            sku: "EX-1",
            category: "Analytics",
            summary: "Dashboards.",
            owner: "owner@example.com",
            lastReviewed: "2026-11-01",
            pricing: { listPrice: 10, unit: "seat" },
            claims: [{ id: "c", text: claim, evidence: { document: "Report" } }],
            promises: [{ topic: "SLA", may, mayNot, escalate: "rep" }],
          });
          const context: QuizContext = {
            policy,
            products: new Map([["analytics", product]]),
            audience: ["internal"],
            asOf: AS_OF,
          };
          for (const item of [
            { scenario: "claim", product: "analytics" },
            { scenario: "promise", product: "analytics", topic: "SLA" },
          ] as QuizItem[]) {
            const result = generateQuestion(item, "s#0", context, attempt);
            if ("question" in result) expect(misfits(result.question)).toEqual([]);
            else expect(result.error.message).toMatch(/too short or too long to ask about/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
