// The part of Pagefind's browser API (dist/pagefind/pagefind.js, written at build time) that the
// search dialog uses. Pagefind ships no types for the generated bundle.

export interface PagefindOptions {
  metaCacheTag?: string;
  excerptLength?: number;
}

export type PagefindFilters = Record<string, string>;

/** An element with an id on the page; `location` is the word it stands before. */
interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text: the word at a match's `location` is its whitespace-separated word. */
  content?: string;
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

/** Every value of each filter, with how many pages have it. */
type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  filters(): Promise<PagefindFilterCounts>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
}

/** Loads the bundle at run time: it does not exist when Vite builds the site's scripts. */
export async function loadPagefind(
  bundlePath: string,
  options: PagefindOptions,
): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await pagefind.options(options);
  return pagefind;
}
