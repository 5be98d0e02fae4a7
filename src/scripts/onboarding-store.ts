// Onboarding progress in this browser's localStorage: no account, no server, nothing sent anywhere.
import {
  emptyProgress,
  parseProgress,
  PROGRESS_KEY,
  serializeProgress,
  type Progress,
  type StepStatus,
} from "../core/onboarding/progress.ts";

export function loadProgress(): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return emptyProgress();
  }
}

/** False when the browser refuses to store anything (storage disabled or full). */
export function saveProgress(progress: Progress): boolean {
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
    return true;
  } catch {
    return false;
  }
}

export const STATUS_LABELS: Record<StepStatus, string> = {
  todo: "",
  done: "Done",
  changed: "Changed since you passed it: take the check again",
};

/** "2026-12-03T09:30:00.000Z" -> the ISO day, for formatDate. */
export const dayOf = (timestamp: string): string => timestamp.slice(0, 10);
