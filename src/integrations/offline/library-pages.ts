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

/** Written into the site for src/scripts/keep-library.ts, and precached with the shell. */
export const LIBRARY_LIST_FILE = "offline-library.json";

export interface LibraryList {
  /** The service worker's cache for pages kept as read; this build's own. */
  cache: string;
  /** Addresses not precached, empty when the whole library is. */
  pages: string[];
  /** Their size in bytes. */
  bytes: number;
}
