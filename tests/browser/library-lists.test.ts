// The library-wide lists of a library larger than one page of each holds: every claim, every
// promise boundary and every ladder is still on exactly one page, each page stays light, and the
// letter and term choices answer. Builds a generated library of LIBRARY_SHEETS sheets.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BENCH_AS_OF, generateLibrary, writeLibrary } from "../../bench/generate.ts";
import { effectiveLadder } from "../../src/core/quoting/deal.ts";
import type { Product } from "../../src/core/schema/product.ts";
import { CATEGORY_PREVIEW, PAGE_SIZE } from "../../src/site/list-pages.ts";
import { urlSegment } from "../../src/core/text/slug.ts";
import { buildLibrary } from "./build-library.ts";
import { checkA11y, launchBrowser, newPage, serveSite, type ServedSite } from "./harness.ts";

/** Enough for several pages of claims, of each promise topic and of each role. */
const LIBRARY_SHEETS = 220;
/** The page weight budget of docs/benchmarks.md. */
const MAX_PAGE_BYTES = 300 * 1024;

let workDir: string;
let site: ServedSite;
let browser: Browser;
let products: [string, Product][];
let buildOutput: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "fieldguide-lists-"));
  const library = await writeLibrary(generateLibrary({ sheets: LIBRARY_SHEETS }), workDir);
  const { dist, output } = await buildLibrary(library, join(workDir, "dist"), {
    FIELDGUIDE_AS_OF: BENCH_AS_OF,
  });
  buildOutput = output;
  const guardrails = JSON.parse(await readFile(join(dist, "guardrails.json"), "utf8")) as {
    products: Record<string, Product>;
  };
  products = Object.entries(guardrails.products);
  [site, browser] = await Promise.all([serveSite(dist), launchBrowser()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

test("a library with no onboarding/ or field-notes/ folder builds without a warning", () => {
  expect(buildOutput).toContain("Complete!");
  const warnings = buildOutput.split("\n").filter((line) => /\bWARN\b/i.test(line));
  // The test helper's --force (a marketer's build has none) says so as a warning.
  expect(warnings.filter((line) => !line.includes("data store cleared (force)"))).toEqual([]);
});

async function html(path: string): Promise<string> {
  const response = await fetch(new URL(path, site.url));
  expect(response.status, path).toBe(200);
  return response.text();
}

/** Every page of the list that starts at `first`, as its page links name them, with their HTML. */
async function listPages(first: string): Promise<Map<string, string>> {
  const pages = new Map([[first, await html(first)]]);
  const nav = /<nav class="list-pages[\s\S]*?<\/nav>/.exec(pages.get(first)!)?.[0] ?? "";
  for (const [, path] of nav.matchAll(/<li[^>]*><a href="([^"]+)"/g)) {
    if (!pages.has(path!)) pages.set(path!, await html(path!));
  }
  return pages;
}

function allMatches(pages: Map<string, string>, pattern: RegExp): string[] {
  return [...pages.values()].flatMap((page) =>
    [...page.matchAll(pattern)].map(([, captured]) => captured!),
  );
}

function expectLight(pages: Map<string, string>): void {
  for (const [path, page] of pages) {
    expect(Buffer.byteLength(page), path).toBeLessThan(MAX_PAGE_BYTES);
  }
}

describe("a library larger than one page of each list", () => {
  test("every claim is on exactly one page of /claims/", async () => {
    const pages = await listPages("/claims/");
    const withClaims = products.filter(([, product]) => product.claims.length > 0);
    expect(pages.size).toBe(Math.ceil(withClaims.length / PAGE_SIZE.claims));
    const listed = allMatches(pages, /href="\/products\/[^/]+\/#claim-([^"]+)"/g);
    const expected = withClaims.flatMap(([, product]) => product.claims.map((claim) => claim.id));
    expect(listed.sort()).toEqual(expected.sort());
    expectLight(pages);
  });

  test("every promise boundary is on exactly one page of its topic", async () => {
    const overview = await html("/promises/");
    const topics = [...overview.matchAll(/href="(\/promises\/[^/"]+\/)"/g)].map(
      ([, path]) => path!,
    );
    const listed: string[] = [];
    let paged = 0;
    for (const topic of topics) {
      const pages = await listPages(topic);
      if (pages.size > 1) paged++;
      listed.push(...allMatches(pages, /href="\/products\/([^/]+\/#promise-[^"]+)"/g));
      expectLight(pages);
    }
    expect(paged).toBeGreaterThan(0);
    const expected = products.flatMap(([slug, product]) =>
      product.promises.map((promise) => `${slug}/#promise-${urlSegment(promise.topic)}`),
    );
    expect(listed.sort()).toEqual(expected.sort());
  });

  test("each role's pages list every product whose ladder it is on", async () => {
    for (const role of ["rep", "manager", "director", "deal-desk"]) {
      const pages = await listPages(`/roles/${role}/`);
      expect(pages.size).toBeGreaterThan(1);
      const listed = allMatches(pages, /href="\/products\/([^/]+)\/#ladder"/g);
      const expected = products
        .filter(([, product]) => product.discounts.some((rung) => rung.role === role))
        .map(([slug]) => slug);
      expect(listed.sort()).toEqual(expected.sort());
      expectLight(pages);
    }
  });

  test("the home page previews each category and links to all of its products", async () => {
    const home = await html("/");
    expect(Buffer.byteLength(home)).toBeLessThan(MAX_PAGE_BYTES);
    const categories = new Map<string, string[]>();
    for (const [slug, product] of products) {
      categories.set(product.category, [...(categories.get(product.category) ?? []), slug]);
    }
    for (const [category, slugs] of categories) {
      const path = `/categories/${urlSegment(category)}/`;
      expect(home.includes(`href="${path}"`), category).toBe(slugs.length > CATEGORY_PREVIEW);
      const pages = await listPages(path);
      const listed = allMatches(pages, /<a href="\/products\/([^/]+)\/">/g);
      expect(listed.sort(), category).toEqual(slugs.sort());
    }
  });

  test("content health draws months, not thousands of marks, and lists every date on pages", async () => {
    const health = await html("/health/");
    expect(Buffer.byteLength(health)).toBeLessThan(MAX_PAGE_BYTES);
    const pages = await listPages("/health/dates/");
    expectLight(pages);
    const dated = allMatches(pages, /<tr[^>]*>\s*<td[^>]*><time datetime="([^"]+)"/g);
    const expected = products.flatMap(([, product]) => [
      product.lastReviewed,
      ...product.claims.flatMap((claim) => claim.expires ?? []),
    ]);
    expect(dated.length).toBe(expected.length);
    expect(dated).toEqual([...dated].sort());
    expect(health).toContain('href="/health/dates/"');
  });

  test("a letter opens the page where its products start", { timeout: 90_000 }, async () => {
    const tab = await newPage(browser, site.url);
    try {
      await tab.page.goto("/claims/");
      const letters = tab.page.getByRole("navigation", { name: "Pages of claims" });
      const last = letters.locator(".list-pages-letters a").last();
      const letter = (await last.innerText()).trim();
      await last.click();
      const titles = await tab.page.locator("main h2").allInnerTexts();
      expect(titles.some((title) => title.toUpperCase().startsWith(letter))).toBe(true);
      expect(await letters.locator('[aria-current="page"]').count()).toBe(1);
      expect(await checkA11y(tab.page)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test("a role's page answers for the contract term chosen", { timeout: 90_000 }, async () => {
    const tab = await newPage(browser, site.url);
    try {
      await tab.page.goto("/roles/manager/");
      await tab.page.getByLabel("Contract term").selectOption({ label: "24 months or more" });
      const firstRow = tab.page.locator("tbody tr").first();
      const visible = firstRow.locator("td[data-term]:visible");
      expect(await visible.count()).toBe(1);
      const slug = /\/products\/([^/]+)\//.exec(
        (await firstRow.locator("a").first().getAttribute("href"))!,
      )![1]!;
      const product = products.find(([candidate]) => candidate === slug)![1];
      const rung = product.discounts.findIndex((entry) => entry.role === "manager");
      expect(await visible.innerText()).toBe(`${effectiveLadder(product, 24)[rung]!.limit}%`);
      expect(await checkA11y(tab.page)).toEqual([]);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
