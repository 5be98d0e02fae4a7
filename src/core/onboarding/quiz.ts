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
import { attemptAt, shuffled, type Attempt } from "./seeded.ts";

export type { QuizContext, QuizError } from "./question.ts";

/**
 * How many versions of a step's check the build writes: a wrong answer is followed by the next
 * version (another claim, discount or term where the sheet has one, other wrong options, another
 * order), so the retry cannot be passed from memory. After the last, the first comes back.
 */
export const QUIZ_ATTEMPTS = 5;

export interface Quiz {
  /** The questions of each attempt, QUIZ_ATTEMPTS of them, the same items in the same order. */
  attempts: Question[][];
  /** Hash of the fingerprints of every generated question: what a passed check is remembered by. */
  fingerprint: string;
}

/**
 * Turns a step's quiz items into questions. Pure and deterministic: generated questions are seeded
 * by `stepKey`, the item's place and the attempt, and read nothing but `context`, so a build is
 * reproducible and a question changes only when the guardrails it is generated from change.
 */
export function generateQuiz(
  items: readonly QuizItem[],
  stepKey: string,
  context: QuizContext,
):
  { quiz: Quiz; errors: [] } | { quiz?: undefined; errors: { index: number; error: QuizError }[] } {
  const attempts: Question[][] = [];
  const errors: { index: number; error: QuizError }[] = [];
  for (let attempt = 0; attempt < QUIZ_ATTEMPTS && errors.length === 0; attempt++) {
    const questions: Question[] = [];
    items.forEach((item, index) => {
      const result = generateQuestion(item, `${stepKey}#${index}`, context, attempt);
      if ("error" in result) errors.push({ index, error: result.error });
      else questions.push(result.question);
    });
    attempts.push(questions);
  }
  if (errors.length > 0) return { errors };
  // Every attempt is generated from the same guardrails, so the first one's fingerprints stand for all.
  const generated = attempts[0]!.flatMap((question) => question.fingerprint ?? []);
  return { quiz: { attempts, fingerprint: fingerprint(generated) }, errors: [] };
}

export function generateQuestion(
  item: QuizItem,
  seed: string,
  context: QuizContext,
  attemptNumber = 0,
): QuestionResult {
  const attempt = attemptAt(seed, attemptNumber);
  if (item.scenario === undefined) return writtenQuestion(item, attempt);
  const product = context.products.get(item.product);
  if (!product) return { error: unknownProduct(item.product, context) };
  if (!visibleTo(product.audience, context.audience))
    return { error: unpublishedProduct(product, context) };
  if (product.withdrawn) {
    return {
      error: {
        path: ["product"],
        message: `${product.title} was withdrawn on ${product.withdrawn.on}: nothing on it may be taught`,
        hint: "Ask about another product, or remove the question.",
        rule: "withdrawn-reference",
      },
    };
  }
  switch (item.scenario) {
    case "discount":
      return discountQuestion(item, product, context, attempt);
    case "promise":
      return promiseQuestion(item, product, context, attempt);
    case "claim":
      return claimQuestion(item, product, context, attempt);
  }
}

function writtenQuestion(item: WrittenItem, attempt: Attempt): QuestionResult {
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
  if (!item.options.includes(item.answer)) {
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
  const options = shuffled(item.options, attempt.random);
  return {
    question: {
      kind: "written",
      prompt: item.question,
      options,
      answer: options.indexOf(item.answer),
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
