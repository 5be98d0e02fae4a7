/**
 * A new hire's onboarding progress, as kept in their browser: which steps' knowledge checks they
 * passed, when, and against which guardrails (the quiz fingerprint at the time), when they first
 * opened each step, how long its page was in front of them and how many checks it took. Pure
 * functions; the browser scripts only read and write the text.
 */

/** localStorage key; bump the version if the shape ever changes incompatibly. */
export const PROGRESS_KEY = "fieldguide:onboarding:v1";

interface PassedStep {
  /** ISO timestamp of the pass. */
  passedAt: string;
  /** The step's quiz fingerprint when it was passed. */
  fingerprint: string;
  /** When the step's page was first opened; none for a pass stored before it was recorded. */
  openedAt?: string;
  /** Seconds the step's page was visible before the pass. */
  seconds?: number;
  /** Checks taken, the passing one included. */
  attempts?: number;
}

/** A step's page as seen so far: kept from its first opening, copied into the pass. */
interface Visit {
  openedAt: string;
  seconds: number;
}

export interface Progress {
  steps: Record<string, PassedStep>;
  visits?: Record<string, Visit>;
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
      steps[key] = {
        passedAt: value.passedAt,
        fingerprint: value.fingerprint,
        ...(typeof value.openedAt === "string" ? { openedAt: value.openedAt } : {}),
        ...(isCount(value.seconds) ? { seconds: value.seconds } : {}),
        ...(isCount(value.attempts) ? { attempts: value.attempts } : {}),
      };
    }
  }
  const visits = isRecord(data.visits)
    ? Object.fromEntries(
        Object.entries(data.visits).filter(
          (entry): entry is [string, Visit] =>
            isRecord(entry[1]) &&
            typeof entry[1].openedAt === "string" &&
            isCount(entry[1].seconds),
        ),
      )
    : {};
  const attempts = isRecord(data.attempts)
    ? Object.fromEntries(
        Object.entries(data.attempts).filter((entry): entry is [string, number] =>
          isCount(entry[1]),
        ),
      )
    : undefined;
  return {
    steps,
    ...(Object.keys(visits).length > 0 ? { visits } : {}),
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

/**
 * Notes that the step's page was in front of the hire for `seconds` more, and when it was first
 * opened. Time is counted until the step is passed; a retake after a change counts on from there.
 */
export function recordVisit(progress: Progress, key: string, at: string, seconds = 0): Progress {
  const visit = progress.visits?.[key] ?? {
    openedAt: progress.steps[key]?.openedAt ?? at,
    seconds: progress.steps[key]?.seconds ?? 0,
  };
  return {
    ...progress,
    visits: {
      ...progress.visits,
      [key]: { openedAt: visit.openedAt, seconds: visit.seconds + Math.max(0, seconds) },
    },
  };
}

/** The pass, with when the step was first opened, the time on it and the checks it took. */
export function markPassed(progress: Progress, step: StepRef, at: string): Progress {
  const visit = progress.visits?.[step.key];
  const passed: PassedStep = {
    passedAt: at,
    fingerprint: step.fingerprint,
    ...(visit ? { openedAt: visit.openedAt, seconds: Math.round(visit.seconds) } : {}),
    attempts: attemptOf(progress, step.key) + 1,
  };
  const { visits: before, ...rest } = progress;
  const { [step.key]: _done, ...visits } = before ?? {};
  return {
    ...rest,
    steps: { ...progress.steps, [step.key]: passed },
    ...(Object.keys(visits).length > 0 ? { visits } : {}),
  };
}

/** Progress without the given steps (resetting one track), or without any step: passes and time on them. */
export function forgetSteps(progress: Progress, keys?: readonly string[]): Progress {
  const { visits: _visits, ...rest } = progress;
  if (!keys) return { ...rest, steps: {} };
  const kept = <T>(entries: Record<string, T>) =>
    Object.fromEntries(Object.entries(entries).filter(([key]) => !keys.includes(key)));
  return {
    ...rest,
    steps: kept(progress.steps),
    ...(progress.visits ? { visits: kept(progress.visits) } : {}),
  };
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

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
