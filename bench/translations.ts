// A second language for a generated library: policy.yaml gains a `de` locale, and every sheet an
// approved German "translation" (the source texts with every figure written the German way, so
// the checker compares real figures), stamped by the same code as `npm run translate -- approve`.
import { checkLibrary } from "../src/core/check.ts";
import type { SheetEntry } from "../src/core/source/index.ts";
import type { Problem } from "../src/core/problem.ts";
import type { Locale } from "../src/core/schema/index.ts";
import {
  formatFigures,
  numbersIn,
  readTranslations,
  approveTranslation,
  scaffoldTranslation,
} from "../src/core/translations/index.ts";
import { BENCH_AS_OF, type GeneratedFile } from "./generate.ts";

const LOCALE: Locale = {
  code: "de",
  title: "Deutsch",
  owner: "legal-de@bench.example",
  forbidden: [
    { phrase: "risikofrei", why: "Kein Vertrag ist risikofrei." },
    { phrase: "garantierter Ertrag", why: "Wir sagen keine finanziellen Ergebnisse zu." },
  ],
};

/** `files` (a generated library) with the `de` locale and an approved translation of every sheet. */
export function withGermanTranslations(files: readonly GeneratedFile[]): GeneratedFile[] {
  const encoder = new TextEncoder();
  const { library } = checkLibrary(
    files.map((file) => ({ path: file.path, bytes: encoder.encode(file.text) })),
    { asOf: BENCH_AS_OF },
  );
  if (!library) throw new Error("the generated library cannot be read");
  const translations = library.sheets.map((sheet) => {
    const path = `translations/de/${sheet.slug}.mdx`;
    const draft = scaffoldTranslation(germanFigures(sheet), LOCALE, "en", BENCH_AS_OF);
    const problems: Problem[] = [];
    const [entry] = readTranslations([{ path, bytes: encoder.encode(draft) }], problems);
    if (!entry) throw new Error(`${path}: ${problems[0]?.message}`);
    return { path, text: approveTranslation(draft, sheet, entry, "en", BENCH_AS_OF) };
  });
  const forbidden = LOCALE.forbidden
    .map((rule) => `      - phrase: ${rule.phrase}\n        why: ${rule.why}\n`)
    .join("");
  return files
    .map((file) =>
      file.path === "policy.yaml"
        ? {
            ...file,
            text: `${file.text}language: en\nlocales:\n  - code: ${LOCALE.code}\n    title: ${LOCALE.title}\n    owner: ${LOCALE.owner}\n    forbidden:\n${forbidden}`,
          }
        : file,
    )
    .concat(translations);
}

/** The sheet with every decimal or grouped figure written as German writes it: 99.9 → 99,9. */
function germanFigures(sheet: SheetEntry): SheetEntry {
  const german = (text: string) => {
    let result = "";
    let at = 0;
    for (const number of numbersIn(text, "en")) {
      if (!/[.,]/.test(number.written)) continue;
      result += text.slice(at, number.start) + formatFigures([number.value], "de");
      at = number.end;
    }
    return result + text.slice(at);
  };
  const { product } = sheet;
  return {
    ...sheet,
    body: german(sheet.body),
    product: {
      ...product,
      title: german(product.title),
      summary: german(product.summary),
      claims: product.claims.map((claim) => ({ ...claim, text: german(claim.text) })),
      promises: product.promises.map((promise) => ({
        ...promise,
        may: german(promise.may),
        mayNot: promise.mayNot.map(german),
      })),
    },
  };
}
