// A receipt as a hire's browser would write it, for tests of the manager's view.
import {
  RECEIPT_FORMAT,
  type Receipt,
  type TrackRef,
} from "../../../src/core/onboarding/receipt.ts";

/** A receipt for `track` as it stands, every step first opened on 30 Nov, passed at the first check in `seconds`. */
export function currentReceipt(
  track: TrackRef,
  name: string,
  completedAt: string,
  seconds: number,
): Receipt {
  return {
    format: RECEIPT_FORMAT,
    version: 2,
    name,
    track: { slug: track.slug, title: track.title },
    completedAt,
    issuedAt: completedAt,
    steps: track.steps.map((step) => ({
      key: step.key,
      title: step.title,
      fingerprint: step.fingerprint,
      words: step.words,
      openedAt: "2026-11-30T09:00:00.000Z",
      passedAt: completedAt,
      seconds,
      attempts: 1,
    })),
  };
}
