import { describe, expect, test } from "vitest";
import type { PagefindResult, PagefindResultData } from "../../src/scripts/pagefind-api.ts";
import {
  answers,
  hitsOn,
  markedExcerpt,
  MAX_PAGES_READ,
  MAX_RESULTS,
  matchingResults,
  PAGES_RANKED,
  rankHits,
  searchWords,
  summary,
  type Found,
  type Hit,
} from "../../src/scripts/search-results.ts";
import { claimAnchor, promiseAnchor, TALK_TRACK_ANCHOR } from "../../src/site/paths.ts";
import { indexedAs, PAGE_TYPES, SEARCH_TYPES } from "../../src/site/search.ts";

interface Part {
  id: string;
  text: string;
  /** Pagefind's score for each matching word here: guardrail text is weighted above prose. */
  score?: number;
}

/**
 * What Pagefind returns for a page made of these parts when searched for `typed`: like Pagefind,
 * every word that begins with a typed word matches.
 */
function page(
  url: string,
  type: string,
  parts: Part[],
  typed: string,
  product?: string,
): PagefindResultData {
  const words: string[] = [];
  const anchors = parts.map((part) => {
    const anchor = { element: "h3", id: part.id, location: words.length };
    words.push(...part.text.split(" "));
    return anchor;
  });
  const typedWords = typed.toLowerCase().split(" ");
  const matchesIn = (part: Part, index: number) => {
    const start = anchors[index]!.location;
    return part.text
      .split(" ")
      .map((word, offset) => ({ word: word.toLowerCase(), location: start + offset }))
      .filter(({ word }) => typedWords.some((typedWord) => word.startsWith(typedWord)))
      .map(({ word, location }) => ({
        weight: 1,
        balanced_score: part.score ?? 1,
        location,
        word,
      }));
  };
  const sub_results = parts.flatMap((part, index) => {
    const matched = matchesIn(part, index);
    if (matched.length === 0) return [];
    const marked = part.text
      .split(" ")
      .map((word) =>
        typedWords.some((typedWord) => word.toLowerCase().startsWith(typedWord))
          ? `<mark>${word}</mark>`
          : word,
      )
      .join(" ");
    return [
      {
        title: part.text,
        url: `${url}#${part.id}`,
        excerpt: marked,
        anchor: anchors[index],
        weighted_locations: matched,
      },
    ];
  });
  return {
    url,
    excerpt: sub_results[0]?.excerpt ?? "",
    content: words.join(" "),
    meta: { title: product ?? url },
    filters: { type: [type], ...(product ? { product: [product] } : {}) },
    anchors,
    weighted_locations: sub_results.flatMap((sub) => sub.weighted_locations),
    sub_results,
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

const sheet = (slug: string, product: string, parts: Part[], typed: string) =>
  page(`/products/${slug}/`, PAGE_TYPES.productSheet, parts, typed, product);
const claim = (id: string, text: string): Part => ({ id: claimAnchor(id), text, score: 10 });
const promise = (topic: string, text: string): Part => ({
  id: promiseAnchor(topic),
  text,
  score: 8,
});
const talkTrack = (text: string): Part => ({ id: TALK_TRACK_ANCHOR, text, score: 1 });

describe("answers: numbers and short tokens are whole words", () => {
  test.each([
    ["2", "2", true],
    ["2", "2,", true],
    ["2", "2025", false],
    ["2", "2026.", false],
    ["2", "2.0,", false],
    ["2", "AES-256", false],
    ["256", "AES-256", true],
    ["99.9", "99.9%", true],
    ["99.9", "99.99%", false],
    ["soc", "SOC", true],
    ["soc", "social", false],
    ["sla", "SLAs", true],
    ["upti", "Uptime", true],
    ["approve", "approval", true],
    ["refund", "non-refundable", true],
    ["discount", "ladder", false],
  ])("“%s” is answered by “%s”: %s", (typed, word, expected) => {
    expect(answers(typed, word)).toBe(expected);
  });

  test("the words of a search are compared without case or surrounding punctuation", () => {
    expect(searchWords("  SOC 2, “uptime” SOC ")).toEqual(["soc", "2", "uptime"]);
  });

  test("a word Pagefind marked that does not answer loses its mark", () => {
    expect(
      markedExcerpt("the <mark>SOC</mark> <mark>2</mark> report for <mark>2025</mark>", [
        "soc",
        "2",
      ]),
    ).toBe("the <mark>SOC</mark> <mark>2</mark> report for 2025");
  });
});

describe("hitsOn: each matching section of a sheet is a result", () => {
  const identityGuard = (typed: string) =>
    sheet(
      "identity-guard",
      "Identity Guard",
      [
        claim("soc2", "in the scope of the SOC 2 Type II report for 2025"),
        claim("standards", "supports SAML 2.0 and SCIM 2.0"),
        promise("Security", "Share the SOC 2 report under NDA"),
        talkTrack("Cover standards early in 2026"),
      ],
      typed,
    );

  test("a section that matches only by the start of a number is no result", () => {
    const hits = hitsOn(identityGuard("soc 2"), searchWords("SOC 2"));
    expect(hits.map((hit) => [hit.type, hit.title])).toEqual([
      [SEARCH_TYPES.claim, "in the scope of the SOC 2 Type II report for 2025"],
      [SEARCH_TYPES.promise, "Share the SOC 2 report under NDA"],
    ]);
    expect(hits[0]!.excerpt).toBe(
      "in the scope of the <mark>SOC</mark> <mark>2</mark> Type II report for 2025",
    );
    expect(hits[0]).toMatchObject({ product: "Identity Guard", wordsMatched: 2, score: 20 });
  });

  test("a claim's result carries its last approved day from the index, for the device to mark", () => {
    // What the sheet's page writes, and Pagefind keeps as the page's meta.
    const indexed = indexedAs({
      type: PAGE_TYPES.productSheet,
      claims: [{ id: "soc2", expires: "2029-01-31" }, { id: "standards" }],
    });
    const page = identityGuard("soc 2 saml");
    page.meta.expires = indexed["data-search-expires"];
    expect(hitsOn(page, searchWords("SOC 2 SAML")).map((hit) => [hit.title, hit.expires])).toEqual([
      ["in the scope of the SOC 2 Type II report for 2025", "2029-01-31"],
      ["supports SAML 2.0 and SCIM 2.0", undefined],
      ["Share the SOC 2 report under NDA", undefined],
    ]);
  });

  test("a match in the product's own name counts for little", () => {
    const typed = "uptime";
    const hits = rankHits([
      ...hitsOn(
        sheet(
          "uptime-monitor",
          "Uptime Monitor",
          [claim("locations", "Uptime Monitor runs checks from 22 locations")],
          typed,
        ),
        [typed],
      ),
      ...hitsOn(
        sheet(
          "signal-analytics",
          "Signal Analytics",
          [claim("uptime", "Signal Analytics has delivered 99.9% monthly uptime")],
          typed,
        ),
        [typed],
      ),
    ]);
    expect(hits.map((hit) => hit.product)).toEqual(["Signal Analytics", "Uptime Monitor"]);
  });

  test("a word answers for the other words of its synonym group", () => {
    const synonyms = [["uptime", "availability", "SLA"]];
    const edgeShield = sheet(
      "edge-shield",
      "Edge Shield",
      [promise("SLA", "Commit to 99.99% availability of the edge network")],
      // Search runs the words with each synonym: Pagefind found this page for "availability".
      "availability",
    );
    expect(hitsOn(edgeShield, searchWords("uptime"))).toEqual([]);
    const [hit] = hitsOn(edgeShield, searchWords("uptime"), synonyms);
    expect(hit).toMatchObject({ type: SEARCH_TYPES.promise, wordsMatched: 1 });
    expect(hit!.excerpt).toContain("<mark>availability</mark>");
  });

  test("words naming a product put its own section on the topic first", () => {
    const typed = "signal analytics uptime";
    const hits = rankHits([
      ...hitsOn(
        sheet(
          "signal-dashboards",
          "Signal Dashboards",
          [claim("uptime", "Signal Analytics and Signal Dashboards share 99.9% uptime")],
          typed,
        ),
        searchWords(typed),
      ),
      ...hitsOn(
        sheet(
          "signal-analytics",
          "Signal Analytics",
          [promise("SLA", "Commit to the standard 99.9% monthly uptime SLA")],
          typed,
        ),
        searchWords(typed),
      ),
    ]);
    expect(hits.map((hit) => [hit.product, hit.wordsMatched, hit.named])).toEqual([
      ["Signal Analytics", 3, 2],
      ["Signal Dashboards", 3, 0],
    ]);
  });

  test("an onboarding page is one result, titled as the page", () => {
    const onboarding = page(
      "/onboarding/first-week/who-approves/",
      PAGE_TYPES.onboarding,
      [{ id: "objectives-title", text: "Who approves a discount" }],
      "discount",
    );
    expect(hitsOn(onboarding, ["discount"])).toEqual([
      expect.objectContaining({
        type: SEARCH_TYPES.onboarding,
        title: "/onboarding/first-week/who-approves/",
        url: "/onboarding/first-week/who-approves/",
      }),
    ]);
  });
});

describe("rankHits", () => {
  const hit = (type: Hit["type"], wordsMatched: number, score: number): Hit => ({
    type,
    title: `${type} ${wordsMatched} ${score}`,
    url: "/",
    excerpt: "",
    wordsMatched,
    named: 0,
    score,
  });

  test("more words matched first, then the better score, then guardrails before prose", () => {
    const ranked = rankHits([
      hit(SEARCH_TYPES.talkTrack, 1, 50),
      hit(SEARCH_TYPES.talkTrack, 2, 5),
      hit(SEARCH_TYPES.promise, 1, 50),
      hit(SEARCH_TYPES.claim, 1, 50),
      hit(SEARCH_TYPES.ladder, 1, 80),
    ]);
    expect(ranked.map((entry) => entry.title)).toEqual([
      "Talk track 2 5",
      "Discount ladder 1 80",
      "Claim 1 50",
      "Promise 1 50",
      "Talk track 1 50",
    ]);
  });
});

describe("matchingResults", () => {
  const sheetWith = (number: number, part: Part) =>
    sheet(`product-${number}`, `Product ${number}`, [part], "uptime");
  const withClaim = (number: number) => sheetWith(number, claim(`c-${number}`, "uptime claim"));
  const withPromise = (number: number) => sheetWith(number, promise("SLA", "uptime promise"));

  test("without a type, ranks the sections of Pagefind's first pages and reads no more", async () => {
    const found = results(
      Array.from({ length: 50 }, (_, index) =>
        index === 7 ? withClaim(index) : withPromise(index),
      ),
    );
    const { hits, read, matched } = await matchingResults(found.list, "uptime", undefined);
    expect(read).toBe(PAGES_RANKED);
    expect(found.read()).toBe(PAGES_RANKED);
    expect(matched).toBe(PAGES_RANKED);
    expect(hits).toHaveLength(MAX_RESULTS);
    // The one claim outscores the boundaries, wherever its page was in Pagefind's order.
    expect(hits[0]).toMatchObject({ type: SEARCH_TYPES.claim, product: "Product 7" });
  });

  test("narrowed to claims, skips sheets without a matching claim and reads on to fill the list", async () => {
    const pages = Array.from({ length: 90 }, (_, index) =>
      index % 3 === 0 ? withClaim(index) : withPromise(index),
    );
    const { hits, read } = await matchingResults(results(pages).list, "uptime", SEARCH_TYPES.claim);
    expect(hits).toHaveLength(MAX_RESULTS);
    expect(hits.every((hit) => hit.type === SEARCH_TYPES.claim)).toBe(true);
    expect(read).toBeLessThan(pages.length);
  });

  test("stops reading after a bounded number of pages when few hold the chosen type", async () => {
    const pages = Array.from({ length: 500 }, (_, index) =>
      index === 450 ? withClaim(index) : withPromise(index),
    );
    const found = results(pages);
    const { hits, read } = await matchingResults(found.list, "uptime", SEARCH_TYPES.claim);
    expect(hits).toEqual([]);
    expect(read).toBe(MAX_PAGES_READ);
    expect(found.read()).toBe(MAX_PAGES_READ);
  });
});

describe("summary", () => {
  const found = (shown: number, matched = shown, read = 10): Found => ({
    hits: Array.from({ length: shown }, (_, index) => ({
      type: SEARCH_TYPES.claim,
      title: String(index),
      url: "/",
      excerpt: "",
      wordsMatched: 1,
      named: 0,
      score: 1,
    })),
    matched,
    read,
  });

  test("says when nothing matches, with the words and filters searched", () => {
    expect(summary(10, found(0), "uptime", { product: "Edge Shield" })).toBe(
      "No results for “uptime”, narrowed to Edge Shield.",
    );
  });

  test("counts the matching sections, and says when only the best are shown", () => {
    expect(summary(10, found(1), "uptime", {})).toBe("1 result for “uptime”.");
    expect(summary(10, found(20, 45), "uptime", {})).toBe(
      "45 results for “uptime”. Showing the best 20; add a word or a filter to narrow them.",
    );
  });

  test("with pages left unread, says how many were read", () => {
    expect(summary(340, found(12, 12, 100), "uptime", { type: SEARCH_TYPES.claim })).toBe(
      "12 results for “uptime”, narrowed to Claim: the best among the first 100 of 340 matching pages; add a word or a filter to narrow them.",
    );
  });
});
