import { z } from "zod";
import { audience, id, percent, text } from "../schema/common.ts";
import { exempt } from "../schema/exempt.ts";

/** `content/onboarding/<track>/track.yaml`: what a track is and who it is for. */
export const TrackSchema = z.strictObject({
  title: text,
  audience: audience.default(["internal"]),
  summary: text,
  order: z
    .number({ error: "must be a whole number (tracks are listed in this order)" })
    .int({ error: "must be a whole number" })
    .positive({ error: "must be 1 or more" }),
});
export type Track = z.infer<typeof TrackSchema>;

/** A question written by hand: the answer must be one of the options, word for word. */
const WrittenItemSchema = z.strictObject({
  scenario: z.undefined().optional(),
  question: exempt(text, "quoted: a quiz question and its options"),
  options: exempt(
    z.array(text).min(2, { error: "must list at least two options" }),
    "quoted: a quiz question and its options",
  ),
  answer: text,
  explain: text,
});

/** "A customer asks for N% off an M-month deal: who must approve?", answered by the deal rules. */
const DiscountItemSchema = z.strictObject({
  scenario: z.literal("discount"),
  product: id,
  discount: percent.optional(),
  months: z
    .number({ error: "must be a number of months" })
    .int({ error: "must be a whole number of months" })
    .positive({ error: "must be at least 1" })
    .optional(),
});

/** "Which of these may you commit to about <topic>?", answered by the promise boundary. */
const PromiseItemSchema = z.strictObject({
  scenario: z.literal("promise"),
  product: id,
  topic: text,
});

/** "Which of these may you say about <product>?", answered by an approved claim. */
const ClaimItemSchema = z.strictObject({
  scenario: z.literal("claim"),
  product: id,
  /** The claim to ask about; without it one is picked for the step. */
  claim: id.optional(),
});

export const SCENARIOS = ["discount", "promise", "claim"] as const;

const QuizItemSchema = z.discriminatedUnion(
  "scenario",
  [WrittenItemSchema, DiscountItemSchema, PromiseItemSchema, ClaimItemSchema],
  {
    error: `must be one of ${SCENARIOS.join(", ")}, or left out for a question written by hand`,
  },
);
export type QuizItem = z.infer<typeof QuizItemSchema>;
export type WrittenItem = z.infer<typeof WrittenItemSchema>;
export type DiscountItem = z.infer<typeof DiscountItemSchema>;
export type PromiseItem = z.infer<typeof PromiseItemSchema>;
export type ClaimItem = z.infer<typeof ClaimItemSchema>;

/** The fields each kind of quiz item accepts, for "did you mean" hints on a misspelt field. */
export const QUIZ_ITEM_FIELDS: Record<"written" | (typeof SCENARIOS)[number], string[]> = {
  written: ["question", "options", "answer", "explain"],
  discount: Object.keys(DiscountItemSchema.shape),
  promise: Object.keys(PromiseItemSchema.shape),
  claim: Object.keys(ClaimItemSchema.shape),
};

/** The frontmatter of `content/onboarding/<track>/<NN-slug>.mdx`. */
export const StepSchema = z.strictObject({
  title: text,
  step: z
    .number({ error: "must be a whole number (the step's place in its track, from 1)" })
    .int({ error: "must be a whole number" })
    .positive({ error: "must be 1 or more" }),
  minutes: z
    .number({ error: "must be a number of minutes" })
    .int({ error: "must be a whole number of minutes" })
    .positive({ error: "must be more than 0" }),
  objectives: z.array(text).min(1, { error: "must list at least one objective" }),
  /** Product slugs the step is about. */
  products: z.array(id).default([]),
  quiz: z.array(QuizItemSchema).min(1, { error: "must hold at least one question" }),
});
export type Step = z.infer<typeof StepSchema>;
