import { describe, expect, it } from "vitest";
import { emptyProgress, markPassed } from "../../../src/core/onboarding/progress.ts";
import {
  checkReceipt,
  createReceipt,
  mailtoHref,
  readReceipt,
  receiptEmail,
  serializeReceipt,
  type TrackRef,
} from "../../../src/core/onboarding/receipt.ts";

const track: TrackRef = {
  slug: "first-week",
  title: "First week",
  steps: [
    { key: "first-week/welcome", title: "Welcome", fingerprint: "aaaa0001" },
    { key: "first-week/discounts", title: "Who approves a discount", fingerprint: "bbbb0002" },
  ],
};
const completed = markPassed(
  markPassed(emptyProgress(), track.steps[0]!, "2026-12-01T09:00:00.000Z"),
  track.steps[1]!,
  "2026-12-02T10:00:00.000Z",
);
const ISSUED = "2026-12-02T11:00:00.000Z";

describe("completion receipts", () => {
  it("lists the track, each step with when it was passed and its fingerprint, and the name", () => {
    expect(createReceipt("  Ada Lovelace ", track, completed, ISSUED)).toEqual({
      format: "fieldguide-onboarding-receipt",
      version: 1,
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
        },
        {
          key: "first-week/discounts",
          title: "Who approves a discount",
          passedAt: "2026-12-02T10:00:00.000Z",
          fingerprint: "bbbb0002",
        },
      ],
    });
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

  it("marks each step as current, changed since it was passed, or removed, and names new steps", () => {
    const receipt = createReceipt("Ada", track, completed, ISSUED)!;
    const now: TrackRef = {
      ...track,
      steps: [
        track.steps[0]!,
        { key: "first-week/promises", title: "Promises", fingerprint: "cccc0003" },
      ],
    };
    const changed: TrackRef = {
      ...track,
      steps: [track.steps[0]!, { ...track.steps[1]!, fingerprint: "dddd0004" }],
    };

    expect(checkReceipt(receipt, [track])).toMatchObject({
      kind: "track",
      steps: [{ status: "current" }, { status: "current" }],
      added: [],
    });
    expect(checkReceipt(receipt, [changed])).toMatchObject({
      kind: "track",
      steps: [{ status: "current" }, { key: "first-week/discounts", status: "changed" }],
      added: [],
    });
    expect(checkReceipt(receipt, [now])).toMatchObject({
      steps: [{ status: "current" }, { status: "removed" }],
      added: [{ key: "first-week/promises", title: "Promises" }],
    });
    expect(checkReceipt(receipt, [])).toEqual({ kind: "unknown-track" });
  });

  it("makes an e-mail listing every step, and a mailto link that carries it", () => {
    const receipt = createReceipt("Ada", track, completed, ISSUED)!;
    const email = receiptEmail(receipt, "https://guide.example/onboarding/receipt/");
    const href = mailtoHref("lead@example.com", email);

    expect(email.subject).toBe("Onboarding completed: First week (Ada)");
    expect(email.body).toContain(
      "\n1. Welcome: passed on 2026-12-01 (guardrails aaaa0001)\n2. Who approves a discount: passed on 2026-12-02 (guardrails bbbb0002)\n",
    );
    expect(email.body).toContain("https://guide.example/onboarding/receipt/");
    expect(href.startsWith("mailto:lead@example.com?subject=Onboarding%20completed")).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get("body")).toBe(email.body);
  });
});
