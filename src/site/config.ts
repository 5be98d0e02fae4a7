/**
 * Site settings that are not content. The repository is where the library's source lives: every
 * page's "Suggest a change" links edit its file there or open an issue there. Set it once, here.
 */
export const REPOSITORY = {
  url: "https://github.com/northwind-signal/fieldguide",
  branch: "main",
} as const;

/**
 * Offline: a library up to this size is precached whole on the first visit. Above it, the first
 * visit precaches the shell, search index, checkers and guardrail data; sheets and list pages are
 * kept as they are read, and "Keep the whole library on this device" fetches the rest. Test builds
 * set FIELDGUIDE_OFFLINE_BUDGET_MB to try the large-library mode on a small library.
 */
export const OFFLINE_BUDGET_MB = 100;
