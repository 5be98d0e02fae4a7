/**
 * A new hire's onboarding progress, as kept in their browser: which steps' knowledge checks they
 * passed, when, and against which guardrails (the quiz fingerprint at the time). Pure functions;
 * the browser scripts only read and write the text.
 */

/** localStorage key; bump the version if the shape ever changes incompatibly. */
export const PROGRESS_KEY = "fieldguide:onboarding:v1";

export interface PassedStep {
  /** ISO timestamp of the pass. */
  passedAt: string;
  /** The step's quiz fingerprint when it was passed. */
  fingerprint: string;
}

export interface Progress {
  steps: Record<string, PassedStep>;
  /** Failed checks per step: the next check asks the attempt after them, even after a reload. */
  attempts?: Record<string, number>;
  /** The name printed on completion certificates. */
  name?: string;
}

/** `changed`: passed, but a guardrail the check is generated from has changed since. */
export type StepStatus = "todo" | "done" | "changed";

export interface StepRef {
  key: string;
  fingerprint: string;
}

export function emptyProgress(): Progress {
  return { steps: {} };
}

/** Reads stored progress; anything unreadable (edited by hand, another version) counts as none. */
export function parseProgress(text: string | null): Progress {
  if (!text) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  if (!isRecord(data) || !isRecord(data.steps)) return emptyProgress();
  const steps: Record<string, PassedStep> = {};
  for (const [key, value] of Object.entries(data.steps)) {
    if (
      isRecord(value) &&
      typeof value.passedAt === "string" &&
      typeof value.fingerprint === "string"
    ) {
      steps[key] = { passedAt: value.passedAt, fingerprint: value.fingerprint };
    }
  }
  const attempts = isRecord(data.attempts)
    ? Object.fromEntries(
        Object.entries(data.attempts).filter(
          (entry): entry is [string, number] => Number.isInteger(entry[1]) && Number(entry[1]) >= 0,
        ),
      )
    : undefined;
  return {
    steps,
    ...(attempts && Object.keys(attempts).length > 0 ? { attempts } : {}),
    ...(typeof data.name === "string" ? { name: data.name } : {}),
  };
}

/** How many checks of the step have failed so far: the number of the attempt to ask next. */
export function attemptOf(progress: Progress, key: string): number {
  return progress.attempts?.[key] ?? 0;
}

export function countFailedAttempt(progress: Progress, key: string): Progress {
  return { ...progress, attempts: { ...progress.attempts, [key]: attemptOf(progress, key) + 1 } };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

export function stepStatus(progress: Progress, step: StepRef): StepStatus {
  const passed = progress.steps[step.key];
  if (!passed) return "todo";
  return passed.fingerprint === step.fingerprint ? "done" : "changed";
}

export function markPassed(progress: Progress, step: StepRef, at: string): Progress {
  return {
    ...progress,
    steps: { ...progress.steps, [step.key]: { passedAt: at, fingerprint: step.fingerprint } },
  };
}

/** Progress without the given steps (resetting one track), or without any step. */
export function forgetSteps(progress: Progress, keys?: readonly string[]): Progress {
  if (!keys) return { ...progress, steps: {} };
  const steps = Object.fromEntries(
    Object.entries(progress.steps).filter(([key]) => !keys.includes(key)),
  );
  return { ...progress, steps };
}

export interface TrackProgress {
  total: number;
  done: number;
  changed: number;
  /** The first step that is not done (to continue with); none when the track is complete. */
  next?: string;
  /** When the last step was passed, once every step is done. */
  completedAt?: string;
}

export function trackProgress(progress: Progress, steps: readonly StepRef[]): TrackProgress {
  const statuses = steps.map((step) => stepStatus(progress, step));
  const done = statuses.filter((status) => status === "done").length;
  const result: TrackProgress = {
    total: steps.length,
    done,
    changed: statuses.filter((status) => status === "changed").length,
    next: steps.find((_, index) => statuses[index] !== "done")?.key,
  };
  if (steps.length > 0 && done === steps.length) {
    result.completedAt = steps
      .map((step) => progress.steps[step.key]!.passedAt)
      .sort()
      .at(-1);
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
