// onboarding/: tracks, steps, their generated questions, progress and receipts.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export {
  ONBOARDING_DIR,
  RESERVED_STEP_SLUGS,
  TRACK_FILE,
  onboardingPath,
  stepKey,
} from "./paths.ts";
export type { SheetPart } from "./question.ts";
export { generateQuiz } from "./quiz.ts";
export type { Quiz } from "./quiz.ts";
export { readOnboarding } from "./read.ts";
export { WORDS_PER_MINUTE, countWords } from "./reading.ts";
export type { TrackRef } from "./receipt.ts";
export { StepSchema, TrackSchema } from "./schema.ts";
export type { Step, Track } from "./schema.ts";
export { isRightOption, openedFeedback, saltFor, sealQuestion } from "./sealed.ts";
export type { SealedQuestion } from "./sealed.ts";
