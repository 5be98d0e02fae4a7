import { translationOverview, type LocaleOverview } from "../core/translations/overview.ts";
import { asOfOption } from "../library/as-of.ts";
import { checkContentFolder } from "../library/check-folder.ts";
import { contentDir } from "../library/content-dir.ts";
import { oncePerBuild } from "./library.ts";

/**
 * Per language and sheet, what is approved and what reps see in the source wording. Translations
 * are not a content collection: they are read as the checker reads them, which the build has
 * already passed.
 */
export const loadTranslationOverview: () => Promise<LocaleOverview[]> = oncePerBuild(async () => {
  const { library, translations } = await checkContentFolder(contentDir, asOfOption(undefined));
  return library && translations ? translationOverview(library, translations) : [];
});
