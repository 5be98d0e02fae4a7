import { describe, expect, it } from "vitest";
import { readStamp, stamp, STAMP } from "../../../src/core/translations/fingerprint.ts";

const uptime = {
  wording: "Analytics delivered 99.9% monthly uptime in 2025.",
  figures: [99.9, 2025],
  evidence: { document: "SLA report 2025", section: "Table 2" },
};
const german = ["Analytics erreichte 2025 eine monatliche Verfügbarkeit von 99,9 %."];

describe("the source fingerprint of a translated item", () => {
  it("is short and always the same for the same source and translation", () => {
    const written = stamp(uptime, german);

    expect(written).toMatch(STAMP);
    expect(written.length).toBeLessThanOrEqual(27);
    expect(stamp({ ...uptime }, [...german])).toBe(written);
  });

  it("does not change with whitespace, line breaks or Unicode normalisation form", () => {
    const spaced = { ...uptime, wording: "Analytics delivered 99.9%\n  monthly uptime in 2025. " };
    const decomposed = [german[0]!.normalize("NFD")];

    expect(readStamp(stamp(uptime, german), spaced, decomposed)).toEqual({ state: "approved" });
  });

  it("is approved while the source is as it was", () => {
    expect(readStamp(stamp(uptime, german), uptime, german)).toEqual({ state: "approved" });
  });

  it("goes stale when the source's wording changes, and says it was the wording", () => {
    const reworded = { ...uptime, wording: "Analytics kept 99.9% monthly uptime in 2025." };

    expect(readStamp(stamp(uptime, german), reworded, german)).toEqual({
      state: "stale",
      changed: ["wording"],
    });
  });

  it("names a changed figure and a changed evidence document apart", () => {
    const raised = {
      ...uptime,
      wording: "Analytics delivered 99.95% monthly uptime in 2025.",
      figures: [99.95, 2025],
    };
    const newEvidence = { ...uptime, evidence: { document: "SLA report 2026" } };

    expect(readStamp(stamp(uptime, german), raised, german)).toEqual({
      state: "stale",
      changed: ["wording", "figures"],
    });
    expect(readStamp(stamp(uptime, german), newEvidence, german)).toEqual({
      state: "stale",
      changed: ["evidence"],
    });
  });

  it("shows a translation edited after approval", () => {
    const edited = ["Analytics erreichte 2025 eine Verfügbarkeit von 99,9 %."];

    expect(readStamp(stamp(uptime, german), uptime, edited)).toEqual({ state: "edited" });
  });

  it("shows a stamp copied by hand from a newer source to hide a stale translation", () => {
    const raised = { ...uptime, wording: "99.95% in 2025", figures: [99.95, 2025] };
    const [newParts] = stamp(raised, ["anything"]).split(".");
    const [, oldSeal] = stamp(uptime, german).split(".");

    expect(readStamp(`${newParts}.${oldSeal}`, raised, german)).toEqual({ state: "edited" });
  });

  it("tells a value that is no stamp at all", () => {
    expect(readStamp("approved", uptime, german)).toEqual({ state: "malformed" });
  });
});
