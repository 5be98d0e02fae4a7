import { describe, expect, test } from "vitest";
import {
  claimAnchor,
  LADDER_ANCHOR,
  promiseAnchor,
  roleAnchor,
  TALK_TRACK_ANCHOR,
} from "../../src/site/paths.ts";
import {
  indexedAs,
  PAGE_TYPES,
  pageTypeOf,
  SEARCH_TYPES,
  searchTypes,
  sectionTypeOf,
  sheetOutline,
  sheetSections,
  type PageMatches,
} from "../../src/site/search.ts";

/** A sheet's anchors in page order, as Pagefind reports them: the word each one stands before. */
const anchors = [
  { id: claimAnchor("edge-shield-owasp"), location: 26 },
  { id: claimAnchor("edge-shield-pops"), location: 82 },
  { id: promiseAnchor("Security and compliance"), location: 173 },
  { id: LADDER_ANCHOR, location: 200 },
  { id: roleAnchor("manager"), location: 220 },
  { id: TALK_TRACK_ANCHOR, location: 236 },
  // The talk track is MDX: a marketer's heading can have an id that looks like ours.
  { id: "claim-handling", location: 300 },
  { id: "objection-handling", location: 492 },
];

/** Pagefind's matches on the sheet, in page order, each matching one word (or `words`) of the search. */
function matchesIn(...ids: (string | undefined | [string, number])[]): PageMatches {
  return {
    anchors,
    sub_results: ids.map((match) => {
      const [id, words] = Array.isArray(match) ? match : [match, 1];
      const anchor = anchors.find((candidate) => candidate.id === id);
      return {
        title: id ?? "Edge Shield",
        url: `/products/edge-shield/${id ? `#${id}` : ""}`,
        excerpt: `text of ${id ?? "the summary"}`,
        anchor,
        weighted_locations: Array.from({ length: words }, (_, index) => ({
          location: (anchor?.location ?? 0) + index,
          balanced_score: 100,
        })),
      };
    }),
  };
}

describe("sheetSections", () => {
  test("names each matching section of a sheet by what it is", () => {
    const sections = sheetSections(
      matchesIn(claimAnchor("edge-shield-pops"), promiseAnchor("Security and compliance")),
    );
    expect(sections).toEqual([
      {
        type: SEARCH_TYPES.claim,
        title: claimAnchor("edge-shield-pops"),
        url: `/products/edge-shield/#${claimAnchor("edge-shield-pops")}`,
        excerpt: `text of ${claimAnchor("edge-shield-pops")}`,
        words: [{ location: 82, balanced_score: 100 }],
      },
      {
        type: SEARCH_TYPES.promise,
        title: promiseAnchor("Security and compliance"),
        url: "/products/edge-shield/#promise-security-and-compliance",
        excerpt: "text of promise-security-and-compliance",
        words: [{ location: 173, balanced_score: 100 }],
      },
    ]);
  });

  test("the ladder and each of its approvers are sections of their own", () => {
    const sections = sheetSections(matchesIn(roleAnchor("manager"), LADDER_ANCHOR));
    expect(sections.map((section) => section.type)).toEqual([
      SEARCH_TYPES.ladder,
      SEARCH_TYPES.role,
    ]);
  });

  test("everything after the talk-track heading is talk track, whatever its heading's id", () => {
    const sections = sheetSections(matchesIn(TALK_TRACK_ANCHOR, "claim-handling"));
    expect(sections.map((section) => section.type)).toEqual([
      SEARCH_TYPES.talkTrack,
      SEARCH_TYPES.talkTrack,
    ]);
  });

  test("lists claims first, then promise boundaries, then talk track, each in page order", () => {
    const sections = sheetSections(
      matchesIn(
        "objection-handling",
        promiseAnchor("Security and compliance"),
        claimAnchor("edge-shield-pops"),
        claimAnchor("edge-shield-owasp"),
      ),
    );
    expect(sections.map((section) => section.title)).toEqual([
      claimAnchor("edge-shield-pops"),
      claimAnchor("edge-shield-owasp"),
      promiseAnchor("Security and compliance"),
      "objection-handling",
    ]);
  });

  test("within a type, the section that matches more of the search comes first", () => {
    const sections = sheetSections(
      matchesIn([claimAnchor("edge-shield-owasp"), 1], [claimAnchor("edge-shield-pops"), 3]),
    );
    expect(sections.map((section) => section.title)).toEqual([
      claimAnchor("edge-shield-pops"),
      claimAnchor("edge-shield-owasp"),
    ]);
  });

  test("a match in the summary belongs to no section", () => {
    expect(sheetSections(matchesIn(undefined))).toEqual([]);
  });

  test("a page without a talk-track heading has no talk-track sections", () => {
    const sections = sheetSections({
      ...matchesIn("objection-handling"),
      anchors: anchors.filter((anchor) => anchor.id !== TALK_TRACK_ANCHOR),
    });
    expect(sections).toEqual([]);
  });
});

test("claims, promises, ladders and talk tracks are searched on product sheets, onboarding on its own pages", () => {
  expect(pageTypeOf(SEARCH_TYPES.claim)).toBe(PAGE_TYPES.productSheet);
  expect(pageTypeOf(SEARCH_TYPES.ladder)).toBe(PAGE_TYPES.productSheet);
  expect(pageTypeOf(SEARCH_TYPES.role)).toBe(PAGE_TYPES.productSheet);
  expect(pageTypeOf(SEARCH_TYPES.promise)).toBe(PAGE_TYPES.productSheet);
  expect(pageTypeOf(SEARCH_TYPES.talkTrack)).toBe(PAGE_TYPES.productSheet);
  expect(pageTypeOf(SEARCH_TYPES.onboarding)).toBe(PAGE_TYPES.onboarding);
});

test("only the parts of a sheet narrow a search to sections of product sheets", () => {
  expect(sectionTypeOf(SEARCH_TYPES.claim)).toBe(SEARCH_TYPES.claim);
  expect(sectionTypeOf(SEARCH_TYPES.talkTrack)).toBe(SEARCH_TYPES.talkTrack);
  expect(sectionTypeOf(SEARCH_TYPES.role)).toBe(SEARCH_TYPES.role);
  expect(sectionTypeOf(SEARCH_TYPES.onboarding)).toBeUndefined();
  expect(sectionTypeOf(undefined)).toBeUndefined();
});

test("an indexed page is filed under the filters it has, and only those", () => {
  expect(
    indexedAs({ type: PAGE_TYPES.productSheet, product: "Edge Shield", category: "Security" }),
  ).toEqual({
    "data-pagefind-body": "",
    "data-pagefind-filter":
      "type[data-search-type], product[data-search-product], category[data-search-category]",
    "data-search-type": "Product sheet",
    "data-search-product": "Edge Shield",
    "data-search-category": "Security",
  });
  expect(indexedAs({ type: PAGE_TYPES.onboarding })).toEqual({
    "data-pagefind-body": "",
    "data-pagefind-filter": "type[data-search-type]",
    "data-search-type": "Onboarding",
  });
});

test("a partner build offers no ladder or approver results to narrow to", () => {
  expect(searchTypes(true)).toEqual(Object.values(SEARCH_TYPES));
  expect(searchTypes(false)).toEqual([
    SEARCH_TYPES.claim,
    SEARCH_TYPES.promise,
    SEARCH_TYPES.talkTrack,
    SEARCH_TYPES.onboarding,
  ]);
});

test("searched by filters alone, a sheet lists each of its sections by its heading", () => {
  const headed = anchors.map((anchor) => ({ ...anchor, text: `${anchor.id} & more` }));
  const outline = sheetOutline({ url: "/products/edge-shield/", anchors: headed });
  expect(outline.map((section) => [section.type, section.url])).toEqual([
    [SEARCH_TYPES.claim, `/products/edge-shield/#${claimAnchor("edge-shield-owasp")}`],
    [SEARCH_TYPES.claim, `/products/edge-shield/#${claimAnchor("edge-shield-pops")}`],
    [SEARCH_TYPES.promise, "/products/edge-shield/#promise-security-and-compliance"],
    [SEARCH_TYPES.ladder, `/products/edge-shield/#${LADDER_ANCHOR}`],
    [SEARCH_TYPES.role, `/products/edge-shield/#${roleAnchor("manager")}`],
    [SEARCH_TYPES.talkTrack, "/products/edge-shield/#claim-handling"],
    [SEARCH_TYPES.talkTrack, "/products/edge-shield/#objection-handling"],
  ]);
  expect(outline[0]!.excerpt).toBe(`${claimAnchor("edge-shield-owasp")} &amp; more`);
});
