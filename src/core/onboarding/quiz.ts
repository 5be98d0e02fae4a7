import { closest } from "fastest-levenshtein";
import { fingerprint } from "./fingerprint.ts";
import {
  unreached,
  visibleTo,
  type Question,
  type QuestionResult,
  type QuizContext,
  type QuizError,
} from "./question.ts";
import { didYouMean } from "../text/nearest.ts";
import { claimQuestion, promiseQuestion } from "./quiz-boundaries.ts";
import { discountQuestion } from "./quiz-discount.ts";
import type { Product } from "../schema/product.ts";
import type { QuizItem, WrittenItem } from "./schema.ts";
import { seededRandom } from "./seeded.ts";

export type { Question, QuizContext, QuizError } from "./question.ts";

export interface Quiz {
  questions: Question[];
  /** Hash of the fingerprints of every generated question: what a passed check is remembered by. */
  fingerprint: string;
}

/**
 * Turns a step's quiz items into questions. Pure and deterministic: generated questions are seeded
 * by `stepKey` and the item's place, and read nothing but `context`, so a build is reproducible and
 * a question changes only when the guardrails it is generated from change.
 */
export function generateQuiz(
  items: readonly QuizItem[],
  stepKey: string,
  context: QuizContext,
):
  { quiz: Quiz; errors: [] } | { quiz?: undefined; errors: { index: number; error: QuizError }[] } {
  const questions: Question[] = [];
  const errors: { index: number; error: QuizError }[] = [];
  items.forEach((item, index) => {
    const result = generateQuestion(item, `${stepKey}#${index}`, context);
    if ("error" in result) errors.push({ index, error: result.error });
    else questions.push(result.question);
  });
  if (errors.length > 0) return { errors };
  const generated = questions.flatMap((question) => question.fingerprint ?? []);
  return { quiz: { questions, fingerprint: fingerprint(generated) }, errors: [] };
}

export function generateQuestion(
  item: QuizItem,
  seed: string,
  context: QuizContext,
): QuestionResult {
  if (item.scenario === undefined) return writtenQuestion(item);
  const product = context.products.get(item.product);
  if (!product) return { error: unknownProduct(item.product, context) };
  if (!visibleTo(product.audience, context.audience))
    return { error: unpublishedProduct(product, context) };
  const random = seededRandom(seed);
  switch (item.scenario) {
    case "discount":
      return discountQuestion(item, product, context, random);
    case "promise":
      return promiseQuestion(item, product, context, random);
    case "claim":
      return claimQuestion(item, product, context, random);
  }
}

function writtenQuestion(item: WrittenItem): QuestionResult {
  const repeated = item.options.findIndex(
    (option, index) => item.options.indexOf(option) !== index,
  );
  if (repeated !== -1) {
    return {
      error: {
        path: ["options", repeated],
        message: `the option "${item.options[repeated]}" is listed twice`,
        hint: "Make every option different, or remove the repeated one.",
        rule: "quiz-options",
      },
    };
  }
  const answer = item.options.indexOf(item.answer);
  if (answer === -1) {
    const near = closest(item.answer, item.options);
    return {
      error: {
        path: ["answer"],
        message: `the answer "${item.answer}" is not one of the options`,
        hint: `Copy the right option word for word into answer${near ? `, e.g. "${near}"` : ""}.`,
        rule: "quiz-answer",
      },
    };
  }
  return {
    question: {
      kind: "written",
      prompt: item.question,
      options: item.options,
      answer,
      explain: item.explain,
    },
  };
}

/** A product the track's readers may not see: the sheet is not published to all of them. */
export function unpublishedProduct(
  product: Product,
  context: Pick<QuizContext, "audience">,
): QuizError {
  return {
    path: ["product"],
    message: `${product.title} is not published to ${unreached(product.audience, context.audience).join(", ")}, and this track is for ${context.audience.join(" and ")}`,
    hint: "Use a product every reader of the track may see, or narrow the track's audience.",
    rule: "audience",
  };
}

/** Named with a "did you mean" when the slug is a near miss. */
export function unknownProduct(slug: string, context: Pick<QuizContext, "products">): QuizError {
  return {
    path: ["product"],
    message: `unknown product "${slug}"`,
    hint: `${didYouMean(slug, context.products.keys())}Use the file name of a product sheet in products/, without .mdx.`,
    rule: "unknown-product",
  };
}
