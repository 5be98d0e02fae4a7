// Which search results the home page shows, and how it sums them up: no DOM, so it is unit-tested
// (tests/scripts/search-results.test.ts); src/scripts/search.ts draws them.
import { PAGE_TYPES, sectionTypeOf, sheetSections, type SheetSection } from "../site/search.ts";
import type { PagefindFilters, PagefindResult, PagefindResultData } from "./pagefind-api.ts";

export const MAX_RESULTS = 20;
/** With a section type chosen, pages without such a section are skipped: read at most this many. */
export const MAX_PAGES_READ = 100;

export interface Shown {
  data: PagefindResultData;
  sections: SheetSection[];
}

export interface Found {
  shown: Shown[];
  /** Pages read to find them: fewer than all when enough were found. */
  read: number;
}

/**
 * The first results to show for the type the rep chose, each with its matching sections. Narrowed
 * to claims, promises or talk track, a sheet without such a section is read but not shown.
 */
export async function matchingResults(
  results: readonly PagefindResult[],
  type: string | undefined,
): Promise<Found> {
  const section = sectionTypeOf(type);
  const shown: Shown[] = [];
  let read = 0;
  const limit = section === undefined ? MAX_RESULTS : MAX_PAGES_READ;
  while (shown.length < MAX_RESULTS && read < Math.min(results.length, limit)) {
    const batch = results.slice(read, read + MAX_RESULTS - shown.length);
    read += batch.length;
    for (const data of await Promise.all(batch.map((result) => result.data()))) {
      const sections = isProductSheet(data)
        ? sheetSections(data).filter((found) => section === undefined || found.type === section)
        : [];
      if (section === undefined || sections.length > 0) shown.push({ data, sections });
    }
  }
  return { shown, read };
}

export function isProductSheet(data: PagefindResultData): boolean {
  return data.filters.type?.includes(PAGE_TYPES.productSheet) ?? false;
}

export function summary(
  total: number,
  found: Found,
  term: string,
  filters: PagefindFilters,
): string {
  const what = term === "" ? "" : ` for “${term}”`;
  const narrowed = Object.values(filters);
  const within = narrowed.length > 0 ? `, narrowed to ${narrowed.join(", ")}` : "";
  const shown = found.shown.length;
  const plural = (count: number) => (count === 1 ? "1 result" : `${count} results`);
  if (sectionTypeOf(filters.type) !== undefined && found.read < total) {
    // Only a page that has been read is known to hold a section of the chosen type.
    return `${plural(shown)}${what}${within} among the first ${found.read} of ${total} matching pages; add a word or a filter to narrow them.`;
  }
  const count = sectionTypeOf(filters.type) === undefined ? total : shown;
  if (count === 0) return `No results${what}${within}.`;
  const more =
    count > shown ? ` Showing the first ${shown}; add a word or a filter to narrow them.` : "";
  return `${plural(count)}${what}${within}.${more}`;
}
