// Offline first: after one visit the whole library (pages, search, checkers) works with no
// network, and a new build arrives only when the reader asks for it, pages and index together.
// Runs against the built dist/ and builds one changed copy of the sample library for the update.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildLibrary } from "./build-library.ts";
import { HOST_FILES } from "../../src/integrations/offline/service-worker.ts";
import {
  WITHDRAWALS_FILE,
  WITHDRAWALS_SEQUENCE_FILE,
} from "../../src/core/standing/withdrawals.ts";
import {
  checkA11y,
  launchBrowser,
  newPage,
  searchFromHeader,
  serveSite,
  visitUntilOffline,
  type ServedSite,
  type SitePage,
} from "./harness.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIST = join(PROJECT_ROOT, "dist");

const CHANGED_SHEET = "products/edge-shield.mdx";
const OLD_CLAIM = "Edge Shield inspects traffic at 34 points of presence in 19 countries.";
const NEW_CLAIM = "Edge Shield inspects traffic at 41 points of presence, Reykjavik included.";
/** Precaching a whole build file by file takes a while on a busy 2-core machine. */
const INSTALL = { timeout: 90_000, interval: 500 };
const UI = { timeout: 10_000 };

/** Builds the sample library with NEW_CLAIM into `${workDir}/dist`: the next release. */
async function buildChangedLibrary(workDir: string): Promise<string> {
  const content = join(workDir, "content");
  await cp(join(PROJECT_ROOT, "content"), content, { recursive: true });
  const sheet = join(content, CHANGED_SHEET);
  const source = await readFile(sheet, "utf8");
  if (!source.includes(OLD_CLAIM)) throw new Error(`${CHANGED_SHEET} no longer has "${OLD_CLAIM}"`);
  await writeFile(sheet, source.replace(OLD_CLAIM, NEW_CLAIM));

  const { dist } = await buildLibrary(content, join(workDir, "dist"), {
    FIELDGUIDE_AS_OF: "2026-12-01",
  });
  return dist;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/")}`)
    .sort();
}

/** Paths of everything in the service worker's caches, by cache name. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const byCache: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      byCache[name] = requests.map((request) => new URL(request.url).pathname).sort();
    }
    return byCache;
  });
}

/** Where search sends a rep for the claim whose wording the next release changes. */
const POPS_CLAIM = "/products/edge-shield/#claim-edge-shield-pops";

/** Searches from the home page's header; returns the result links' paths and anchors. */
async function search(page: Page, term: string): Promise<string[]> {
  await page.goto("/");
  await searchFromHeader(page, term);
  return page.locator("#search-results a.hit-link").evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return `${url.pathname}${url.hash}`;
    }),
  );
}

describe("offline first", () => {
  let browser: Browser;
  let workDir: string;
  let nextRelease: string;
  let site: ServedSite | undefined;
  let tab: SitePage;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "fieldguide-offline-"));
    [nextRelease, browser] = await Promise.all([buildChangedLibrary(workDir), launchBrowser()]);
    site = await serveSite(DIST);
    tab = await newPage(browser, site.url, { serviceWorkers: "allow" });
  }, 240_000);

  afterAll(async () => {
    await tab?.close();
    await browser?.close();
    await site?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  test("one visit precaches every file of the build in one cache named after the build", async () => {
    const { page } = tab;
    await visitUntilOffline(page);

    const caches = await cachedPaths(page);
    const names = Object.keys(caches);
    expect(names).toEqual([
      expect.stringMatching(/^fieldguide-\d{17}-precache-v2-http:\/\/127\.0\.0\.1:\d+\/$/),
    ]);
    // The withdrawals list and its sequence are always read from the network (standing-store.ts).
    const notPrecached = new Set(
      ["sw.js", WITHDRAWALS_FILE, WITHDRAWALS_SEQUENCE_FILE, ...HOST_FILES].map(
        (name) => `/${name}`,
      ),
    );
    const siteFiles = (await filesUnder(DIST)).filter((path) => !notPrecached.has(path));
    expect(caches[names[0]!]).toEqual(siteFiles);
    expect(siteFiles).toContain("/pagefind/pagefind-entry.json");
  }, 120_000);

  test("with no network, an unvisited sheet opens and search finds it", async () => {
    const { page, context } = tab;
    // No server at all, not just an offline flag: anything not precached would fail to load.
    await site?.close();
    site = undefined;
    await context.setOffline(true);

    const response = await page.goto("/products/log-vault/");
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.locator("h1").innerText()).toBe("Log Vault");

    const builtOn = await page.locator("footer time").innerText();
    const offlineNotice = page.getByText("Offline — showing the library as of");
    await expect.poll(() => offlineNotice.isVisible(), UI).toBe(true);
    expect(await offlineNotice.innerText()).toBe(`Offline — showing the library as of ${builtOn}`);

    expect(await search(page, "points of presence")).toContain(POPS_CLAIM);

    await page.goto("/deal-checker/");
    await page.getByLabel("Product (title or SKU)").fill("Edge Shield");
    await page.getByLabel("Discount (%)").fill("8");
    await expect
      .poll(() => page.locator("#deal-verdict .verdict-title").innerText(), UI)
      .toBe("Needs approval from Sales manager");

    await page.goto("/draft-checker/");
    await page.getByLabel("Your draft").fill("Edge Shield is risk-free.");
    await expect
      .poll(() => page.locator("#draft-summary").innerText(), UI)
      .toBe("1 thing to change (checked against all products; the draft names Edge Shield).");

    expect(tab.foreignRequests()).toEqual([]);
    expect(tab.pageErrors()).toEqual([]);
    expect(tab.consoleErrors()).toEqual([]);
  }, 60_000);

  test("a new build is offered, and Reload shows its pages with its search index", async () => {
    const { page, context } = tab;
    await context.setOffline(false);
    site = await serveSite(nextRelease, Number(new URL(page.url()).port));

    await page.goto("/products/edge-shield/");
    // Still the cached build: nothing changes under the reader until they choose to reload.
    const claim = page.locator("#claim-edge-shield-pops");
    expect(await claim.innerText()).toBe(OLD_CLAIM);
    const notice = page
      .getByRole("status")
      .getByText("A newer version of the library is available");
    await expect.poll(() => notice.isVisible(), INSTALL).toBe(true);
    expect(await notice.innerText()).toBe("A newer version of the library is available — Reload");
    expect(await checkA11y(page)).toEqual([]);

    await Promise.all([
      page.waitForEvent("load"),
      page.getByRole("button", { name: "Reload" }).click(),
    ]);
    expect(await claim.innerText()).toBe(NEW_CLAIM);
    expect(await page.locator("footer time").innerText()).toBe("1 Dec 2026");
    // Only the new build's index knows the new wording, and its result opens the new page.
    expect(await search(page, "Reykjavik")).toContain(POPS_CLAIM);
    await page.locator(`#search-results a[href="${POPS_CLAIM}"]`).click();
    await expect.poll(() => page.getByText(NEW_CLAIM).count(), UI).toBeGreaterThan(0);

    const caches = Object.keys(await cachedPaths(page));
    expect(caches).toHaveLength(1);
    expect(tab.pageErrors()).toEqual([]);
  }, 150_000);
});
