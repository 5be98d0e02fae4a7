/**
 * Site settings that are not content. The repository is where the library's source lives: every
 * page's "Suggest a change" links edit its file there or open an issue there. Set it once, here.
 */
export const REPOSITORY = {
  url: "https://github.com/northwind-signal/fieldguide",
  branch: "main",
} as const;
