// Smoke test of the built site in dist/ (build it first: `npm run build`; `npm test` does),
// plus a self-test of the harness on a tiny throwaway site.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkA11y, launchBrowser, newPage, serveSite, type ServedSite } from "./harness.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("built site", () => {
  let site: ServedSite;

  beforeAll(async () => {
    site = await serveSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  test("home page renders a heading without errors or foreign requests", async () => {
    const tab = await newPage(browser, site.url);
    try {
      const response = await tab.page.goto("/");
      expect(response?.status()).toBe(200);
      await expect.poll(() => tab.page.locator("h1").count()).toBeGreaterThan(0);
      expect((await tab.page.locator("h1").first().innerText()).trim()).not.toBe("");
      expect(tab.foreignRequests()).toEqual([]);
      expect(tab.pageErrors()).toEqual([]);
      expect(tab.consoleErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

describe("harness", () => {
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><main>${body}</main></body></html>`;

  let root: string;
  let site: ServedSite;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "fieldguide-harness-"));
    await mkdir(join(root, "guide"));
    await mkdir(join(root, "pagefind"));
    await writeFile(join(root, "index.html"), page("Home", "<h1>Home</h1>"));
    await writeFile(join(root, "guide", "index.html"), page("Guide", "<h1>Guide</h1>"));
    await writeFile(join(root, "404.html"), page("Not found", "<h1>Not found</h1>"));
    await writeFile(join(root, "no-alt.html"), page("No alt", '<h1>Img</h1><img src="/i.svg">'));
    await writeFile(join(root, "i.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(root, "data.json"), "{}");
    await writeFile(join(root, "site.webmanifest"), "{}");
    await writeFile(join(root, "pagefind", "pagefind.wasm"), new Uint8Array([0, 97, 115, 109]));
    for (const name of ["wasm.en.pagefind", "pagefind.en.pf_meta", "a.pf_fragment", "b.pf_index"]) {
      await writeFile(join(root, "pagefind", name), new Uint8Array([1, 2, 3]));
    }
    site = await serveSite(root);
  });

  afterAll(async () => {
    await site?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  test("serveSite listens on 127.0.0.1 with a free port", () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test.each([
    ["/", "text/html"],
    ["/guide/", "text/html"],
    ["/data.json", "application/json"],
    ["/site.webmanifest", "application/manifest+json"],
    ["/pagefind/pagefind.wasm", "application/wasm"],
    ["/pagefind/wasm.en.pagefind", "application/octet-stream"],
    ["/pagefind/pagefind.en.pf_meta", "application/octet-stream"],
    ["/pagefind/a.pf_fragment", "application/octet-stream"],
    ["/pagefind/b.pf_index", "application/octet-stream"],
  ])("serveSite serves %s as %s", async (path, type) => {
    const response = await fetch(site.url + path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")?.split(";")[0]).toBe(type);
  });

  test("serveSite redirects a directory URL to its trailing-slash form", async () => {
    const response = await fetch(`${site.url}/guide?x=1`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/guide/?x=1");
    expect(await (await fetch(`${site.url}/guide`)).text()).toContain("<h1>Guide</h1>");
  });

  test("serveSite answers unknown paths with 404.html", async () => {
    const response = await fetch(`${site.url}/missing/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("<h1>Not found</h1>");
  });

  test("newPage aborts and records requests to other origins", async () => {
    const tab = await newPage(browser, site.url);
    try {
      await tab.page.goto("/");
      // Same server, other origin (localhost vs 127.0.0.1): must never reach it.
      const foreignUrl = site.url.replace("127.0.0.1", "localhost") + "/data.json";
      const outcome = await tab.page.evaluate(
        (url) =>
          fetch(url).then(
            () => "loaded",
            () => "blocked",
          ),
        foreignUrl,
      );
      expect(outcome).toBe("blocked");
      expect(tab.foreignRequests()).toEqual([foreignUrl]);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test("newPage records uncaught page errors and console errors", async () => {
    const tab = await newPage(browser, site.url);
    try {
      await tab.page.goto("/");
      await tab.page.evaluate(() => {
        console.error("boom in console");
        setTimeout(() => {
          throw new Error("boom uncaught");
        });
      });
      await expect.poll(() => tab.pageErrors().join("\n")).toContain("boom uncaught");
      expect(tab.consoleErrors().join("\n")).toContain("boom in console");
    } finally {
      await tab.close();
    }
  });

  test("checkA11y reports serious and critical violations readably", async () => {
    const tab = await newPage(browser, site.url);
    try {
      await tab.page.goto("/");
      expect(await checkA11y(tab.page)).toEqual([]);
      await tab.page.goto("/no-alt.html");
      const violations = await checkA11y(tab.page);
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatch(/^\[critical\] image-alt: .+\n {4}at: img$/);
    } finally {
      await tab.close();
    }
  });
});
