// A library over the offline budget (a tiny budget set for the sample library here): the first
// visit precaches the shell, search and checkers but not the sheets; a sheet read online opens
// offline, an unread one does not, until "Keep the whole library on this device" has fetched it.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LIBRARY_LIST_FILE, type LibraryList } from "../../src/site/library-pages.ts";
import { buildLibrary } from "./build-library.ts";
import {
  checkA11y,
  launchBrowser,
  newPage,
  serveSite,
  visitUntilOffline,
  type ServedSite,
  type SitePage,
} from "./harness.ts";

const CONTENT = fileURLToPath(new URL("../../content/", import.meta.url));
/** Well under the sample library's 1.6 MB. */
const TINY_BUDGET_MB = "0.5";
const INSTALL = { timeout: 90_000, interval: 500 };
const UI = { timeout: 20_000 };

function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.includes("-precache-"))!;
    const requests = await (await caches.open(name)).keys();
    return requests.map((request) => new URL(request.url).pathname);
  });
}

describe("a library over the offline budget", () => {
  let workDir: string;
  let dist: string;
  let browser: Browser;
  let site: ServedSite | undefined;
  let tab: SitePage;
  let library: LibraryList;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "fieldguide-offline-budget-"));
    [dist, browser] = await Promise.all([
      buildLibrary(CONTENT, join(workDir, "dist"), {
        FIELDGUIDE_AS_OF: "2026-12-01",
        FIELDGUIDE_OFFLINE_BUDGET_MB: TINY_BUDGET_MB,
      }).then((built) => built.dist),
      launchBrowser(),
    ]);
    library = JSON.parse(await readFile(join(dist, LIBRARY_LIST_FILE), "utf8"));
    site = await serveSite(dist);
    tab = await newPage(browser, site.url, { serviceWorkers: "allow" });
  }, 240_000);

  afterAll(async () => {
    await tab?.close();
    await browser?.close();
    await site?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  test("the first visit precaches the shell, search, checkers and guardrail data, not the sheets", async () => {
    const { page } = tab;
    await visitUntilOffline(page);
    const precached = await precachedPaths(page);
    expect(precached).toEqual(
      expect.arrayContaining([
        "/index.html",
        "/claims/index.html",
        "/deal-checker/index.html",
        "/draft-checker/index.html",
        "/guardrails.json",
        "/pagefind/pagefind-entry.json",
        "/offline-library.json",
        "/offline-library-pages.json",
      ]),
    );
    expect(
      precached.filter((path) => path.startsWith("/products/") && path !== "/products/index.html"),
    ).toEqual([]);
    expect(library).toEqual(
      expect.arrayContaining(["/products/edge-shield/", "/products/log-vault/"]),
    );
  }, 120_000);

  test("a sheet read online opens offline; one never opened does not", async () => {
    const { page, context } = tab;
    await page.goto("/products/edge-shield/");
    expect(await page.locator("h1").innerText()).toBe("Edge Shield");
    // No server, not just the offline flag, which a service worker's own fetches may slip past.
    const port = Number(new URL(page.url()).port);
    await site?.close();
    await context.setOffline(true);
    try {
      const read = await page.goto("/products/edge-shield/");
      expect(read?.fromServiceWorker()).toBe(true);
      expect(await page.locator("h1").innerText()).toBe("Edge Shield");
      await expect(page.goto("/products/log-vault/")).rejects.toThrow();
    } finally {
      await context.setOffline(false);
      site = await serveSite(dist, port);
    }
  }, 60_000);

  test("'Keep the whole library on this device' fetches the rest, with progress, and every sheet opens offline", async () => {
    const { page, context } = tab;
    await page.goto("/");
    const keep = page.getByRole("button", { name: "Keep the whole library on this device" });
    await expect.poll(() => keep.isVisible(), UI).toBe(true);
    expect(await page.getByText("are not on this device yet").innerText()).toContain(
      `${library.length - 1} product and list pages`,
    );
    expect(await checkA11y(page)).toEqual([]);
    await keep.click();
    const status = page.locator("[data-keep-status]");
    await expect
      .poll(() => status.innerText(), INSTALL)
      .toBe("The whole library is on this device: every page works offline.");
    expect(
      await page.locator("[data-keep-progress]").evaluate((bar) => {
        const progress = bar as HTMLProgressElement;
        return [progress.value, progress.max];
      }),
    ).toEqual([library.length, library.length]);

    // No server at all: only what is on the device can answer.
    await site?.close();
    site = undefined;
    await context.setOffline(true);
    for (const path of library) {
      const response = await page.goto(path);
      expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
    }
    expect(await page.locator("h1").count()).toBe(1);
    await page.goto("/");
    await expect.poll(() => keep.isVisible(), UI).toBe(false);
    expect(tab.pageErrors()).toEqual([]);
  }, 180_000);
});
