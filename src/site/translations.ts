import {
  buildableTranslations,
  type BuildableTranslation,
} from "../core/translations/buildable.ts";
import { translationOverview, type LocaleOverview } from "../core/translations/overview.ts";
import { asOfOption } from "../library/as-of.ts";
import { buildCheck } from "../library/build-check.ts";
import { contentDir } from "./content-dir.ts";
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
