import type { PaginateFunction } from "astro";

/**
 * How many entries one page of a library-wide list holds. The lists grow with the library (the
 * whole of /claims/ was 4.5 MB of HTML at 1,000 sheets); a page of each stays well under 300 KB
 * whatever the library's size (docs/benchmarks.md), so it opens quickly on a phone.
 */
export const PAGE_SIZE = {
  /** Products with all their claims and evidence. */
  claims: 30,
  /** Products' boundaries on one topic. */
  promises: 50,
  /** Table rows of one role or contact. */
  roles: 100,
  /** Product cards of one category. */
  category: 60,
  /** Rows of content health's dates. */
  dates: 250,
} as const;

/** Per category on the home page and the product list; the rest are on the category's pages. */
export const CATEGORY_PREVIEW = 12;

/** One page of a list, named by the first and last entry it holds ("Aalto – Brisk"). */
interface PageRange {
  number: number;
  href: string;
  first: string;
  last: string;
}

/** The list's pages and where each initial letter starts, so any entry is two clicks away. */
export interface ListIndex {
  pages: PageRange[];
  letters: { letter: string; href: string }[];
}

/** The address of page `number` of a list at `base` ("/claims/"): the first page is the base itself. */
export function pageHref(base: string, number: number): string {
  return number === 1 ? base : `${base}${number}/`;
}

/** Entries must already be in the order they are listed (by title). */
export function listIndex<T>(
  entries: T[],
  pageSize: number,
  base: string,
  title: (entry: T) => string,
): ListIndex {
  const pages: PageRange[] = [];
  const letters: ListIndex["letters"] = [];
  entries.forEach((entry, index) => {
    const number = Math.floor(index / pageSize) + 1;
    const href = pageHref(base, number);
    const name = title(entry);
    if (index % pageSize === 0) pages.push({ number, href, first: name, last: name });
    pages.at(-1)!.last = name;
    const letter = initial(name);
    if (letters.at(-1)?.letter !== letter) letters.push({ letter, href });
  });
  return { pages, letters };
}

function initial(title: string): string {
  const first = title.normalize("NFKD").charAt(0).toUpperCase();
  return /\p{L}/u.test(first) ? first : "#";
}

/**
 * Astro's paginate for a list at `base`, with the list's index on every page. `params` names the
 * route's other parameters (a topic, a role); the rest parameter is the page number, absent on
 * page one.
 */
export function paginateList<T>(
  paginate: PaginateFunction,
  entries: T[],
  options: {
    pageSize: number;
    base: string;
    title: (entry: T) => string;
    params?: Record<string, string>;
    props?: Record<string, unknown>;
  },
) {
  const index = listIndex(entries, options.pageSize, options.base, options.title);
  return paginate(entries, {
    pageSize: options.pageSize,
    params: options.params,
    props: { ...options.props, index },
  });
}
