import { describe, expect, test } from "vitest";
import type { PagefindResult, PagefindResultData } from "../../src/scripts/pagefind-api.ts";
import {
  MAX_PAGES_READ,
  MAX_RESULTS,
  matchingResults,
  summary,
  type Found,
} from "../../src/scripts/search-results.ts";
import { claimAnchor, promiseAnchor, TALK_TRACK_ANCHOR } from "../../src/site/paths.ts";
import { PAGE_TYPES, SEARCH_TYPES } from "../../src/site/search.ts";

/** What Pagefind returns for one page, matching in the sections with these ids. */
function page(number: number, type: string, matchingIds: string[]): PagefindResultData {
  const anchors = [
    { element: "h3", id: claimAnchor(`claim-${number}`), location: 10 },
    { element: "h3", id: promiseAnchor("SLA"), location: 20 },
    { element: "h2", id: TALK_TRACK_ANCHOR, location: 30 },
  ];
  return {
    url: `/products/product-${number}/`,
    excerpt: "",
    meta: { title: `Product ${number}` },
    filters: { type: [type] },
    anchors,
    sub_results: matchingIds.map((id) => ({
      title: id,
      url: `/products/product-${number}/#${id}`,
      excerpt: "",
      anchor: anchors.find((anchor) => anchor.id === id),
      weighted_locations: [{ weight: 1, balanced_score: 1, location: 0 }],
    })),
  };
}

/** Pagefind's result list, counting the fragments the page downloads (one per data() call). */
function results(pages: PagefindResultData[]): { list: PagefindResult[]; read: () => number } {
  let read = 0;
  const list = pages.map((data, index) => ({
    id: String(index),
    data: async () => {
      read++;
      return data;
    },
  }));
  return { list, read: () => read };
}

const sheetWithClaim = (number: number) =>
  page(number, PAGE_TYPES.productSheet, [claimAnchor(`claim-${number}`)]);
const sheetWithPromise = (number: number) =>
  page(number, PAGE_TYPES.productSheet, [promiseAnchor("SLA")]);

describe("matchingResults", () => {
  test("without a type, shows the first results and downloads no more than it shows", async () => {
    const found = results(Array.from({ length: 50 }, (_, index) => sheetWithPromise(index)));
    const { shown, read } = await matchingResults(found.list, undefined);
    expect(shown).toHaveLength(MAX_RESULTS);
    expect(read).toBe(MAX_RESULTS);
    expect(found.read()).toBe(MAX_RESULTS);
    expect(shown[0]!.sections.map((section) => section.type)).toEqual([SEARCH_TYPES.promise]);
  });

  test("narrowed to claims, skips sheets without a matching claim and reads on to fill the list", async () => {
    // Every third sheet matches in a claim; the others only in a promise boundary.
    const pages = Array.from({ length: 90 }, (_, index) =>
      index % 3 === 0 ? sheetWithClaim(index) : sheetWithPromise(index),
    );
    const { shown, read } = await matchingResults(results(pages).list, SEARCH_TYPES.claim);
    expect(shown).toHaveLength(MAX_RESULTS);
    expect(shown.map(({ data }) => data.url)).toEqual(
      Array.from({ length: MAX_RESULTS }, (_, index) => `/products/product-${index * 3}/`),
    );
    expect(
      shown.every(({ sections }) => sections.every((s) => s.type === SEARCH_TYPES.claim)),
    ).toBe(true);
    expect(read).toBeLessThan(pages.length);
  });

  test("stops reading after a bounded number of pages when few hold the chosen type", async () => {
    const pages = Array.from({ length: 500 }, (_, index) =>
      index === 450 ? sheetWithClaim(index) : sheetWithPromise(index),
    );
    const found = results(pages);
    const { shown, read } = await matchingResults(found.list, SEARCH_TYPES.claim);
    expect(shown).toEqual([]);
    expect(read).toBe(MAX_PAGES_READ);
    expect(found.read()).toBe(MAX_PAGES_READ);
  });

  test("onboarding pages are results of their own, with no sheet sections", async () => {
    const onboarding = page(1, PAGE_TYPES.onboarding, []);
    const { shown } = await matchingResults(results([onboarding]).list, SEARCH_TYPES.onboarding);
    expect(shown).toEqual([{ data: onboarding, sections: [] }]);
  });
});

describe("summary", () => {
  const showing = (count: number, read = count): Found => ({
    shown: Array.from({ length: count }, (_, index) => ({
      data: sheetWithClaim(index),
      sections: [],
    })),
    read,
  });

  test("says when nothing matches, with the words and filters searched", () => {
    expect(summary(0, showing(0), "uptime", { product: "Edge Shield" })).toBe(
      "No results for “uptime”, narrowed to Edge Shield.",
    );
  });

  test("counts every matching page, and says when only the first are shown", () => {
    expect(summary(1, showing(1), "uptime", {})).toBe("1 result for “uptime”.");
    expect(summary(45, showing(20), "uptime", {})).toBe(
      "45 results for “uptime”. Showing the first 20; add a word or a filter to narrow them.",
    );
  });

  test("narrowed to a section type, counts the pages that hold one", () => {
    expect(summary(30, showing(4, 30), "uptime", { type: SEARCH_TYPES.claim })).toBe(
      "4 results for “uptime”, narrowed to Claim.",
    );
  });

  test("narrowed to a section type with pages left unread, says how many were read", () => {
    expect(summary(340, showing(12, 100), "uptime", { type: SEARCH_TYPES.claim })).toBe(
      "12 results for “uptime”, narrowed to Claim among the first 100 of 340 matching pages; add a word or a filter to narrow them.",
    );
  });
});
