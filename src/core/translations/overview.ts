import type { Library, SheetEntry } from "../source/library.ts";
import type { Locale } from "../schema/policy.ts";
import type { TranslationEntry } from "./read.ts";
import { translationStatus, type ItemStatus } from "./status.ts";

type SheetState = "approved" | "stale" | "partly translated" | "not translated";

interface SheetOverview {
  slug: string;
  title: string;
  state: SheetState;
  /** Every item that is not approved, for saying what is shown in the source wording. */
  pending: ItemStatus[];
  translation?: TranslationEntry;
}

export interface LocaleOverview {
  locale: Locale;
  sheets: SheetOverview[];
}

/** Per language and sheet: approved, stale, partly or not translated, and what is pending. */
export function translationOverview(
  library: Library,
  translations: readonly TranslationEntry[],
): LocaleOverview[] {
  const { policy } = library.policy;
  return policy.locales.map((locale) => ({
    locale,
    sheets: library.sheets.map((sheet) =>
      sheetOverview(sheet, locale, translations, policy.language),
    ),
  }));
}

function sheetOverview(
  sheet: SheetEntry,
  locale: Locale,
  translations: readonly TranslationEntry[],
  language: string,
): SheetOverview {
  const translation = translations.find(
    (entry) => entry.locale === locale.code && entry.slug === sheet.slug,
  );
  const { items } = translationStatus(sheet, translation, language);
  const pending = items.filter((item) => item.state !== "approved");
  const state: SheetState = !translation
    ? "not translated"
    : pending.length === 0
      ? "approved"
      : pending.some((item) => item.state !== "missing")
        ? "stale"
        : "partly translated";
  return { slug: sheet.slug, title: sheet.product.title, state, pending, translation };
}
