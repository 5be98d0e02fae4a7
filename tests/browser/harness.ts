// Helpers for the browser tests: serve the built site, drive Chromium (the first that starts, see
// chromium.ts) with playwright-core, keep every request on the served origin, and run axe.
//
// Typical use in a test file:
//
//   let site: ServedSite;
//   let browser: Browser;
//   beforeAll(async () => {
//     site = await serveSite();
//     browser = await launchBrowser();
//   });
//   afterAll(async () => {
//     await browser?.close();
//     await site?.close();
//   });
//
//   test("home", async () => {
//     const tab = await newPage(browser, site.url);
//     await tab.page.goto("/");
//     expect(tab.foreignRequests()).toEqual([]);
//     expect(await checkA11y(tab.page)).toEqual([]);
//     await tab.close();
//   });

import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import sirv from "sirv";
import { expect } from "vitest";
import { findChromium } from "./chromium.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

// ---------------------------------------------------------------------------
// Static server
// ---------------------------------------------------------------------------

export interface ServedSite {
  /** Origin of the server, e.g. "http://127.0.0.1:41234" (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/**
 * Content types that sirv does not know. sirv already maps .html, .js, .css, .json,
 * .wasm (application/wasm), .webmanifest (application/manifest+json), images and fonts.
 */
const EXTRA_CONTENT_TYPES: Readonly<Record<string, string>> = {
  // Pagefind's index chunks and its compressed wasm are opaque binary files.
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

/**
 * Serves a built static site (default: dist/ of this project) on 127.0.0.1 with a free
 * port (or `port`: serving a second build on the first one's origin, as an update arrives),
 * like a plain static host would: `/guide/` and `/guide` serve `guide/index.html`
 * (the latter after a 301 to the trailing-slash URL), unknown paths get `404.html` with
 * status 404 when it exists. It never builds the site.
 *
 * (Astro's own `preview()` was considered: it serves dist/ fine on a free port, but gives
 * Pagefind's .pf_* files an empty Content-Type and offers no clean hook to fix that.)
 */
export async function serveSite(dir = "dist", port = 0): Promise<ServedSite> {
  const root = resolve(PROJECT_ROOT, dir);
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(
      `serveSite: ${join(root, "index.html")} not found; run \`npm run build\` first`,
    );
  }

  const notFoundPage = join(root, "404.html");
  const serveFile = sirv(root, {
    dev: true,
    extensions: ["html"],
    setHeaders(res, pathname) {
      const type = EXTRA_CONTENT_TYPES[extname(pathname)];
      if (type) res.setHeader("Content-Type", type);
      // Make the browser honour the types we send, as production hosts should.
      res.setHeader("X-Content-Type-Options", "nosniff");
    },
    onNoMatch(_req, res) {
      if (existsSync(notFoundPage)) {
        res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
        res.end(readFileSync(notFoundPage));
      } else {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      }
    },
  });

  const server = createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? "/", "http://localhost");
    if (!pathname.endsWith("/") && isDirectoryWithIndex(root, pathname)) {
      res.writeHead(301, { Location: `${pathname}/${search}` }).end();
      return;
    }
    serveFile(req, res);
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(port, "127.0.0.1", () => resolveListen());
  });
  const { port: listening } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${listening}`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

function isDirectoryWithIndex(root: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const dir = join(root, decoded);
  if (dir !== root && !dir.startsWith(root + sep)) return false;
  try {
    return statSync(dir).isDirectory() && existsSync(join(dir, "index.html"));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/**
 * Launches the first Chromium that starts (see chromium.ts: FIELDGUIDE_CHROMIUM, the system's, the
 * npm one) headless. playwright-core gives every launch a fresh temporary profile (--user-data-dir
 * in the OS temp dir) and deletes it on `browser.close()`; it refuses a --user-data-dir argument.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface SitePage {
  context: BrowserContext;
  page: Page;
  /** URLs (http, https, ws, …) the page tried to load from any other origin; all were aborted. */
  foreignRequests(): string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors(): string[];
  /** console.error messages, including the browser's own "Failed to load resource" ones. */
  consoleErrors(): string[];
  /** Closes the context and its pages. */
  close(): Promise<void>;
}

/**
 * Opens a fresh context and page whose `baseURL` is the served site, so `page.goto("/")`
 * works. Requests to any other origin are aborted and recorded. Service workers are
 * blocked by default so that every request passes the router; `options` can override
 * that and any other context option.
 */
export async function newPage(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<SitePage> {
  const origin = new URL(baseURL).origin;
  const wsOrigin = origin.replace(/^http/, "ws");
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  const context = await browser.newContext({
    locale: "en-US",
    timezoneId: "UTC",
    serviceWorkers: "block",
    ...options,
    baseURL,
  });

  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      foreign.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  await context.routeWebSocket(
    (url) => url.origin !== wsOrigin,
    (ws) => {
      foreign.push(ws.url());
      return ws.close();
    },
  );

  context.on("weberror", (webError) => {
    const error = webError.error();
    pageErrors.push(error.stack ?? error.message);
  });
  context.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (at ${url}:${lineNumber})` : message.text());
  });

  const page = await context.newPage();
  return {
    context,
    page,
    foreignRequests: () => [...foreign],
    pageErrors: () => [...pageErrors],
    consoleErrors: () => [...consoleErrors],
    close: () => context.close(),
  };
}

// ---------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------

const A11Y_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/**
 * Runs axe (WCAG 2.0 A/AA and 2.1 AA rules) on the current page and returns its serious
 * and critical violations, one readable string each, e.g.
 *
 *   [serious] color-contrast: Elements must meet minimum color contrast ratio thresholds
 *     at: main > p:nth-child(2)
 *
 * so `expect(await checkA11y(page)).toEqual([])` prints a useful diff.
 */
export async function checkA11y(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
    .map((violation) => {
      const targets = violation.nodes.map(
        (node) =>
          `    at: ${node.target.map((part) => (Array.isArray(part) ? part.join(" >>> ") : part)).join(" | ")}`,
      );
      return [`[${violation.impact}] ${violation.id}: ${violation.help}`, ...targets].join("\n");
    });
}

/**
 * Searches from the page's header, as a rep would; returns the status once it says how many
 * results there are ("3 results for “uptime”").
 */
export async function searchFromHeader(page: Page, term: string): Promise<string> {
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page
    .getByRole("searchbox", { name: "Search claims, promises, ladders and talk tracks" })
    .fill(term);
  const status = page.locator("#search-status");
  await expect
    .poll(() => status.innerText(), { timeout: 10_000 })
    .toMatch(/^(\d+ results?|No results) for “/);
  return status.innerText();
}

/** Installing the offline copy fetches the whole precache: a minute and more on a busy machine. */
const INSTALL = { timeout: 90_000, polling: 500 };

/**
 * Opens `path` in a tab that allows service workers and waits until the site's service worker
 * controls it: from then on the offline copy is installed and pages may come from its cache.
 */
export async function visitUntilOffline(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(
    () => navigator.serviceWorker.controller?.state === "activated",
    null,
    INSTALL,
  );
}
