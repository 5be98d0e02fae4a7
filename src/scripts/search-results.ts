// Which search results the rep sees, in which order, and how they are summed up: no DOM, so it is
// unit-tested (tests/scripts/search-results.test.ts); src/scripts/search.ts draws them.
//
// Pagefind ranks pages; a rep wants the claim, the boundary or the ladder that answers, so each
// matching section of a sheet is a result of its own, and all of them are ranked together by the
// words they match. Two rules sit on top of Pagefind's matching, which treats every word typed as
// the start of a longer one:
// - a number or a short token is matched as a whole word: "SOC 2" finds "SOC 2", not "2025",
//   "2.0" or "AES-256"; "99.9" finds "99.9%", not "99.99%";
// - a product's own name in its sections says which product, not what the section is about: for
//   "uptime", the uptime claims outrank Uptime Monitor's claims about check locations; but words
//   typed that name the product count for every section of it that matches another word, so
//   "signal analytics uptime" puts Signal Analytics' own uptime boundary first.
// A typed word also answers for the other words of its group in policy.yaml's synonyms.
import { alternativesOf, type Synonyms } from "../core/text/synonyms.ts";
import {
  expiresOf,
  PAGE_TYPES,
  SEARCH_TYPES,
  SECTION_ORDER,
  sectionTypeOf,
  sheetOutline,
  sheetSections,
  type MatchedWord,
  type SearchType,
} from "../site/search.ts";
import type { PagefindFilters, PagefindResult, PagefindResultData } from "./pagefind-api.ts";

export const MAX_RESULTS = 20;
/** Pages read (one fragment download each) before results are ranked: Pagefind's best ones. */
export const PAGES_RANKED = 20;
/** With a section type chosen, pages without such a section are skipped: read at most this many. */
export const MAX_PAGES_READ = 100;
/** A typed word this short, or holding a digit, is matched as a whole word only. */
const SHORT_TOKEN = 3;
/** How much a match in the product's own name counts, against a match anywhere else. */
const PRODUCT_NAME_WEIGHT = 0.1;

export interface Hit {
  type: SearchType;
  /** The product the section belongs to; none for an onboarding page. */
  product?: string;
  /** A claim's exact wording, a boundary's topic, a role, a talk-track heading, a page title. */
  title: string;
  url: string;
  /** A claim's last approved day, as the index has it: the device marks it from the day after. */
  expires?: string;
  /** Pagefind's excerpt, HTML with only the words that really match in <mark>. */
  excerpt: string;
  /** How many of the typed words it matches, how many of those only its product's name answers, how well. */
  wordsMatched: number;
  named: number;
  score: number;
}

export interface Found {
  /** The best results, at most MAX_RESULTS. */
  hits: Hit[];
  /** How many sections matched in the pages read. */
  matched: number;
  /** Pages read to find them: fewer than all when enough were found. */
  read: number;
}

/** The words of a search as they are compared: lowercase, without surrounding punctuation. */
export function searchWords(term: string): string[] {
  return [
    ...new Set(
      term
        .split(/\s+/)
        .map(normalize)
        .filter((word) => word !== ""),
    ),
  ];
}

function normalize(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/**
 * Whether a word of the page answers a typed word. A number or short token must be the whole word
 * or a whole part of it ("AES-256" answers "256", "2.0" does not answer "2"), in the singular or
 * plural; a longer word may begin it, as Pagefind matches it ("uptime" answers "upti").
 */
export function answers(typed: string, pageWord: string): boolean {
  const word = normalize(pageWord);
  const parts = [word, ...word.split(/[-/:]/)];
  if (typed.length <= SHORT_TOKEN || /\d/.test(typed)) {
    return parts.some((part) => part === typed || part === `${typed}s`);
  }
  // Pagefind stems what it indexes ("approve" finds "approval"): any match sharing the stem counts.
  const stem = typed.slice(0, Math.max(SHORT_TOKEN + 1, typed.length - 2));
  return parts.some((part) => part.startsWith(stem));
}

/** The excerpt with the <mark> taken off words that do not answer any typed word. */
export function markedExcerpt(excerpt: string, words: string[]): string {
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (marked: string, text: string) =>
    words.some((word) => answers(word, text)) ? marked : text,
  );
}

interface Section {
  type: SearchType;
  title: string;
  url: string;
  excerpt: string;
  words: MatchedWord[];
}

/** A sheet's sections, or an onboarding page as one whole. */
function sectionsOf(data: PagefindResultData): Section[] {
  if (isProductSheet(data)) return sheetSections(data);
  const title = data.meta.title ?? data.url;
  return [
    {
      type: SEARCH_TYPES.onboarding,
      title,
      url: data.url,
      excerpt: data.excerpt,
      words: data.weighted_locations,
    },
  ];
}

/** The sections of one page that match the search, scored by the rules above. */
export function hitsOn(data: PagefindResultData, words: string[], synonyms: Synonyms = []): Hit[] {
  const text = (data.content ?? "").split(/\s+/);
  const product = isProductSheet(data) ? data.filters.product?.[0] : undefined;
  const nameWords = searchWords(product ?? "");
  const saying = new Map(words.map((word) => [word, alternativesOf(word, synonyms)]));
  const answersAny = (word: string, pageWord: string) =>
    saying.get(word)!.some((alternative) => answers(alternative, pageWord));
  const naming = words.filter((word) => nameWords.some((name) => answers(word, name)));
  const inName = (location: number): boolean =>
    nameWords.some((_, start) => {
      const first = location - start;
      return nameWords.every((name, index) => normalize(text[first + index] ?? "") === name);
    });
  return sectionsOf(data).flatMap((section) => {
    const matched = new Set<string>();
    /** Words the section answers itself, outside the product's name. */
    const topical = new Set<string>();
    let score = 0;
    for (const { location, balanced_score } of section.words) {
      const answered = words.filter((word) => answersAny(word, text[location] ?? ""));
      if (answered.length === 0) continue;
      const name = inName(location);
      for (const word of answered) {
        matched.add(word);
        if (!name) topical.add(word);
      }
      score += balanced_score * (name ? PRODUCT_NAME_WEIGHT : 1);
    }
    if (matched.size === 0) return [];
    const named = topical.size > 0 ? naming.filter((word) => !topical.has(word)) : [];
    for (const word of named) matched.add(word);
    return [
      {
        type: section.type,
        product,
        title: section.title,
        url: section.url,
        ...(isProductSheet(data) ? dated(expiresOf(data.meta, section.url)) : {}),
        excerpt: markedExcerpt(section.excerpt, [...saying.values()].flat()),
        wordsMatched: matched.size,
        named: named.length,
        score,
      },
    ];
  });
}

const dated = (expires: string | undefined) => (expires === undefined ? {} : { expires });

/** Most typed words matched first, then those naming its product, the best score, guardrails before prose. */
export function rankHits(hits: Hit[]): Hit[] {
  const order = (hit: Hit) => SECTION_ORDER.indexOf(hit.type);
  return hits
    .map((hit, index) => ({ hit, index }))
    .sort(
      (a, b) =>
        b.hit.wordsMatched - a.hit.wordsMatched ||
        b.hit.named - a.hit.named ||
        b.hit.score - a.hit.score ||
        order(a.hit) - order(b.hit) ||
        a.index - b.index,
    )
    .map(({ hit }) => hit);
}

/**
 * The best results for the words typed and the type chosen. Without a type, Pagefind's first pages
 * are read and their sections ranked; with a section type, pages are read until enough such
 * sections are found.
 */
export async function matchingResults(
  results: readonly PagefindResult[],
  term: string,
  type: string | undefined,
  synonyms: Synonyms = [],
): Promise<Found> {
  const words = searchWords(term);
  const section = sectionTypeOf(type);
  const limit = Math.min(results.length, section === undefined ? PAGES_RANKED : MAX_PAGES_READ);
  const hits: Hit[] = [];
  let read = 0;
  while (read < limit && (read < PAGES_RANKED || hits.length < MAX_RESULTS)) {
    const batch = results.slice(read, read + PAGES_RANKED);
    read += batch.length;
    for (const data of await Promise.all(batch.map((result) => result.data()))) {
      // With no words, only filters: every section of the page, in page order.
      const found = words.length > 0 ? hitsOn(data, words, synonyms) : wholePage(data);
      hits.push(...found.filter((hit) => section === undefined || hit.type === section));
    }
  }
  return { hits: rankHits(hits).slice(0, MAX_RESULTS), matched: hits.length, read };
}

function wholePage(data: PagefindResultData): Hit[] {
  const product = isProductSheet(data) ? data.filters.product?.[0] : undefined;
  const sections = isProductSheet(data) ? sheetOutline(data) : sectionsOf(data);
  return sections.map((section) => ({
    type: section.type,
    product,
    title: section.title,
    url: section.url,
    excerpt: section.excerpt,
    wordsMatched: 0,
    named: 0,
    score: 0,
  }));
}

function isProductSheet(data: PagefindResultData): boolean {
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
  const shown = found.hits.length;
  if (found.read < total) {
    // Only a page that has been read is known to hold a matching section.
    return `${plural(shown)}${what}${within}: the best among the first ${found.read} of ${total} matching pages; add a word or a filter to narrow them.`;
  }
  if (found.matched === 0) return `No results${what}${within}.`;
  const more =
    found.matched > shown
      ? ` Showing the best ${shown}; add a word or a filter to narrow them.`
      : "";
  return `${plural(found.matched)}${what}${within}.${more}`;
}

function plural(count: number): string {
  return count === 1 ? "1 result" : `${count} results`;
}
