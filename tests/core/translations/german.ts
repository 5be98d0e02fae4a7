// A German translation of the fixture library's analytics sheet, for the status and page tests.
import { stamp } from "../../../src/core/translations/fingerprint.ts";
import { sourceItems } from "../../../src/core/translations/items.ts";
import type { Translation } from "../../../src/core/translations/schema.ts";
import { ANALYTICS, libraryOf, sheetOf, validLibrary } from "../fixture-library.ts";

export const analytics = () => sheetOf(libraryOf(validLibrary()), ANALYTICS);

/** A German translation of the analytics sheet, approved against the sheet as it is now. */
export function approvedGerman(): { translation: Translation; body: string } {
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
