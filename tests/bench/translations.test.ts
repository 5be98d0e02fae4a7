import { describe, expect, test } from "vitest";
import { BENCH_AS_OF, generateLibrary } from "../../bench/generate.ts";
import { withGermanTranslations } from "../../bench/translations.ts";
import { checkLibrary } from "../../src/core/check.ts";
import { translationOverview } from "../../src/core/translations/overview.ts";

describe("the benchmark's second language", () => {
  const files = withGermanTranslations(generateLibrary({ sheets: 20, seed: 7 }));
  const { library, translations, problems } = checkLibrary(
    files.map((file) => ({ path: file.path, bytes: new TextEncoder().encode(file.text) })),
    { asOf: BENCH_AS_OF },
  );

  test("is a library the checker accepts without a single problem", () => {
    expect(problems).toEqual([]);
  });

  test("has an approved German translation of every sheet, its figures written the German way", () => {
    const [german] = translationOverview(library!, translations!);
    expect(german!.locale.code).toBe("de");
    expect(german!.sheets.map((sheet) => sheet.state)).toEqual(Array(20).fill("approved"));
    const claims = translations!.flatMap((entry) => entry.translation.claims.map((c) => c.text));
    expect(claims.some((text) => /\d,\d/.test(text))).toBe(true);
    expect(claims.some((text) => /\d\.\d/.test(text))).toBe(false);
  });
});
