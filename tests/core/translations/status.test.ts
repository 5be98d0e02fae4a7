import { describe, expect, it } from "vitest";
import { stamp } from "../../../src/core/translations/fingerprint.ts";
import { sourceItems } from "../../../src/core/translations/items.ts";
import type { Translation } from "../../../src/core/translations/schema.ts";
import { translationStatus } from "../../../src/core/translations/status.ts";
import { ANALYTICS, edit, libraryOf, sheetOf, validLibrary } from "../fixture-library.ts";

const analytics = () => sheetOf(libraryOf(validLibrary()), ANALYTICS);

/** A German translation of the analytics sheet, approved against the sheet as it is now. */
function approvedGerman(): { translation: Translation; body: string } {
  const items = sourceItems(analytics(), "en");
  const stampOf = (kind: string, key: string, texts: string[]) =>
    stamp(items.find((item) => item.kind === kind && item.key === key)!.parts, texts);
  const body = '## Überblick\n\n<Claim id="analytics-uptime" />\n';
  const title = "Analytics";
  const summary = "Ereignisanalyse, die Fachteams selbst erkunden.";
  const uptime = "Analytics erreichte 2025 eine monatliche Verfügbarkeit von 99,9 %.";
  return {
    body,
    translation: {
      title,
      summary,
      source: stampOf("sheet", "", [title, summary, body]),
      claims: [
        {
          id: "analytics-uptime",
          text: uptime,
          source: stampOf("claim", "analytics-uptime", [uptime]),
        },
      ],
      promises: [],
      approvedBy: "de@example.com",
      approvedOn: "2026-11-02",
    },
  };
}

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
