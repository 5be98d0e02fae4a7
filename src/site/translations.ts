import type { Locale } from "../core/schema/index.ts";
import {
  localizedSheet,
  type LocalizedSheet,
  buildableTranslations,
  type BuildableTranslation,
  translationOverview,
  type LocaleOverview,
} from "../core/translations/index.ts";
import { asOfOption } from "../library/as-of.ts";
import { buildCheck } from "../library/build-check.ts";
import { contentDir } from "../library/content-dir.ts";
import { audience, oncePerBuild } from "./library.ts";

/**
 * Translations are not a content collection: they come from the build's one check, which they have
 * passed (src/library/build-check.ts).
 */
const checked = oncePerBuild(() => buildCheck(contentDir, asOfOption(undefined)));

/** Per language and sheet, what is approved and what reps see in the source wording. */
export const loadTranslationOverview: () => Promise<LocaleOverview[]> = oncePerBuild(async () => {
  const { library, translations } = await checked();
  return library && translations ? translationOverview(library, translations) : [];
});

/** Every translation this build's audience may see (src/core/translations/buildable.ts). */
export const loadBuildableTranslations: () => Promise<BuildableTranslation[]> = oncePerBuild(
  async () => {
    const { library, translations } = await checked();
    return library && translations ? buildableTranslations(library, translations, audience) : [];
  },
);

export interface TranslatedSheet {
  locale: Locale;
  slug: string;
  localized: LocalizedSheet;
}

/**
 * Every sheet that has a translation file, in each language it has one in: those get a page of
 * their own. Statuses are judged against the whole sheet; a page shows only the items its build's
 * audience may see (the sheet as the products collection scopes it), so a translated internal-only
 * claim never reaches a partner page.
 */
export const loadTranslatedSheets: () => Promise<TranslatedSheet[]> = oncePerBuild(async () => {
  const { library, translations } = await checked();
  if (!library || !translations) return [];
  const { language, locales } = library.policy.policy;
  const sheets = new Map(library.sheets.map((sheet) => [sheet.slug, sheet]));
  const order = (code: string) => locales.findIndex((locale) => locale.code === code);
  const inOrder = [...translations].sort((a, b) => order(a.locale) - order(b.locale));
  return inOrder.flatMap((entry) => {
    const locale = locales.find((candidate) => candidate.code === entry.locale);
    const sheet = sheets.get(entry.slug);
    if (!locale || !sheet) return [];
    const localized = localizedSheet(sheet, entry, locale, language);
    return [{ locale, slug: entry.slug, localized }];
  });
});

const localesBySlug = oncePerBuild(async () => {
  const bySlug = new Map<string, Locale[]>();
  for (const { slug, locale } of await loadTranslatedSheets())
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), locale]);
  return bySlug;
});

/** The languages a sheet can be read in besides the source, in policy.yaml's order. */
export async function translationsOf(slug: string): Promise<Locale[]> {
  return (await localesBySlug()).get(slug) ?? [];
}
