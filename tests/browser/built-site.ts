// The fixture most browser test files share: the built site served on localhost and one Chromium,
// both started before the file's tests and closed after them.
import type { BrowserContextOptions } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { launchBrowser, newPage, serveSite, type ServedSite, type SitePage } from "./harness.ts";

export interface BuiltSite {
  /** Where the site is served; read it in tests and hooks, once the file's first hook has run. */
  readonly url: string;
  /** A fresh page on the served site (see `newPage` in harness.ts). */
  newPage(options?: BrowserContextOptions): Promise<SitePage>;
}

/**
 * Registers the hooks that serve the internal build in dist/ and launch Chromium. Call it at the top
 * of a test file, before the file's own hooks, so that those run once the site is up.
 */
export function useBuiltSite(): BuiltSite {
  let served: { site: ServedSite; browser: Awaited<ReturnType<typeof launchBrowser>> } | undefined;
  beforeAll(async () => {
    const [site, browser] = await Promise.all([serveSite(), launchBrowser()]);
    served = { site, browser };
  });
  afterAll(async () => {
    await served?.browser.close();
    await served?.site.close();
  });
  const started = () => {
    if (!served) throw new Error("useBuiltSite: the site is served once the file's tests start");
    return served;
  };
  return {
    get url() {
      return started().site.url;
    },
    newPage: (options) => newPage(started().browser, started().site.url, options),
  };
}

/**
 * A fresh page on the served site for each test of the file, handed to `opened` before the test;
 * after it, the page is closed, and the test fails if it requested another origin or threw.
 */
export function usePagePerTest(built: BuiltSite, opened: (tab: SitePage) => void): void {
  let tab: SitePage | undefined;
  beforeEach(async () => {
    tab = await built.newPage();
    opened(tab);
  });
  afterEach(async () => {
    expect(tab?.foreignRequests()).toEqual([]);
    expect(tab?.pageErrors()).toEqual([]);
    await tab?.close();
  });
}
