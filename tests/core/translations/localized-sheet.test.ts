import { describe, expect, it } from "vitest";
import {
  localizedSheet,
  notApprovedNotice,
  shownItem,
} from "../../../src/core/translations/localized-sheet.ts";
import { ANALYTICS, edit, libraryOf, sheetOf, validLibrary } from "../fixture-library.ts";
import { analytics, approvedGerman } from "./german.ts";

const DEUTSCH = { code: "de", title: "Deutsch" };
const NOTICE = "Not yet approved in Deutsch: showing the English wording";

describe("what a sheet's German page shows", () => {
  it("shows each approved item in German, marked German", () => {
    const page = localizedSheet(analytics(), approvedGerman(), DEUTSCH, "en");

    expect(shownItem(page, "claim", "analytics-uptime")).toEqual({
      lang: "de",
      texts: ["Analytics erreichte 2025 eine monatliche Verfügbarkeit von 99,9 %."],
    });
    expect(shownItem(page, "sheet", "")?.texts[0]).toBe("Analytics");
    expect(page.lang).toBe("de");
  });

  it("shows a claim the translation left out in the source wording, with the notice", () => {
    const page = localizedSheet(analytics(), approvedGerman(), DEUTSCH, "en");
    const trial = analytics().product.claims.find((claim) => claim.id === "analytics-trial")!;

    expect(shownItem(page, "claim", "analytics-trial")).toEqual({
      lang: "en",
      texts: [trial.text],
      notice: NOTICE,
    });
  });

  it("never shows a claim translated once its source changed: the new source wording instead", () => {
    const changed = sheetOf(
      libraryOf(edit(validLibrary(), ANALYTICS, "99.9% monthly", "99.95% monthly")),
      ANALYTICS,
    );
    const page = localizedSheet(changed, approvedGerman(), DEUTSCH, "en");
    const shown = shownItem(page, "claim", "analytics-uptime")!;

    expect(shown.lang).toBe("en");
    expect(shown.texts[0]).toContain("99.95% monthly");
    expect(shown.notice).toBe(NOTICE);
    // The sheet's own texts did not change, so they stay German.
    expect(shownItem(page, "sheet", "")?.lang).toBe("de");
  });

  it("never shows a translation edited after approval", () => {
    const german = approvedGerman();
    german.translation.claims[0]!.text = "Analytics ist immer verfügbar, 99,9 %.";

    expect(
      shownItem(localizedSheet(analytics(), german, DEUTSCH, "en"), "claim", "analytics-uptime"),
    ).toMatchObject({ lang: "en", notice: NOTICE });
  });

  it("shows everything in the source wording for a sheet with no translation", () => {
    const page = localizedSheet(analytics(), undefined, DEUTSCH, "en");

    expect([...page.items.values()].every((item) => item.lang === "en" && item.notice)).toBe(true);
  });

  it("names the source language in its own words", () => {
    expect(notApprovedNotice({ title: "Français" }, "de")).toBe(
      "Not yet approved in Français: showing the Deutsch wording",
    );
  });
});
