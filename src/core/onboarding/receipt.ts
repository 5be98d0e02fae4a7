/**
 * The completion receipt a new hire sends their manager: which track, which steps, when each was
 * first opened and passed, after how many checks and how long on the step, against which
 * guardrails (the step's quiz fingerprint at the time) and how many words it had. Written by the
 * completion page and read back by the manager's page, both through this file. It is a plain file
 * the hire's browser wrote: anyone can edit it, so it is evidence of what was reported, not proof.
 *
 * Version 2 added the times, checks and words; version 1 receipts are still read, without them.
 */
import { z } from "zod";
import { id, text } from "../schema/common.ts";
import { trackProgress, type Progress, type StepRef } from "./progress.ts";
import { fasterThanReading, formatDuration, readingSeconds, WORDS_PER_MINUTE } from "./reading.ts";

export const RECEIPT_FORMAT = "fieldguide-onboarding-receipt";

const timestamp = z.iso.datetime({ error: "must be a date and time such as 2026-11-29T10:00:00Z" });

const count = z
  .int({ error: "must be a whole number" })
  .nonnegative({ error: "must be 0 or more" });

const RECEIPT_VERSION = 2;

const ReceiptSchema = z.strictObject({
  format: z.literal(RECEIPT_FORMAT, { error: `must be "${RECEIPT_FORMAT}"` }),
  version: z.union([z.literal(1), z.literal(RECEIPT_VERSION)], {
    error: "must be 1 or 2: this build reads receipts of versions 1 and 2",
  }),
  name: text,
  track: z.strictObject({ slug: id, title: text }),
  completedAt: timestamp,
  issuedAt: timestamp,
  steps: z
    .array(
      z.strictObject({
        key: text,
        title: text,
        passedAt: timestamp,
        fingerprint: z.string().regex(/^[0-9a-f]{8}$/, { error: "must be 8 hex digits" }),
        // Not in version 1, nor for a step passed before this build recorded them.
        openedAt: timestamp.optional(),
        seconds: count.optional(),
        attempts: count.min(1, { error: "must be 1 or more" }).optional(),
        words: count.optional(),
      }),
    )
    .min(1, { error: "must list at least one step" }),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

/** A track as a page of this build knows it. */
export interface TrackRef {
  slug: string;
  title: string;
  steps: (StepRef & { title: string; words: number })[];
}

/** The receipt for a completed track; none while a step is not done (or changed since it was passed). */
export function createReceipt(
  name: string,
  track: TrackRef,
  progress: Progress,
  issuedAt: string,
): Receipt | undefined {
  const summary = trackProgress(progress, track.steps);
  if (!summary.completedAt || name.trim() === "") return undefined;
  return {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    name: name.trim(),
    track: { slug: track.slug, title: track.title },
    completedAt: summary.completedAt,
    issuedAt,
    steps: track.steps.map((step) => {
      const { passedAt, fingerprint, openedAt, seconds, attempts } = progress.steps[step.key]!;
      return {
        key: step.key,
        title: step.title,
        passedAt,
        fingerprint,
        openedAt,
        seconds,
        attempts,
        words: step.words,
      };
    }),
  };
}

/**
 * The time a receipt reports on its steps, against the time its steps' words take to read:
 * `seconds` is missing when a step has no time recorded (a version 1 receipt, or an old pass).
 */
export interface Pace {
  seconds?: number;
  words: number;
  readingSeconds: number;
  tooFast: boolean;
}

export function paceOf(steps: readonly Receipt["steps"][number][]): Pace {
  const words = steps.reduce((sum, step) => sum + (step.words ?? 0), 0);
  const timed = steps.every((step) => step.seconds !== undefined);
  const seconds = timed ? steps.reduce((sum, step) => sum + step.seconds!, 0) : undefined;
  return {
    ...(seconds === undefined ? {} : { seconds }),
    words,
    readingSeconds: readingSeconds(words),
    tooFast: seconds !== undefined && fasterThanReading(seconds, words),
  };
}

/** "1 h 12 min on the steps", and whether that is faster than reading them, in one sentence. */
export function describePace(pace: Pace): string {
  if (pace.seconds === undefined) return "Time on the steps: not recorded on this receipt.";
  const time = `${formatDuration(pace.seconds)} on the steps`;
  const reading = `reading their ${pace.words} words takes at least ${formatDuration(pace.readingSeconds)} at ${WORDS_PER_MINUTE} words a minute`;
  return pace.tooFast
    ? `Finished faster than it can be read: ${time}, and ${reading}.`
    : `${time.charAt(0).toUpperCase()}${time.slice(1)}; ${reading}.`;
}

export function serializeReceipt(receipt: Receipt): string {
  return JSON.stringify(receipt, null, 2);
}

export type ReadReceipt = { receipt: Receipt } | { error: string };

/**
 * Reads a receipt from a file, or from pasted text that holds one (a whole e-mail will do: the
 * receipt is the text from its first "{" to its last "}").
 */
export function readReceipt(input: string): ReadReceipt {
  const start = input.indexOf("{");
  const end = input.lastIndexOf("}");
  if (start === -1 || end < start) {
    return { error: "No receipt found: paste the receipt's JSON, or drop the receipt file here." };
  }
  return parseReceipt(input.slice(start, end + 1));
}

/** One receipt's JSON text. */
export function parseReceipt(json: string): ReadReceipt {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: "The receipt is not valid JSON: it may have been cut short or edited." };
  }
  const parsed = ReceiptSchema.safeParse(data);
  if (parsed.success) return { receipt: parsed.data };
  const [issue] = parsed.error.issues;
  const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return {
    error: `This is not a Fieldguide onboarding receipt this build can read (${where}${issue?.message ?? "invalid"}).`,
  };
}

/**
 * `current`: this build asks about the same guardrails as when the step was passed; `changed`:
 * a guardrail it is about has changed since; `removed`: the track no longer has the step (it was
 * passed, and is not asked any more); `missing`: the track has the step, the receipt does not.
 */
export type ReceiptStepStatus = "current" | "changed" | "removed" | "missing";

export type ReceiptCheck =
  | { kind: "unknown-track" }
  | {
      kind: "track";
      steps: (Receipt["steps"][number] & { status: Exclude<ReceiptStepStatus, "missing"> })[];
      /** Steps of the track in this build that the receipt does not list. */
      missing: { key: string; title: string }[];
    };

/** A receipt against this build's tracks and their fingerprints. */
export function checkReceipt(receipt: Receipt, tracks: readonly TrackRef[]): ReceiptCheck {
  const track = tracks.find((candidate) => candidate.slug === receipt.track.slug);
  if (!track) return { kind: "unknown-track" };
  const now = new Map(track.steps.map((step) => [step.key, step]));
  const listed = new Set(receipt.steps.map((step) => step.key));
  return {
    kind: "track",
    steps: receipt.steps.map((step) => {
      const current = now.get(step.key);
      const status: Exclude<ReceiptStepStatus, "missing"> = !current
        ? "removed"
        : current.fingerprint === step.fingerprint
          ? "current"
          : "changed";
      return { ...step, status };
    }),
    missing: track.steps
      .filter((step) => !listed.has(step.key))
      .map(({ key, title }) => ({ key, title })),
  };
}

/** The e-mail a new hire sends their manager, with the receipt in its body to paste into the manager's page. */
export function receiptEmail(
  receipt: Receipt,
  receiptPage: string,
): { subject: string; body: string } {
  const day = (timestamp: string) => timestamp.slice(0, 10);
  const time = (step: Receipt["steps"][number]) =>
    [
      step.openedAt === undefined ? "" : `, first opened ${formatTimestamp(step.openedAt)}`,
      step.attempts === undefined
        ? ""
        : `, ${step.attempts} ${step.attempts === 1 ? "check" : "checks"}`,
      step.seconds === undefined ? "" : `, ${formatDuration(step.seconds)} on the step`,
    ].join("");
  return {
    subject: `Onboarding completed: ${receipt.track.title} (${receipt.name})`,
    body: [
      "Hello,",
      "",
      `I completed the onboarding track "${receipt.track.title}" on ${day(receipt.completedAt)}, passing the knowledge check of every step:`,
      "",
      ...receipt.steps.map(
        (step, index) =>
          `${index + 1}. ${step.title}: passed ${formatTimestamp(step.passedAt)}${time(step)} (guardrails ${step.fingerprint})`,
      ),
      "",
      describePace(paceOf(receipt.steps)),
      "",
      `To see which steps are still current, paste this e-mail, or the receipt file, into ${receiptPage}`,
      "",
      receipt.name,
      "",
      "Receipt:",
      JSON.stringify(receipt),
    ].join("\n"),
  };
}

/** "2026-12-01 09:00 UTC": receipts hold UTC times, and say so. */
export function formatTimestamp(timestamp: string): string {
  return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 16)} UTC`;
}

export function mailtoHref(
  to: string,
  { subject, body }: { subject: string; body: string },
): string {
  const address = encodeURIComponent(to.trim()).replace("%40", "@");
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
