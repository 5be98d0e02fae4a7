// How pages take part in search. Pagefind indexes only elements marked `data-pagefind-body`, so a
// page without one (home, checkers, the library-wide lists) is never a result.
//
// A product sheet is one page in the index, not one per claim and per boundary: the index, and so
// what a first search downloads, grows with pages. Pagefind splits a page into sections at headings
// with an id, and a sheet's ids say what each section is (src/site/paths.ts), so a result can still
// show the matching claim or boundary itself and the type filter can still narrow to claims.
import {
  claimAnchor,
  CLAIM_ANCHOR_PREFIX,
  LADDER_ANCHOR,
  PROMISE_ANCHOR_PREFIX,
  ROLE_ANCHOR_PREFIX,
  TALK_TRACK_ANCHOR,
} from "./paths.ts";

/** What a rep can narrow a search to. */
export const SEARCH_TYPES = {
  claim: "Claim",
  promise: "Promise",
  ladder: "Discount ladder",
  role: "Approver",
  talkTrack: "Talk track",
  onboarding: "Onboarding",
} as const;
export type SearchType = (typeof SEARCH_TYPES)[keyof typeof SEARCH_TYPES];

/** What a rep can narrow to in a build: partner builds hold no ladders, so no approvers either. */
export function searchTypes(internal: boolean): SearchType[] {
  const ladderTypes: SearchType[] = [SEARCH_TYPES.ladder, SEARCH_TYPES.role];
  return Object.values(SEARCH_TYPES).filter((type) => internal || !ladderTypes.includes(type));
}

/** What search finds, as its field and buttons say it: ladders only in a build that has them. */
export function searchPrompt(internal: boolean): { label: string; placeholder: string } {
  return internal
    ? {
        label: "Search claims, promises, ladders and talk tracks",
        placeholder: "Search claims, promises, ladders…",
      }
    : {
        label: "Search claims, promises and talk tracks",
        placeholder: "Search claims, promises, talk tracks…",
      };
}

/** The kinds of page, as Pagefind's `type` filter files them. */
export const PAGE_TYPES = { productSheet: "Product sheet", onboarding: "Onboarding" } as const;
export type PageType = (typeof PAGE_TYPES)[keyof typeof PAGE_TYPES];

/**
 * Where the pages that carry `indexedAs()` live. Pagefind reads only these folders: the library-wide
 * lists hold megabytes of HTML at 1,000 sheets that it would parse for nothing.
 */
const INDEXED_FOLDERS = ["products", "onboarding"] as const;

/** The indexed folders with each language's sheets (/de/products/); onboarding stays in the source. */
export function indexedFolders(locales: readonly string[]): string[] {
  return [...INDEXED_FOLDERS, ...locales.map((locale) => `${locale}/products`)];
}

/** Guardrail text outranks talk-track prose (weight 1, Pagefind's default; headings get 5 to 7). */
export const SEARCH_WEIGHTS = { claim: 10, promise: 8, ladder: 8, role: 10 } as const;

export interface SearchScope {
  type: PageType;
  product?: string;
  category?: string;
  /** The sheet's claims: the last approved day of each dated one goes into the index. */
  claims?: readonly { id: string; expires?: string | undefined }[];
}

/**
 * Attributes for the element holding a page's searchable text: it marks the text for indexing and
 * files the page under its type, product and category filters.
 */
export function indexedAs({
  type,
  product,
  category,
  claims,
}: SearchScope): Record<string, string> {
  const values: [string, string | undefined][] = [
    ["type", type],
    ["product", product],
    ["category", category],
  ];
  const present = values.filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    "data-pagefind-body": "",
    "data-pagefind-filter": present.map(([name]) => `${name}[data-search-${name}]`).join(", "),
    ...Object.fromEntries(present.map(([name, value]) => [`data-search-${name}`, value])),
    ...expiresMeta(claims ?? []),
  };
}

/**
 * A result shows a claim away from its page, and the index is as old as the build: its dates go
 * with it (`<anchor>=<day> …`, one meta of the page) so a device marks it expired from the day
 * after, offline too, without reading /withdrawals.json.
 */
function expiresMeta(claims: NonNullable<SearchScope["claims"]>): Record<string, string> {
  const dated = claims.flatMap(({ id, expires }) =>
    expires === undefined ? [] : [`${claimAnchor(id)}=${expires}`],
  );
  if (dated.length === 0) return {};
  return {
    "data-pagefind-meta": "expires[data-search-expires]",
    "data-search-expires": dated.join(" "),
  };
}

/** The last approved day of the claim a result's `url` points at, from its page's meta. */
export function expiresOf(
  meta: Record<string, string | undefined>,
  url: string,
): string | undefined {
  const anchor = decodeURIComponent(url.split("#")[1] ?? "");
  if (!anchor.startsWith(CLAIM_ANCHOR_PREFIX)) return undefined;
  const entry = meta.expires?.split(" ").find((dated) => dated.startsWith(`${anchor}=`));
  return entry?.slice(anchor.length + 1);
}

/** The page type a rep's choice searches: claims, promises and talk tracks live on product sheets. */
export function pageTypeOf(type: SearchType): PageType {
  return type === SEARCH_TYPES.onboarding ? PAGE_TYPES.onboarding : PAGE_TYPES.productSheet;
}

/** The rep's choice when it is a part of product sheets (a section), not pages of their own. */
export function sectionTypeOf(type: string | undefined): SearchType | undefined {
  const chosen = type as SearchType | undefined;
  return chosen !== undefined && pageTypeOf(chosen) === PAGE_TYPES.productSheet
    ? chosen
    : undefined;
}

/** The parts of Pagefind's result data that locate a match on its page. */
interface Anchor {
  id: string;
  location: number;
}
export interface PageMatches {
  anchors: Anchor[];
  sub_results: {
    title: string;
    url: string;
    excerpt: string;
    anchor?: Anchor;
    /** Every matching word of the section: where it is on the page, and how well it matches. */
    weighted_locations: MatchedWord[];
  }[];
}

export interface MatchedWord {
  /** The word's place in the page's text, counting whitespace-separated words from 0. */
  location: number;
  balanced_score: number;
}

export interface SheetSection {
  type: SearchType;
  title: string;
  url: string;
  /** Pagefind's excerpt: HTML with the matching words in <mark>. */
  excerpt: string;
  words: MatchedWord[];
}

/** The order of a sheet's sections when they match equally well: guardrails before prose. */
export const SECTION_ORDER: SearchType[] = [
  SEARCH_TYPES.claim,
  SEARCH_TYPES.promise,
  SEARCH_TYPES.ladder,
  SEARCH_TYPES.role,
  SEARCH_TYPES.talkTrack,
];

/**
 * A product sheet's matching sections, claims first, then promise boundaries, the ladder and its
 * approvers, then talk track, and
 * within each the best match first (a section that matches every word of "points of presence"
 * before one that only has "of"). A match in the sheet's summary or in a section heading belongs
 * to none of them and is left out.
 */
export function sheetSections(matches: PageMatches): SheetSection[] {
  const typeOf = sectionTyper(matches.anchors);
  const rank = (section: SheetSection) => SECTION_ORDER.indexOf(section.type);
  return matches.sub_results
    .flatMap((sub) => {
      const type = sub.anchor && typeOf(sub.anchor);
      if (!type) return [];
      const score = sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
      const { title, url, excerpt, weighted_locations: words } = sub;
      return [{ score, section: { type, title, url, excerpt, words } }];
    })
    .sort((a, b) => rank(a.section) - rank(b.section) || b.score - a.score)
    .map(({ section }) => section);
}

/**
 * Every section of a sheet in page order, from its headings: what a search by filters alone lists,
 * as no word was matched. The excerpt is the heading's text, escaped as Pagefind escapes excerpts.
 */
export function sheetOutline(page: {
  url: string;
  anchors: (Anchor & { text?: string })[];
}): SheetSection[] {
  const typeOf = sectionTyper(page.anchors);
  return page.anchors.flatMap((anchor) => {
    const type = typeOf(anchor);
    const title = anchor.text ?? "";
    if (!type || title === "" || anchor.id === TALK_TRACK_ANCHOR) return [];
    const excerpt = title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    return [{ type, title, url: `${page.url}#${anchor.id}`, excerpt, words: [] }];
  });
}

/** What a heading on a sheet opens, told by its id and whether it comes after the talk track's. */
function sectionTyper(anchors: Anchor[]): (anchor: Anchor) => SearchType | undefined {
  const talkTrackStart =
    anchors.find((anchor) => anchor.id === TALK_TRACK_ANCHOR)?.location ?? Infinity;
  return (anchor) => {
    // The talk track is the marketer's MDX, whose headings may have any id.
    if (anchor.location >= talkTrackStart) return SEARCH_TYPES.talkTrack;
    if (anchor.id.startsWith(CLAIM_ANCHOR_PREFIX)) return SEARCH_TYPES.claim;
    if (anchor.id.startsWith(PROMISE_ANCHOR_PREFIX)) return SEARCH_TYPES.promise;
    if (anchor.id === LADDER_ANCHOR) return SEARCH_TYPES.ladder;
    if (anchor.id.startsWith(ROLE_ANCHOR_PREFIX)) return SEARCH_TYPES.role;
    return undefined;
  };
}
