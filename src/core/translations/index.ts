// translations/: approved translations and what makes them stale.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { buildableTranslations } from "./buildable.ts";
export type { BuildableTranslation } from "./buildable.ts";
export { draftLanguage } from "./draft-language.ts";
export { describeItem } from "./items.ts";
export { languageName, localizedSheet, shownItem } from "./localized-sheet.ts";
export type { LocalizedSheet, ShownItem } from "./localized-sheet.ts";
export { madeStale } from "./made-stale.ts";
export type { MadeStale } from "./made-stale.ts";
export { formatFigures, numbersIn } from "./numbers.ts";
export { translationOverview } from "./overview.ts";
export type { LocaleOverview } from "./overview.ts";
export { TRANSLATIONS_DIR, readTranslations } from "./read.ts";
export { describeStatus } from "./status.ts";
export { approveTranslation, scaffoldTranslation } from "./write.ts";
