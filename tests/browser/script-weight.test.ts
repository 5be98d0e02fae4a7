// A product sheet is read on phones over poor networks: every script it loads before anything is
// clicked stays within 15 KB gzip (the bench's budget, bench/report.ts). The /withdrawals.json
// validator (zod) is not among them: it is imported only when a newer list arrives.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const BUDGET_GZIP = 15 * 1024;

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
    // zod's own error, present in any chunk holding its parser.
    const withZod = scripts.filter((file) => readFileSync(file, "utf8").includes("invalid_type"));
    expect(withZod).toEqual([]);
  });
});
