// The whole built site: every page loads without a request to another origin or a script error,
// and the library's pages without an interactive part carry no script of their own.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, test } from "vitest";
import { libraryLanguages } from "../../src/site/languages.ts";
import { indexedFolders } from "../../src/site/search.ts";
import { useBuiltSite } from "./built-site.ts";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
/**
 * Library pages with nothing to click but links: the product list and roles. (Promise boundaries
 * have "Tell marketing" buttons.)
 */
const STATIC_PAGES = [/^\/products\/$/, /^\/roles\/$/];

const built = useBuiltSite();
let pages: { path: string; html: string }[];

beforeAll(async () => {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  pages = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name === "index.html")
      .map(async (entry) => {
        const file = join(entry.parentPath, entry.name);
        const path = `/${relative(DIST, entry.parentPath).split(sep).join("/")}/`.replace(
          "//",
          "/",
        );
        return { path, html: await readFile(file, "utf8") };
      }),
  );
});

/** Executable scripts of a page: external ones by URL, inline ones by their text. */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/(?:ld\+)?json"/.test(attributes!))
    .map(([, attributes, body]) => /src="([^"]+)"/.exec(attributes!)?.[1] ?? body!);
}

test(
  "every page loads with no request to another origin and no script error",
  { timeout: 240_000 },
  async () => {
    const tab = await built.newPage();
    try {
      for (const { path } of pages) {
        const response = await tab.page.goto(path);
        expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
      }
      expect(tab.foreignRequests()).toEqual([]);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  },
);

test("every page that asks to be searched is in a folder Pagefind reads", () => {
  const indexed = pages.filter(({ html }) => html.includes("data-pagefind-body"));
  expect(indexed.length).toBeGreaterThan(0);
  const folders = indexedFolders(libraryLanguages("content").locales);
  const outside = indexed.filter(
    ({ path }) => !folders.some((folder) => path.startsWith(`/${folder}/`)),
  );
  expect(outside.map(({ path }) => path)).toEqual([]);
});

test("the library's pages without an interactive part run only the scripts every page shares", () => {
  const shared = pages
    .map(({ html }) => new Set(scriptsOf(html)))
    .reduce((common, scripts) => new Set([...common].filter((script) => scripts.has(script))));
  const checked = pages.filter(({ path }) => STATIC_PAGES.some((pattern) => pattern.test(path)));
  expect(checked.map(({ path }) => path)).toEqual(
    expect.arrayContaining(["/products/", "/roles/"]),
  );
  const extra = checked
    .map(({ path, html }) => ({
      path,
      scripts: scriptsOf(html).filter((script) => !shared.has(script)),
    }))
    .filter(({ scripts }) => scripts.length > 0);
  expect(extra).toEqual([]);
});

test("no sentence runs into a link or emphasis: the words around them keep their space", () => {
  const joined = pages.flatMap(({ path, html }) =>
    [...html.matchAll(/[\p{L}.,;:]<(a|strong|em)\b[^>]*>[^<]{0,30}/gu)].map(
      (match) => `${path}: ${match[0]}`,
    ),
  );
  expect(joined).toEqual([]);
});

test("the internal build's menu links content health and What changed", () => {
  for (const { path, html } of pages.filter(
    (page) => page.path === "/" || page.path === "/products/",
  )) {
    const menu = /<nav id="site-menu"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    expect(menu, path).toContain('href="/health/"');
    expect(menu, path).toContain('href="/changes/"');
  }
});
