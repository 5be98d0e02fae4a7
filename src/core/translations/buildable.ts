import { isDraft, scopeProduct, sheetReaches, type Audience } from "../guardrails/audience.ts";
import type { Library, SheetEntry } from "../source/library.ts";
import type { Locale } from "../schema/policy.ts";
import type { TranslationEntry } from "./read.ts";
import { translationStatus, type ItemStatus } from "./status.ts";

/** One sheet in one language, as a build for one audience may show it. */
export interface BuildableTranslation {
  locale: Locale;
  /** The source sheet as this audience sees it (src/core/guardrails/audience.ts scopeProduct). */
  sheet: SheetEntry;
  /**
   * Each item of that sheet: only an `approved` one is shown translated. A claim or boundary
   * withheld from the audience is no item at all, so its translation never reaches the build.
   */
  items: ItemStatus[];
}

/**
 * Every translation a build for `audience` may use, per language and published sheet: the one list
 * the translated pages and the draft checker's language data are made from. A draft sheet is in no
 * build, and a sheet, claim or boundary the audience may not see has no translation in its build,
 * whatever the translation file holds. Standing is the source item's: a translated claim has the
 * source claim's address, so a withdrawal or an expiry in /withdrawals.json applies to it as is.
 */
export function buildableTranslations(
  library: Library,
  translations: readonly TranslationEntry[],
  audience: Audience,
): BuildableTranslation[] {
  const { policy } = library.policy;
  const published = library.sheets
    .filter(({ product }) => !isDraft(product) && sheetReaches(product, audience))
    .map((sheet) => ({
      ...sheet,
      product: scopeProduct(sheet.product, audience, policy.partners),
    }));
  return policy.locales.flatMap((locale) =>
    published.map((sheet) => {
      const translation = translations.find(
        (entry) => entry.locale === locale.code && entry.slug === sheet.slug,
      );
      return {
        locale,
        sheet,
        items: translationStatus(sheet, translation, policy.language).items,
      };
    }),
  );
}

/** The approved translated text of each claim, by claim id, in one language. */
export function approvedClaimTexts(
  buildable: readonly BuildableTranslation[],
  locale: string,
): Map<string, string> {
  return new Map(
    buildable
      .filter((entry) => entry.locale.code === locale)
      .flatMap(({ items }) =>
        items.flatMap((item) =>
          item.source.kind === "claim" && item.state === "approved" && item.translated
            ? [[item.source.key, item.translated.texts[0]!] as const]
            : [],
        ),
      ),
  );
}
