// The locked-down site: every built page carries a Content Security Policy that lets only the
// site's own scripts run (files, or inline scripts with their hash), and the site still works
// under it, also with the headers of public/_headers as a static host would send them.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, serveSite, type ServedSite } from "./harness.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");

/** One page of each kind; the islands (search, checkers) are where a CSP breaks things. */
const PAGES = [
  "/",
  "/products/edge-shield/",
  "/claims/",
  "/promises/",
  "/draft-checker/",
  "/deal-checker/",
];

function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort();
}

/** `{ "script-src": ["'self'", …], … }` from a page's <meta http-equiv="content-security-policy">. */
function metaPolicies(html: string): Record<string, string[]>[] {
  return [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)].map(
    ([, content]) =>
      Object.fromEntries(
        content!
          .split(";")
          .map((directive) => directive.trim().split(/\s+/))
          .filter(([name]) => name)
          .map(([name, ...sources]) => [name, sources]),
      ),
  );
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** Collects the page's CSP violations ("script-src-elem blocked inline"), from the next load on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe("the Content Security Policy of every built page", () => {
  const pages = builtPages(DIST);

  it("is set once per page, before any script, with no 'unsafe-inline' or 'unsafe-eval'", () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), "utf8");
      const policies = metaPolicies(html);
      expect(policies, file).toHaveLength(1);
      const [policy] = policies as [Record<string, string[]>];
      expect(policy["default-src"], file).toEqual(["'self'"]);
      expect(policy["object-src"], file).toEqual(["'none'"]);
      expect(policy["base-uri"], file).toEqual(["'self'"]);
      expect(policy["script-src"]?.slice(0, 2), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy["script-src"], file).not.toContain("'unsafe-inline'");
      expect(policy["script-src"], file).not.toContain("'unsafe-eval'");
      expect(policy["style-src"], file).not.toContain("'unsafe-inline'");
      expect(html.indexOf("content-security-policy"), file).toBeLessThan(html.indexOf("<script"));
    }
  });

  it("lists the hash of every inline script and style of the page", () => {
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), "utf8");
      const [policy] = metaPolicies(html) as [Record<string, string[]>];
      const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
        // Data blocks (type="application/json") are never executed, so a CSP does not apply.
        .filter(([, attributes]) => !/type="application\/json"/.test(attributes!))
        .map(([, , body]) => body!);
      for (const script of scripts) expect(policy["script-src"], file).toContain(sha256(script));
      for (const [, style] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        expect(policy["style-src"], file).toContain(sha256(style!));
      }
    }
  });

  it("has no inline event handler attribute anywhere", () => {
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), "utf8");
      const handlers = [...html.matchAll(/<[a-zA-Z][^>]*>/g)].flatMap(([tag]) =>
        [...tag.matchAll(/\s(on[a-z]+)\s*=/gi)].map(([, name]) => name),
      );
      expect(handlers, file).toEqual([]);
    }
  });
});

describe("the built site under its Content Security Policy", () => {
  let browser: Browser;
  let site: ServedSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveSite();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("runs each kind of page's own scripts without a single violation", async () => {
    const tab = await newPage(browser, site.url);
    try {
      const violations = await recordViolations(tab.page);
      for (const path of PAGES) {
        await tab.page.goto(path);
        expect(await violations(), path).toEqual([]);
      }
      expect(tab.pageErrors()).toEqual([]);
      expect(tab.consoleErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it("refuses a script injected into the page", async () => {
    const tab = await newPage(browser, site.url);
    try {
      const violations = await recordViolations(tab.page);
      await tab.page.goto("/");
      const injected = await tab.page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = true";
        document.body.append(script);
        return (window as unknown as { __injected?: boolean }).__injected;
      });
      expect(injected).toBe(undefined);
      await expect.poll(violations).toEqual(["script-src-elem blocked inline"]);
    } finally {
      await tab.close();
    }
  });

  it("shows markup typed into the draft checker as text", async () => {
    const tab = await newPage(browser, site.url);
    try {
      await tab.page.goto("/draft-checker/");
      const typed = `<img src="x" onerror="window.__typed = true"><script>window.__typed = true</script> It is risk-free.`;
      await tab.page.fill("#draft-text", typed);
      await expect
        .poll(() => tab.page.locator("#draft-mirror").innerText())
        .toContain('<img src="x"');
      expect(await tab.page.locator("#draft-mirror img, #draft-mirror script").count()).toBe(0);
      expect(
        await tab.page.evaluate(() => (window as unknown as { __typed?: boolean }).__typed),
      ).toBe(undefined);
    } finally {
      await tab.close();
    }
  });
});

describe("a built page with a planted inline script and event handler", () => {
  let root: string;
  let browser: Browser;
  let site: ServedSite;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "fieldguide-csp-"));
    cpSync(DIST, root, { recursive: true });
    const page = join(root, "products", "edge-shield", "index.html");
    const planted = readFileSync(page, "utf8").replace(
      "</main>",
      '<script>window.__planted = true</script><img src="/missing.png" alt="" onerror="window.__handler = true"></main>',
    );
    writeFileSync(page, planted);
    browser = await launchBrowser();
    site = await serveSite(root);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("runs neither, while the page's own hashed scripts still run", async () => {
    const tab = await newPage(browser, site.url);
    try {
      const violations = await recordViolations(tab.page);
      await tab.page.goto("/products/edge-shield/");
      const ran = await tab.page.evaluate(() => {
        const flags = window as unknown as { __planted?: boolean; __handler?: boolean };
        return { planted: flags.__planted, handler: flags.__handler };
      });
      expect(ran).toEqual({ planted: undefined, handler: undefined });
      expect((await violations()).sort()).toEqual([
        "script-src-attr blocked inline",
        "script-src-elem blocked inline",
      ]);
      // The copy buttons are shown by the page's own inline script, allowed by its hash.
      await expect
        .poll(() => tab.page.locator("button[data-copy-text]").first().isVisible())
        .toBe(true);
    } finally {
      await tab.close();
    }
  });
});

describe("public/_headers", () => {
  const rules = parseHeaders(readFileSync(join(ROOT, "public", "_headers"), "utf8"));

  it("sends a CSP with frame-ancestors and the other security headers for every path", () => {
    const all = rules.find((rule) => rule.path === "/*")!.headers;
    expect(all["Content-Security-Policy"]).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(all["Content-Security-Policy"]).not.toMatch(/script-src|style-src|default-src|unsafe/);
    expect(all["X-Content-Type-Options"]).toBe("nosniff");
    expect(all["Referrer-Policy"]).toBe("no-referrer");
    expect(all["Permissions-Policy"]).toContain("camera=()");
  });

  it("lets Pagefind's content-named files be cached for good, and nothing else", () => {
    const immutable = rules
      .filter((rule) => rule.headers["Cache-Control"]?.includes("immutable"))
      .map((rule) => rule.path);
    expect(immutable).toEqual(["/_astro/*", "/pagefind/fragment/*", "/pagefind/index/*"]);
  });

  describe("served as a static host would", () => {
    let browser: Browser;
    let site: ServedSite;

    beforeAll(async () => {
      browser = await launchBrowser();
      site = await serveWithHeaders(DIST, rules);
    });

    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it("keeps pages, their inline scripts and search (WebAssembly) working under both policies", async () => {
      const fragment = readdirSync(join(DIST, "pagefind", "fragment"))[0];
      const cached = await fetch(`${site.url}/pagefind/fragment/${fragment}`);
      expect(cached.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const tab = await newPage(browser, site.url);
      try {
        const violations = await recordViolations(tab.page);
        const product = await tab.page.goto("/products/edge-shield/");
        expect(product?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
        await expect
          .poll(() => tab.page.locator("button[data-copy-text]").first().isVisible())
          .toBe(true);
        await tab.page.goto("/");
        await tab.page.keyboard.press("/");
        await tab.page.fill("#search-input", "OWASP");
        await expect
          .poll(() => tab.page.locator("#search-results").innerText(), { timeout: 15_000 })
          .toContain("OWASP");
        expect(await violations()).toEqual([]);
        expect(tab.pageErrors()).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  });
});

interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** The Netlify / Cloudflare Pages format: a path, then its headers indented below it. */
function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const [name, ...value] = line.trim().split(":");
    rules.at(-1)!.headers[name!] = value.join(":").trim();
  }
  return rules;
}

async function serveWithHeaders(dir: string, rules: HeaderRule[]): Promise<ServedSite> {
  const matches = (pattern: string, path: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(
      path,
    );
  const serve = sirv(dir, { dev: true, extensions: ["html"] });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    for (const rule of rules.filter((candidate) => matches(candidate.path, path))) {
      for (const [name, value] of Object.entries(rule.headers)) res.setHeader(name, value);
    }
    serve(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
