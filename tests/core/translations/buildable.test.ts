import { describe, expect, it } from "vitest";
import {
  approvedClaimTexts,
  buildableTranslations,
} from "../../../src/core/translations/buildable.ts";
import { ANALYTICS, caseLibrary, check, edit } from "../fixture-library.ts";

/** The sample's approved German translation of the analytics sheet, as a build reads it. */
function buildable(files = caseLibrary("translation-approved-accepted"), audience = "internal") {
  const { library, translations } = check(files);
  return buildableTranslations(library!, translations!, audience as "internal" | "partner");
}

const keys = (entries: ReturnType<typeof buildable>, slug: string) =>
  entries
    .find((entry) => entry.sheet.slug === slug)!
    .items.map((item) => `${item.source.kind}:${item.source.key}:${item.state}`);

describe("the translations a build may use", () => {
  it("lists every published sheet in every language, with what is approved and what is not", () => {
    const entries = buildable();

    expect(entries.map((entry) => `${entry.locale.code}/${entry.sheet.slug}`)).toEqual([
      "de/analytics",
      "de/monitoring",
    ]);
    expect(keys(entries, "analytics")).toEqual([
      "sheet::approved",
      "claim:analytics-uptime:approved",
      "claim:analytics-trial:approved",
      "promise:SLA:approved",
    ]);
    expect(keys(entries, "monitoring").every((key) => key.endsWith(":missing"))).toBe(true);
  });

  it("gives a partner build no translation of a claim, boundary or sheet withheld from partners", () => {
    const files = edit(
      caseLibrary("translation-approved-accepted"),
      ANALYTICS,
      "  - id: analytics-trial\n",
      "  - id: analytics-trial\n    audience: [internal]\n",
    );

    const partner = buildable(files, "partner");
    expect(partner.map((entry) => entry.sheet.slug)).toEqual(["analytics"]);
    expect(keys(partner, "analytics")).not.toContain("claim:analytics-trial:approved");
    expect([...approvedClaimTexts(partner, "de").keys()]).toEqual(["analytics-uptime"]);
    // The sales team's build still has it.
    expect([...approvedClaimTexts(buildable(files), "de").keys()]).toEqual([
      "analytics-uptime",
      "analytics-trial",
    ]);
  });

  it("leaves out a draft sheet's translation", () => {
    const files = edit(
      caseLibrary("translation-approved-accepted"),
      ANALYTICS,
      "audience: [internal, partner]\n",
      "audience: [internal, partner]\nstatus: draft\n",
    );

    expect(buildable(files).map((entry) => entry.sheet.slug)).toEqual(["monitoring"]);
  });

  it("never lists a stale translation as approved text", () => {
    const files = edit(
      caseLibrary("translation-approved-accepted"),
      ANALYTICS,
      "evaluation.",
      "trial.",
    );

    expect(keys(buildable(files), "analytics")).toContain("claim:analytics-trial:stale");
    expect(approvedClaimTexts(buildable(files), "de").has("analytics-trial")).toBe(false);
  });
});
