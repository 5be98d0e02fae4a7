import { describe, expect, it } from "vitest";
import {
  countFailedAttempt,
  emptyProgress,
  markPassed,
  recordVisit,
  type Progress,
} from "../../../src/core/onboarding/progress.ts";
import {
  checkReceipt,
  createReceipt,
  describePace,
  mailtoHref,
  paceOf,
  readReceipt,
  receiptEmail,
  serializeReceipt,
  type TrackRef,
} from "../../../src/core/onboarding/receipt.ts";

const track: TrackRef = {
  slug: "first-week",
  title: "First week",
  steps: [
    { key: "first-week/welcome", title: "Welcome", fingerprint: "aaaa0001", words: 1000 },
    {
      key: "first-week/discounts",
      title: "Who approves a discount",
      fingerprint: "bbbb0002",
      words: 1500,
    },
  ],
};
/** Welcome read for 10 minutes and passed first time; discounts for 20, passed at the second check. */
const completed = [
  (progress: Progress) =>
    recordVisit(progress, "first-week/welcome", "2026-12-01T08:50:00.000Z", 600),
  (progress: Progress) => markPassed(progress, track.steps[0]!, "2026-12-01T09:00:00.000Z"),
  (progress: Progress) =>
    recordVisit(progress, "first-week/discounts", "2026-12-02T09:40:00.000Z", 900),
  (progress: Progress) => countFailedAttempt(progress, "first-week/discounts"),
  (progress: Progress) =>
    recordVisit(progress, "first-week/discounts", "2026-12-02T09:55:00.000Z", 300),
  (progress: Progress) => markPassed(progress, track.steps[1]!, "2026-12-02T10:00:00.000Z"),
].reduce((progress, change) => change(progress), emptyProgress());
const ISSUED = "2026-12-02T11:00:00.000Z";

describe("completion receipts", () => {
  it("lists each step with when it was first opened and passed, its checks, time, words and fingerprint", () => {
    expect(createReceipt("  Ada Lovelace ", track, completed, ISSUED)).toEqual({
      format: "fieldguide-onboarding-receipt",
      version: 2,
      name: "Ada Lovelace",
      track: { slug: "first-week", title: "First week" },
      completedAt: "2026-12-02T10:00:00.000Z",
      issuedAt: ISSUED,
      steps: [
        {
          key: "first-week/welcome",
          title: "Welcome",
          passedAt: "2026-12-01T09:00:00.000Z",
          fingerprint: "aaaa0001",
          openedAt: "2026-12-01T08:50:00.000Z",
          seconds: 600,
          attempts: 1,
          words: 1000,
        },
        {
          key: "first-week/discounts",
          title: "Who approves a discount",
          passedAt: "2026-12-02T10:00:00.000Z",
          fingerprint: "bbbb0002",
          openedAt: "2026-12-02T09:40:00.000Z",
          seconds: 1200,
          attempts: 2,
          words: 1500,
        },
      ],
    });
  });

  it("says how long the steps took against the time their words take to read, at 500 a minute", () => {
    const receipt = createReceipt("Ada", track, completed, ISSUED)!;
    const rushed = { ...receipt, steps: receipt.steps.map((step) => ({ ...step, seconds: 4 })) };
    const untimed = {
      ...receipt,
      version: 1 as const,
      steps: receipt.steps.map(({ key, title, passedAt, fingerprint }) => ({
        key,
        title,
        passedAt,
        fingerprint,
      })),
    };

    expect(paceOf(receipt.steps)).toEqual({
      seconds: 1800,
      words: 2500,
      readingSeconds: 300,
      tooFast: false,
    });
    expect(describePace(paceOf(receipt.steps))).toBe(
      "30 min on the steps; reading their 2500 words takes at least 5 min at 500 words a minute.",
    );
    expect(paceOf(rushed.steps).tooFast).toBe(true);
    expect(describePace(paceOf(rushed.steps))).toBe(
      "Finished faster than it can be read: 8 s on the steps, and reading their 2500 words takes at least 5 min at 500 words a minute.",
    );
    expect(describePace(paceOf(untimed.steps))).toBe(
      "Time on the steps: not recorded on this receipt.",
    );
  });

  it("still reads receipts of version 1, written before times were recorded", () => {
    const v1 = {
      format: "fieldguide-onboarding-receipt",
      version: 1,
      name: "Grace Hopper",
      track: { slug: "first-week", title: "First week" },
      completedAt: "2026-11-20T10:00:00.000Z",
      issuedAt: "2026-11-20T10:05:00.000Z",
      steps: [
        {
          key: "first-week/welcome",
          title: "Welcome",
          passedAt: "2026-11-20T10:00:00.000Z",
          fingerprint: "aaaa0001",
        },
      ],
    };
    expect(readReceipt(JSON.stringify(v1))).toEqual({ receipt: v1 });
  });

  it("is not written without a name, or before every step is done", () => {
    const halfway = markPassed(emptyProgress(), track.steps[0]!, "2026-12-01T09:00:00.000Z");

    expect(createReceipt(" ", track, completed, ISSUED)).toBeUndefined();
    expect(createReceipt("Ada", track, halfway, ISSUED)).toBeUndefined();
  });

  it("reads back what it writes, from the file or from a whole pasted e-mail", () => {
    const receipt = createReceipt("Ada", track, completed, ISSUED)!;
    const email = receiptEmail(receipt, "https://guide.example/onboarding/receipt/");

    expect(readReceipt(serializeReceipt(receipt))).toEqual({ receipt });
    expect(readReceipt(email.body)).toEqual({ receipt });
  });

  it("says what is wrong with anything else", () => {
    const receipt = createReceipt("Ada", track, completed, ISSUED)!;
    const edited = { ...receipt, steps: [{ ...receipt.steps[0]!, fingerprint: "nope" }] };

    expect(readReceipt("hello")).toEqual({
      error: "No receipt found: paste the receipt's JSON, or drop the receipt file here.",
    });
    expect(readReceipt('{"format": "fieldguide-onboarding-receipt", }')).toEqual({
      error: "The receipt is not valid JSON: it may have been cut short or edited.",
    });
    expect(readReceipt(JSON.stringify(edited))).toEqual({
      error:
        "This is not a Fieldguide onboarding receipt this build can read (steps.0.fingerprint: must be 8 hex digits).",
    });
    expect(readReceipt('{"name": "Ada"}')).toEqual({
      error: expect.stringMatching(/^This is not a Fieldguide onboarding receipt .*\(format: /),
    });
  });

  it("marks each step as current, changed since it was passed, or removed, and names missing ones", () => {
    const receipt = createReceipt("Ada", track, completed, ISSUED)!;
    const now: TrackRef = {
      ...track,
      steps: [
        track.steps[0]!,
        { key: "first-week/promises", title: "Promises", fingerprint: "cccc0003", words: 800 },
      ],
    };
    const changed: TrackRef = {
      ...track,
      steps: [track.steps[0]!, { ...track.steps[1]!, fingerprint: "dddd0004" }],
    };

    expect(checkReceipt(receipt, [track])).toMatchObject({
      kind: "track",
      steps: [{ status: "current" }, { status: "current" }],
      missing: [],
    });
    expect(checkReceipt(receipt, [changed])).toMatchObject({
      kind: "track",
      steps: [{ status: "current" }, { key: "first-week/discounts", status: "changed" }],
      missing: [],
    });
    expect(checkReceipt(receipt, [now])).toMatchObject({
      steps: [{ status: "current" }, { status: "removed" }],
      missing: [{ key: "first-week/promises", title: "Promises" }],
    });
    expect(checkReceipt(receipt, [])).toEqual({ kind: "unknown-track" });
  });

  it("makes an e-mail listing every step with its times, and a mailto link that carries it", () => {
    const receipt = createReceipt("Ada", track, completed, ISSUED)!;
    const email = receiptEmail(receipt, "https://guide.example/onboarding/receipt/");
    const href = mailtoHref("lead@example.com", email);

    expect(email.subject).toBe("Onboarding completed: First week (Ada)");
    expect(email.body).toContain(
      "\n1. Welcome: passed 2026-12-01 09:00 UTC, first opened 2026-12-01 08:50 UTC, 1 check, 10 min on the step (guardrails aaaa0001)" +
        "\n2. Who approves a discount: passed 2026-12-02 10:00 UTC, first opened 2026-12-02 09:40 UTC, 2 checks, 20 min on the step (guardrails bbbb0002)\n" +
        "\n30 min on the steps; reading their 2500 words takes at least 5 min at 500 words a minute.\n",
    );
    expect(email.body).toContain("https://guide.example/onboarding/receipt/");
    expect(href.startsWith("mailto:lead@example.com?subject=Onboarding%20completed")).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get("body")).toBe(email.body);
  });
});
