// The JSON that onboarding pages write for their scripts (see src/site/page-data.ts: scriptJson).
import type { StepRef } from "../../core/onboarding/progress.ts";

export interface StepLink extends StepRef {
  title: string;
  href: string;
}

/** `#onboarding-data`: the tracks a page shows progress for. */
export type ProgressPageData = { slug: string; steps: StepLink[] }[];

/** `#quiz-data`: what the knowledge check needs beyond the questions in the HTML. */
export interface QuizPageData extends StepRef {
  questions: { options: string[]; answer: number; explain: string }[];
  next: { href: string; label: string };
}
