import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { newPage } from "../tests/browser/harness.ts";
import { median } from "./stats.ts";

export interface Transfer {
  requests: number;
  /** Response bodies as the local static server sends them (uncompressed, like a host without gzip). */
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  /** The same bodies gzipped (level 6), as a host that compresses would send them. */
  jsGzip: number;
  totalGzip: number;
  /** What the page's scripts fetched (fetch or XHR): data, not code. */
  fetched: number;
}

export interface SearchFigures extends Transfer {
  term: string;
  /** From submitting the query to the first result in the list, measured in the page. */
  msToFirstResults: number;
  results: string;
  /** How the search ran: the site's own search box, or Pagefind's API when the site has none. */
  via: "search box" | "pagefind API";
}

/** What opening one page transfers, with service workers blocked and nothing clicked or typed. */
export async function measurePage(browser: Browser, site: string, path: string): Promise<Transfer> {
  const tab = await newPage(browser, site);
  try {
    return await recording(tab.page, async () => {
      await tab.page.goto(path, { waitUntil: "load", timeout: LOAD_TIMEOUT_MS });
      await networkQuiet(tab.page);
    });
  } finally {
    await tab.close();
  }
}

export interface PageTypeFigures {
  name: string;
  path: string;
  /** The page's HTML as sent, and the data it reads before the reader does anything: JSON in the
   * page plus what its scripts fetch (not HTML, CSS or JS). */
  htmlBytes: number;
  dataBytes: number;
  transfer: Transfer;
  /** With 4× CPU throttle: from navigation to the load event or the end of the last request the
   * page makes by itself, whichever is later. The best run: other work on the machine can only
   * slow a run down, never speed it up. */
  msToUsable: number;
  /** The median run, to show how much other work moved the figure. */
  medianMsToUsable: number;
  runs: number;
}

/** The CPU of a mid-range phone, as Chrome's performance panel offers it. */
const CPU_THROTTLE = 4;

/**
 * One page type: its weight, and how long it takes to be usable on a throttled CPU (service
 * workers blocked, so every run loads from the server as a first visit does).
 */
export async function measurePageType(
  browser: Browser,
  site: string,
  name: string,
  path: string,
  runs: number,
): Promise<PageTypeFigures> {
  const times: number[] = [];
  let weight: { transfer: Transfer; inlineData: number } | undefined;
  for (let run = 0; run < runs; run++) {
    const tab = await newPage(browser, site);
    try {
      const cdp = await tab.context.newCDPSession(tab.page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
      const transfer = await recording(tab.page, async () => {
        await tab.page.goto(path, { waitUntil: "load", timeout: LOAD_TIMEOUT_MS });
        await networkQuiet(tab.page);
      });
      const timing = await tab.page.evaluate(() => {
        const navigation = performance.getEntriesByType(
          "navigation",
        )[0] as PerformanceNavigationTiming;
        const ownRequests = (
          performance.getEntriesByType("resource") as PerformanceResourceTiming[]
        )
          .filter(
            (entry) => entry.initiatorType === "fetch" || entry.initiatorType === "xmlhttprequest",
          )
          .map((entry) => entry.responseEnd);
        const inlineData = [...document.querySelectorAll('script[type="application/json"]')].reduce(
          (sum, script) => sum + new TextEncoder().encode(script.textContent ?? "").length,
          0,
        );
        return { usable: Math.max(navigation.loadEventEnd, ...ownRequests), inlineData };
      });
      times.push(timing.usable);
      weight ??= { transfer, inlineData: timing.inlineData };
    } finally {
      await tab.close();
    }
  }
  const { transfer, inlineData } = weight!;
  return {
    name,
    path,
    htmlBytes: transfer.html,
    dataBytes: inlineData + transfer.fetched,
    transfer,
    msToUsable: Math.min(...times),
    medianMsToUsable: median(times),
    runs,
  };
}

/** The first search of a visit to the home page: what it downloads and how long until results show. */
export async function measureFirstSearch(
  browser: Browser,
  site: string,
  term: string,
): Promise<SearchFigures> {
  const tab = await newPage(browser, site);
  try {
    await tab.page.goto("/", { waitUntil: "load", timeout: LOAD_TIMEOUT_MS });
    await networkQuiet(tab.page);
    const hasSearchBox = (await tab.page.locator("[data-search-open]").count()) > 0;
    let outcome = { ms: 0, results: "" };
    const transfer = await recording(tab.page, async () => {
      outcome = hasSearchBox
        ? await searchWithBox(tab.page, term)
        : await searchWithApi(tab.page, term);
      await networkQuiet(tab.page);
    });
    return {
      term,
      msToFirstResults: outcome.ms,
      results: outcome.results,
      via: hasSearchBox ? "search box" : "pagefind API",
      ...transfer,
    };
  } finally {
    await tab.close();
  }
}

/** Opens the header's search and types at once: the time includes loading the search script. */
async function searchWithBox(page: Page, term: string): Promise<{ ms: number; results: string }> {
  const ms = await page.evaluate(async (query) => {
    const start = performance.now();
    document.querySelector<HTMLButtonElement>("[data-search-open]")!.click();
    const input = document.querySelector<HTMLInputElement>("#search-input")!;
    const list = document.querySelector<HTMLElement>("#search-results")!;
    input.value = query;
    return new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (list.children.length === 0) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(list, { childList: true });
    });
  }, term);
  return { ms, results: (await page.locator("#search-status").textContent()) ?? "" };
}

async function searchWithApi(page: Page, term: string): Promise<{ ms: number; results: string }> {
  return page.evaluate(async (query) => {
    const start = performance.now();
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const search = await pagefind.search(query);
    await Promise.all(
      search.results.slice(0, 20).map((result: { data(): Promise<unknown> }) => result.data()),
    );
    return { ms: performance.now() - start, results: `${search.results.length} results` };
  }, term);
}

/** The home page of a 5,000-sheet library is several megabytes of HTML. */
const LOAD_TIMEOUT_MS = 120_000;
const QUIET_MS = 500;

/**
 * Until no request has been open for half a second (at most a minute). Playwright's "networkidle"
 * fires once per navigation, so it cannot tell when the downloads a search starts are done.
 */
async function networkQuiet(page: Page): Promise<void> {
  let open = 0;
  let quietSince = performance.now();
  const opened = () => open++;
  const closed = () => {
    open = Math.max(0, open - 1);
    quietSince = performance.now();
  };
  page.on("request", opened);
  page.on("requestfinished", closed);
  page.on("requestfailed", closed);
  const giveUp = performance.now() + 60_000;
  while (performance.now() < giveUp && (open > 0 || performance.now() - quietSince < QUIET_MS)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  page.off("request", opened);
  page.off("requestfinished", closed);
  page.off("requestfailed", closed);
}

/** Every response body received while `work` runs, by kind. */
async function recording(page: Page, work: () => Promise<void>): Promise<Transfer> {
  const bodies: Promise<{ type: string; bytes: Buffer }>[] = [];
  const onResponse = (response: import("playwright-core").Response) => {
    const type = response.request().resourceType();
    bodies.push(
      response.body().then(
        (bytes) => ({ type, bytes }),
        () => ({ type, bytes: Buffer.alloc(0) }),
      ),
    );
  };
  page.on("response", onResponse);
  await work();
  page.off("response", onResponse);
  const received = await Promise.all(bodies);
  const sum = (kinds: string[] | null, size: (bytes: Buffer) => number) =>
    received
      .filter(({ type }) => kinds === null || kinds.includes(type))
      .reduce((total, { bytes }) => total + size(bytes), 0);
  const raw = (bytes: Buffer) => bytes.length;
  // Pagefind's index files are gzipped already: a host would send them as they are.
  const gzip = (bytes: Buffer) =>
    bytes.length === 0 ? 0 : Math.min(bytes.length, gzipSync(bytes).length);
  const html = sum(["document"], raw);
  const css = sum(["stylesheet"], raw);
  const js = sum(["script"], raw);
  const total = sum(null, raw);
  return {
    requests: received.length,
    html,
    css,
    js,
    other: total - html - css - js,
    total,
    jsGzip: sum(["script"], gzip),
    fetched: sum(["fetch", "xhr"], raw),
    totalGzip: sum(null, gzip),
  };
}
