// Search on the home page: Pagefind's index of the built site, read through our own result list.
import type { Page } from "playwright-core";
import { beforeAll, expect, test } from "vitest";
import type { Library } from "../../src/core/library.ts";
import { useBuiltSite } from "./built-site.ts";
import { claim, sampleLibrary, sheet } from "./sample-library.ts";

const built = useBuiltSite();
let library: Library;

beforeAll(async () => {
  library = await sampleLibrary();
});

/** The first search loads Pagefind's bundle and index chunks: slow on a busy machine. */
const LOADED = { timeout: 15_000 };

const results = (page: Page) => page.locator("#search-results > li");
/** The type of every section listed under the results: the claims, boundaries and talk tracks that match. */
const sectionTypes = (page: Page) =>
  page.locator("#search-results .sub-results .tag").allInnerTexts();
const sectionLinks = (page: Page) => page.locator("#search-results .sub-results a");

async function search(page: Page, words: string): Promise<void> {
  await page.goto("/");
  await page.keyboard.press("/");
  await page.keyboard.type(words);
  await expect
    .poll(() => page.locator("#search-status").innerText(), LOADED)
    .toContain(`“${words}”`);
}

test("pressing / anywhere on the home page puts the cursor in the search box", async () => {
  const tab = await built.newPage();
  try {
    await tab.page.goto("/");
    await tab.page.keyboard.press("/");
    expect(await tab.page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    expect(await tab.page.inputValue("#search-input")).toBe("");
  } finally {
    await tab.close();
  }
});

test("a word from a claim's text finds the claim itself, and filters narrow the results", async () => {
  const { claim: owasp, sheet: edgeShield } = claim(library, "edge-shield-owasp");
  const word = "OWASP";
  expect(owasp.text).toContain(word);
  const tab = await built.newPage();
  try {
    await search(tab.page, word);
    const everything = await sectionTypes(tab.page);
    expect(new Set(everything).size).toBeGreaterThan(1);
    // The result shows the approved wording, not just a page title.
    expect(await sectionLinks(tab.page).allInnerTexts()).toContain(owasp.text);

    await tab.page.selectOption("#search-type", "Claim");
    await expect.poll(() => sectionTypes(tab.page), LOADED).not.toContain("Promise");
    const claims = await sectionTypes(tab.page);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThan(everything.length);
    expect(new Set(claims)).toEqual(new Set(["Claim"]));

    await tab.page.selectOption("#search-product", edgeShield.product.title);
    await expect
      .poll(() => tab.page.locator("#search-results h3").allInnerTexts(), LOADED)
      .toEqual([edgeShield.product.title]);
    expect(await sectionLinks(tab.page).allInnerTexts()).toEqual(
      edgeShield.product.claims
        .filter((candidate) => candidate.text.includes(word))
        .map((candidate) => candidate.text),
    );
    await sectionLinks(tab.page).getByText(owasp.text).click();
    await expect
      .poll(() => tab.page.url(), LOADED)
      .toContain(`/products/${edgeShield.slug}/#claim-${owasp.id}`);
    expect(await tab.page.locator(`#claim-${owasp.id}`).innerText()).toBe(owasp.text);
    expect(tab.foreignRequests()).toEqual([]);
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});

test("guardrail text ranks above talk-track prose that uses the same word", async () => {
  const { claim: pops, sheet: edgeShield } = claim(library, "edge-shield-pops");
  const tab = await built.newPage();
  try {
    await search(tab.page, "points of presence");
    expect(await sectionTypes(tab.page)).toContain("Talk track");
    const first = results(tab.page).first();
    expect(await first.locator("h3").innerText()).toBe(edgeShield.product.title);
    expect(await first.locator(".sub-results .tag").first().innerText()).toBe("Claim");
    expect(await first.locator(".sub-results a").first().innerText()).toBe(pops.text);
  } finally {
    await tab.close();
  }
});

test("a forbidden phrase is never a search hit, not even from a sheet's Don't say example", async () => {
  const phrase = sheet(library, "edge-shield").product.forbidden[0]!.phrase;
  const tab = await built.newPage();
  try {
    await search(tab.page, phrase);
    expect(await tab.page.locator("#search-status").innerText()).toBe(
      `No results for “${phrase}”.`,
    );
    expect(await results(tab.page).count()).toBe(0);
  } finally {
    await tab.close();
  }
});

test("a search link opens with its words and filters filled in", async () => {
  const tab = await built.newPage();
  try {
    await tab.page.goto("/?q=SLA&type=Promise");
    await expect.poll(() => results(tab.page).count(), LOADED).toBeGreaterThan(0);
    expect(await tab.page.inputValue("#search-input")).toBe("SLA");
    expect(new Set(await sectionTypes(tab.page))).toEqual(new Set(["Promise"]));
  } finally {
    await tab.close();
  }
});
