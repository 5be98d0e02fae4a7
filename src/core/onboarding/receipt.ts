/**
 * The completion receipt a new hire sends their manager: which track, which steps, when each was
 * passed and against which guardrails (the step's quiz fingerprint at the time). Written by the
 * completion page and read back by the manager's page, both through this file. It is a plain file
 * the hire's browser wrote: anyone can edit it, so it is evidence of what was reported, not proof.
 */
import { z } from "zod";
import { id, text } from "../schema/common.ts";
import { trackProgress, type Progress, type StepRef } from "./progress.ts";

export const RECEIPT_FORMAT = "fieldguide-onboarding-receipt";

const timestamp = z.iso.datetime({ error: "must be a date and time such as 2026-11-29T10:00:00Z" });

export const ReceiptSchema = z.strictObject({
  format: z.literal(RECEIPT_FORMAT, { error: `must be "${RECEIPT_FORMAT}"` }),
  version: z.literal(1, { error: "must be 1: this build reads receipts of version 1" }),
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
      }),
    )
    .min(1, { error: "must list at least one step" }),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

/** A track as a page of this build knows it. */
export interface TrackRef {
  slug: string;
  title: string;
  steps: (StepRef & { title: string })[];
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
    version: 1,
    name: name.trim(),
    track: { slug: track.slug, title: track.title },
    completedAt: summary.completedAt,
    issuedAt,
    steps: track.steps.map((step) => ({
      key: step.key,
      title: step.title,
      passedAt: progress.steps[step.key]!.passedAt,
      fingerprint: progress.steps[step.key]!.fingerprint,
    })),
  };
}

export function serializeReceipt(receipt: Receipt): string {
  return JSON.stringify(receipt, null, 2);
}

/**
 * Reads a receipt from a file, or from pasted text that holds one (a whole e-mail will do: the
 * receipt is the text from its first "{" to its last "}").
 */
export function readReceipt(input: string): { receipt: Receipt } | { error: string } {
  const start = input.indexOf("{");
  const end = input.lastIndexOf("}");
  if (start === -1 || end < start) {
    return { error: "No receipt found: paste the receipt's JSON, or drop the receipt file here." };
  }
  let data: unknown;
  try {
    data = JSON.parse(input.slice(start, end + 1));
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
 * a guardrail it is about has changed since; `removed`: the track no longer has the step.
 */
export type ReceiptStepStatus = "current" | "changed" | "removed";

export type ReceiptCheck =
  | { kind: "unknown-track" }
  | {
      kind: "track";
      steps: (Receipt["steps"][number] & { status: ReceiptStepStatus })[];
      /** Steps of the track in this build that the receipt does not list. */
      added: { key: string; title: string }[];
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
      const status: ReceiptStepStatus = !current
        ? "removed"
        : current.fingerprint === step.fingerprint
          ? "current"
          : "changed";
      return { ...step, status };
    }),
    added: track.steps
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
  return {
    subject: `Onboarding completed: ${receipt.track.title} (${receipt.name})`,
    body: [
      "Hello,",
      "",
      `I completed the onboarding track "${receipt.track.title}" on ${day(receipt.completedAt)}, passing the knowledge check of every step:`,
      "",
      ...receipt.steps.map(
        (step, index) =>
          `${index + 1}. ${step.title}: passed on ${day(step.passedAt)} (guardrails ${step.fingerprint})`,
      ),
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

export function mailtoHref(
  to: string,
  { subject, body }: { subject: string; body: string },
): string {
  const address = encodeURIComponent(to.trim()).replace("%40", "@");
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
