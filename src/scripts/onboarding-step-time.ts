// The time a new hire spends on a step's page, for their receipt: counted while the page is
// visible (not while it sits in a background tab), from its first opening until the step is
// passed, and written to this browser's progress as it goes, so a closed tab loses little.
import { recordVisit, stepStatus, type StepRef } from "../core/onboarding/progress.ts";
import { loadProgress, saveProgress } from "./onboarding-store.ts";

/** How often the time so far is saved while the page stays open. */
const SAVE_EVERY_MS = 15_000;

export function countStepTime(step: StepRef): { save: () => void } {
  let since: number | undefined;
  const save = (): void => {
    const now = Date.now();
    const progress = loadProgress();
    if (stepStatus(progress, step) !== "done") {
      const seconds = since === undefined ? 0 : (now - since) / 1000;
      saveProgress(recordVisit(progress, step.key, new Date(now).toISOString(), seconds));
    }
    since = document.visibilityState === "visible" ? now : undefined;
  };
  save();
  document.addEventListener("visibilitychange", save);
  window.addEventListener("pagehide", save);
  setInterval(save, SAVE_EVERY_MS);
  return { save };
}
