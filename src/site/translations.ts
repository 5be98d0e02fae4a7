import { translationOverview, type LocaleOverview } from "../core/translations/overview.ts";
import { asOfOption } from "../library/as-of.ts";
import { buildCheck } from "../library/build-check.ts";
import { contentDir } from "./content-dir.ts";
import { oncePerBuild } from "./library.ts";

/**
 * Per language and sheet, what is approved and what reps see in the source wording. Translations
 * are not a content collection: they come from the build's one check, which they have passed.
 */
export const loadTranslationOverview: () => Promise<LocaleOverview[]> = oncePerBuild(async () => {
  const { library, translations } = await buildCheck(contentDir, asOfOption(undefined));
  return library && translations ? translationOverview(library, translations) : [];
});
