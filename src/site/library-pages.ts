/**
 * The pages that grow with the library: one per sheet, and the pages of the library-wide lists.
 * A library over the offline budget precaches everything else and keeps these as they are read.
 * Paths are relative to the site, as Workbox lists them: `products/edge-shield/index.html`.
 */
const LIBRARY_PAGES = [
  /^products\/[^/]+\/index\.html$/,
  /^claims\/\d+\/index\.html$/,
  /^promises\/[^/]+\/(?:\d+\/)?index\.html$/,
  /^roles\/[^/]+\/(?:\d+\/)?index\.html$/,
  /^categories\/[^/]+\/(?:\d+\/)?index\.html$/,
];

export function isLibraryPage(path: string): boolean {
  return LIBRARY_PAGES.some((pattern) => pattern.test(path));
}

/** `products/edge-shield/index.html` → `/products/edge-shield/`, the address a reader opens. */
export function pageUrl(path: string, base: string): string {
  return `${base.replace(/\/$/, "")}/${path.replace(/index\.html$/, "")}`;
}

/**
 * Written into the site for src/scripts/keep-library.ts and precached with the shell: the summary
 * is read on every visit to the home page, the list (thousands of addresses in a large library)
 * only when the reader asks to keep the whole library.
 */
export const LIBRARY_SUMMARY_FILE = "offline-library.json";
export const LIBRARY_LIST_FILE = "offline-library-pages.json";

export interface LibrarySummary {
  /** The service worker's cache for pages kept as read; this build's own. */
  cache: string;
  /** How many pages are not precached (0 when the whole library is), and their size in bytes. */
  pages: number;
  bytes: number;
}

/** The addresses of the pages not precached. */
export type LibraryList = string[];
