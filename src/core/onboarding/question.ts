import type { Audience } from "../guardrails/audience.ts";
import type { Policy } from "../schema/policy.ts";
import type { Product } from "../schema/product.ts";

/** A knowledge-check question as a page asks it. */
export interface Question {
  kind: "written" | "discount" | "promise" | "claim";
  prompt: string;
  options: string[];
  /** Index of the right option. */
  answer: number;
  /** Why the answer is right, shown after answering. */
  explain: string;
  /** Hash of exactly the guardrail data the question was generated from; none for written ones. */
  fingerprint?: string;
  /** The part of a product sheet that answers it; none for written ones. */
  source?: SheetPart;
}

/** Where on a product sheet the answer to a generated question stands. */
export type SheetPart = { product: string; title: string } & (
  { kind: "claim"; claim: string } | { kind: "promise"; topic: string } | { kind: "ladder" }
);

/** What questions are generated from. */
export interface QuizContext {
  policy: Pick<Policy, "roles" | "forbidden" | "currency">;
  /** Products by slug. */
  products: ReadonlyMap<string, Product>;
  /** Who the track is for: a question may only use guardrails every one of them may see. */
  audience: readonly Audience[];
  /**
   * The build's day: a claim approved only until an earlier day is not taught, nor offered as
   * another product's approved wording (a question naming it is hidden by the device's clock).
   */
  asOf: string;
}

/** Why a question cannot be asked; `path` is the offending field inside the quiz item. */
export interface QuizError {
  path: (string | number)[];
  message: string;
  hint: string;
  /** Stable id of the rule, as in Problem.rule. */
  rule: string;
}

export type QuestionResult = { question: Question } | { error: QuizError };

/** Whether something meant for `audience` may be shown to every reader of a track for `readers`. */
export function visibleTo(audience: readonly Audience[], readers: readonly Audience[]): boolean {
  return readers.every((reader) => audience.includes(reader));
}

/** Numbers as a person writes them: 18, 12.5, not 12.50. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
}

/** Who a track reaches that `audience` does not, e.g. ["partner"]. */
export function unreached(audience: readonly Audience[], readers: readonly Audience[]): Audience[] {
  return readers.filter((reader) => !audience.includes(reader));
}

export const quote = (text: string): string => `“${text}”`;
