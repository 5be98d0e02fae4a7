// A product sheet is read on phones over poor networks: every script it loads before anything is
// clicked stays within 15 KB gzip (the bench's budget, bench/report.ts). The /withdrawals.json
// validator (zod) is not among them: it is imported only when a list newer than both the page's
// own build and the stored one arrives, never on a first visit to a page of the current build.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useBuiltSite } from "./built-site.ts";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const BUDGET_GZIP = 15 * 1024;

/** zod's own error, present in any chunk holding its parser. */
const ZOD = "invalid_type";

/** Each script file a page runs on load: its module scripts and what they import statically. */
function scriptsOnLoad(pagePath: string): string[] {
  const html = readFileSync(pagePath, "utf8");
  const loaded = new Set<string>();
  const visit = (file: string): void => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const code = readFileSync(file, "utf8");
    // Static imports only (`import "x"`, `from "x"`): `import("x")` waits until it is called.
    for (const [, target] of code.matchAll(/(?:\bimport|\bfrom)\s*["'`]([^"'`]+\.js)["'`]/g)) {
      visit(resolve(dirname(file), target!));
    }
  };
  for (const [, src] of html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) {
    visit(join(DIST, src!));
  }
  expect(html).not.toMatch(/<script type="module">/); // inline scripts would escape the count
  return [...loaded];
}

const sheets = readdirSync(join(DIST, "products"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("a product sheet's scripts", () => {
  test.each(sheets)("%s loads at most 15 KB of JavaScript (gzip), without zod", (slug) => {
    const scripts = scriptsOnLoad(join(DIST, "products", slug, "index.html"));
    const gzip = scripts.reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0);
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP);
    const withZod = scripts.filter((file) => readFileSync(file, "utf8").includes(ZOD));
    expect(withZod).toEqual([]);
  });
});

/** Every script a page fetches while `work` runs, static or imported later, with its text. */
async function scriptsFetched(page: Page, work: () => Promise<void>): Promise<Buffer[]> {
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body());
  });
  await work();
  return Promise.all(bodies);
}

test("every page carries the sequence of its build's /withdrawals.json", () => {
  const { sequence } = JSON.parse(readFileSync(join(DIST, "withdrawals.json"), "utf8")) as {
    sequence: number;
  };
  const pages = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".html"),
  );
  expect(pages.length).toBeGreaterThan(sheets.length);
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), "utf8");
    expect([page, html.match(/name="fieldguide-withdrawals" content="(\d+)"/)?.[1]]).toEqual([
      page,
      String(sequence),
    ]);
  }
});

describe("a first visit to a product sheet", () => {
  const built = useBuiltSite();
  const LIST = "fieldguide:withdrawals:v1";
  const CONFIRMED = "fieldguide:withdrawals-confirmed:v1";

  /** Opens a sheet in a fresh browser, once the device has read /withdrawals.json and decided. */
  const visit = async (list?: (build: { sequence: number }) => object) => {
    const tab = await built.newPage();
    try {
      if (list) {
        // The sequence a page asks first, and the list it then fetches, both from the stand-in.
        for (const file of ["withdrawals-sequence.json", "withdrawals.json"]) {
          await tab.page.route(`**/${file}`, async (route) => {
            const build = (await (await route.fetch()).json()) as { sequence: number };
            await route.fulfill({ json: list(build) });
          });
        }
      }
      const scripts = await scriptsFetched(tab.page, async () => {
        await tab.page.goto(`/products/${sheets[0]}/`);
        // Written once the fetched list is judged (and, were it newer, checked and stored).
        await expect
          .poll(() => tab.page.evaluate((key) => localStorage.getItem(key), CONFIRMED))
          .not.toBeNull();
      });
      return {
        gzip: scripts.reduce((total, body) => total + gzipSync(body).length, 0),
        zod: scripts.some((body) => body.toString("utf8").includes(ZOD)),
        stored: await tab.page.evaluate((key) => localStorage.getItem(key) !== null, LIST),
        errors: tab.pageErrors(),
      };
    } finally {
      await tab.close();
    }
  };

  test("reads its own build's list without the validator, and keeps it within 15 KB", async () => {
    const first = await visit();
    expect(first).toMatchObject({ zod: false, stored: false, errors: [] });
    expect(first.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  test("checks and keeps a list newer than its build", async () => {
    const newer = await visit((build) => ({ ...build, sequence: build.sequence + 1 }));
    expect(newer).toMatchObject({ zod: true, stored: true, errors: [] });
  });
});
