// The JSON that onboarding pages write for their scripts (see src/site/page-data.ts: scriptJson).
import type { StepRef } from "../core/onboarding/progress.ts";
import type { SealedQuestion } from "../core/onboarding/sealed.ts";

interface StepLink extends StepRef {
  title: string;
  href: string;
  /** Words in the step, for the least time it takes to read (src/core/onboarding/reading.ts). */
  words: number;
}

/** `#onboarding-data`: the tracks a page shows progress for. */
export type ProgressPageData = { slug: string; title: string; steps: StepLink[] }[];

/** What a question shows after answering: sealed in the page (src/core/onboarding/sealed.ts). */
export interface QuizFeedback {
  explain: string;
  /** The part of a product sheet that answers the question. */
  source?: { href: string; label: string };
  /** The item it asks about, which the device withdraws once expired or withdrawn (standing-store.ts). */
  standing?: { address: string; expires?: string };
}

/** `#quiz-data`: every attempt at the step's check; the page's HTML shows the first. */
export interface QuizPageData extends StepRef {
  attempts: SealedQuestion[][];
  next: { href: string; label: string };
}
