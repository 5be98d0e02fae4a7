import { describe, expect, it } from "vitest";
import { translationStatus } from "../../../src/core/translations/status.ts";
import { ANALYTICS, edit, libraryOf, sheetOf, validLibrary } from "../fixture-library.ts";
import { analytics, approvedGerman } from "./german.ts";

const states = (status: ReturnType<typeof translationStatus>) =>
  status.items.map((item) => [item.source.kind, item.source.key, item.state]);

describe("where a sheet's items stand in one language", () => {
  it("is approved for what was translated and missing for the rest", () => {
    expect(states(translationStatus(analytics(), approvedGerman(), "en"))).toEqual([
      ["sheet", "", "approved"],
      ["claim", "analytics-uptime", "approved"],
      ["claim", "analytics-trial", "missing"],
      ["promise", "SLA", "missing"],
    ]);
  });

  it("is all missing for a sheet with no translation", () => {
    expect(
      translationStatus(analytics(), undefined, "en").items.every(
        (item) => item.state === "missing",
      ),
    ).toBe(true);
  });

  it("makes only the claim whose source changed stale, naming what changed", () => {
    const changed = sheetOf(
      libraryOf(edit(validLibrary(), ANALYTICS, "99.9% monthly", "99.95% monthly")),
      ANALYTICS,
    );
    const status = translationStatus(changed, approvedGerman(), "en");

    expect(status.items[1]).toMatchObject({ state: "stale", changed: ["wording", "figures"] });
    expect(status.items[0]!.state).toBe("approved");
  });

  it("lists a translated claim the sheet does not have as an orphan", () => {
    const german = approvedGerman();
    german.translation.claims[0]!.id = "analytics-speed";

    expect(translationStatus(analytics(), german, "en").orphans.map((item) => item.key)).toEqual([
      "analytics-speed",
    ]);
  });
});
