// Offline, every address the site writes opens: each link of every built page, and the addresses
// the site's own scripts write (a quote link, the approval e-mail's link, a search link, the draft
// checker's link to the deal checker), after one visit to the home page with no network at all.
// Many carry a query (`/deal-checker/?product=…`, `/?q=…`) that precaching alone does not match.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  launchBrowser,
  newPage,
  serveSite,
  visitUntilOffline,
  type ServedSite,
  type SitePage,
} from "./harness.ts";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const UI = { timeout: 10_000 };
/** Any origin: links are resolved against it and compared by path and query. */
const SITE = "http://site.invalid";

/** Every same-site address an `<a href>` of a built page names, by path and query, without its #. */
function linkedAddresses(): string[] {
  const addresses = new Set<string>();
  for (const file of readdirSync(DIST, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".html")) continue;
    const page = new URL(`/${relative(DIST, join(DIST, file)).split(sep).join("/")}`, SITE);
    const html = readFileSync(join(DIST, file), "utf8");
    for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const url = new URL(decodeHTML(href!), page);
      if (url.origin === SITE) addresses.add(`${url.pathname}${url.search}`);
    }
  }
  return [...addresses].sort();
}

/** An address a script of the site writes, found online by using the page as a rep would. */
interface Written {
  what: string;
  find(page: Page): Promise<string>;
}

const WRITTEN: Written[] = [
  { what: "a quote link", find: async (page) => (await quote(page)).url },
  { what: "the approval e-mail's link", find: async (page) => (await quote(page)).mailed },
  {
    what: "a search link",
    find: async (page) => {
      await page.goto("/");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await page
        .getByRole("searchbox", { name: "Search claims, promises, ladders and talk tracks" })
        .fill("uptime");
      await page.waitForURL(/[?&]q=uptime/, UI);
      return page.url();
    },
  },
  {
    what: "the draft checker's link to the deal checker",
    find: async (page) => {
      await page.goto("/draft-checker/");
      await page
        .getByLabel("Your draft")
        .fill("Signal Analytics at 18% off if you sign a 24-month contract this week.");
      const link = page.getByRole("link", { name: "Check this deal in the deal checker" });
      await link.waitFor(UI);
      return new URL((await link.getAttribute("href"))!, page.url()).href;
    },
  },
  {
    what: "a sheet's address with parameters the site does not know",
    find: async () => "/products/edge-shield/?utm_source=newsletter&ref=partner-portal",
  },
];

/** A deal needing approval in the deal checker: the address it writes, and the one it mails. */
async function quote(page: Page): Promise<{ url: string; mailed: string }> {
  await page.goto("/deal-checker/");
  await page.getByLabel("Product (title or SKU)").fill("Edge Shield");
  await page.getByLabel("Discount (%)").fill("8");
  const mail = page.locator('#deal-mailto[href^="mailto:"]');
  await mail.waitFor(UI);
  await page.waitForURL(/[?&]discount=8/, UI);
  const body = new URL((await mail.getAttribute("href"))!).searchParams.get("body") ?? "";
  return { url: page.url(), mailed: /^The check: (.+)$/m.exec(body)?.[1] ?? "" };
}

const LINKED = linkedAddresses();
const COUNT = LINKED.length + WRITTEN.length;

describe("offline, after one visit to the home page", () => {
  let browser: Browser;
  let site: ServedSite | undefined;
  let tab: SitePage;
  let origin: string;
  const written = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveSite(DIST);
    origin = site.url;
    tab = await newPage(browser, site.url, { serviceWorkers: "allow" });
    const { page, context } = tab;
    await visitUntilOffline(page);
    // Online, as a rep would come by them; every page already comes from the precache.
    for (const { what, find } of WRITTEN) written.set(what, await find(page));
    // No server at all, not just an offline flag: anything not cached fails to load.
    await site.close();
    site = undefined;
    await context.setOffline(true);
  }, 180_000);

  afterAll(async () => {
    await tab?.close();
    await browser?.close();
    await site?.close();
  });

  test(`each of the ${COUNT} addresses the site links to or writes opens its page`, async () => {
    const addresses = [...LINKED, ...written.values()];
    expect(addresses).toHaveLength(COUNT);
    expect(addresses.filter((address) => address.includes("?")).length).toBeGreaterThan(3);
    const failed: string[] = [];
    for (const address of addresses) {
      const url = new URL(address, origin).href;
      const response = await tab.page
        .goto(url, { waitUntil: "domcontentloaded" })
        .catch((error: Error) => error);
      if (response instanceof Error) {
        failed.push(`${address}: ${response.message.split("\n")[0]}`);
        // Off the browser's error page, which would interrupt the next navigation.
        await tab.page.goto("about:blank");
      } else if (!response?.ok()) failed.push(`${address}: status ${response?.status()}`);
      else if (!response.fromServiceWorker()) failed.push(`${address}: not from the cache`);
    }
    expect(failed).toEqual([]);
  }, 600_000);

  test("a quote link, a search link and an unknown parameter read as they do online", async () => {
    const { page } = tab;
    const verdict = page.locator("#deal-verdict .verdict-title");
    await page.goto(written.get("a quote link")!);
    await expect.poll(() => verdict.innerText(), UI).toBe("Needs approval from Sales manager");

    await page.goto(written.get("a search link")!);
    const status = page.locator("#search-status");
    await expect.poll(() => status.innerText(), UI).toMatch(/^\d+ results? for “uptime”/);

    await page.goto(written.get("the draft checker's link to the deal checker")!);
    await expect.poll(() => verdict.innerText(), UI).toBe("Needs approval from Sales manager");
    expect(await page.inputValue("#line-1-amount")).toBe("18");

    await page.goto(written.get("a sheet's address with parameters the site does not know")!);
    expect(await page.locator("h1").innerText()).toBe("Edge Shield");
    expect(tab.pageErrors()).toEqual([]);
  }, 60_000);
});
