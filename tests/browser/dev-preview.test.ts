// `npm run dev` as the README starts it: in a copy of the project, with the default content/ folder
// and no setting in the environment. Every save is checked and its problems show on the previewed
// page, which keeps rendering. The copy sits at a path with a space and non-ASCII letters and is
// started through a symlink (a symlinked checkout). Starts its own dev server; needs no build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyProject } from "../project-copy.ts";
import { startDevServer, type DevServer } from "./dev-server.ts";
import { checkA11y, launchBrowser } from "./harness.ts";

/** The promise: a problem is on the page within a second of saving. */
const WITHIN_MS = 1000;

let workDir: string;
let library: string;
let server: DevServer;
let browser: Browser;
let page: Page;
let sheet: string;
let original: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "fieldguide-dev-"));
  const project = await copyProject(join(workDir, "Sales library – Zürich"));
  const checkout = join(workDir, "checkout");
  symlinkSync(project, checkout);
  library = join(checkout, "content");
  sheet = join(library, "products/signal-analytics.mdx");
  original = readFileSync(sheet, "utf8");
  [server, browser] = await Promise.all([startDevServer(checkout), launchBrowser()]);
  // A plain page: the harness's request routing would slow the dev server's many module requests.
  page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await recordPanel(page);
  await page.goto("/products/signal-analytics/");
  // Vite optimises the page's dependencies on its first load, then reloads it: edit once it is warm,
  // as a marketer would, with the panel's first answer in.
  await page.waitForLoadState("networkidle");
  await page.reload({ waitUntil: "networkidle" });
  await page.locator(".dev-problems summary", { hasText: "in the library" }).waitFor({
    state: "attached",
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** What the problem panel showed, and when (the page's clock, which is this machine's). */
const shown: { at: number; text: string }[] = [];

/**
 * Records each text the shown panel takes, in every page the tab loads, as it happens: polling from
 * here would add its own delay, and miss a panel that Astro's reload replaces a moment later.
 */
async function recordPanel(tab: Page): Promise<void> {
  await tab.exposeFunction("recordPanel", (text: string, at: number) => shown.push({ at, text }));
  await tab.addInitScript(() => {
    let last = "";
    new MutationObserver(() => {
      const panel = document.querySelector<HTMLElement>(".dev-problems");
      const text = panel && !panel.hidden ? (panel.textContent ?? "") : "";
      if (text === last) return;
      last = text;
      (window as unknown as { recordPanel(text: string, at: number): void }).recordPanel(
        text,
        Date.now(),
      );
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** Saves the sheet and returns how long until the panel showed `text`. */
async function saveAndWaitFor(content: string, text: string): Promise<number> {
  const saved = Date.now();
  writeFileSync(sheet, content);
  const seen = () => shown.find((entry) => entry.at >= saved && entry.text.includes(text));
  await expect.poll(seen, { timeout: 10_000 }).toBeDefined();
  return seen()!.at - saved;
}

describe("npm run dev", () => {
  test("a saved forbidden phrase shows on the page within a second, and goes when fixed", async () => {
    const forbidden = original.replace("## Overview", "## Overview\n\nIt is risk-free for you.");
    const line = forbidden.split("\n").indexOf("It is risk-free for you.") + 1;
    const message = `"risk-free" is a forbidden phrase`;

    const elapsed = await saveAndWaitFor(forbidden, message);
    expect(elapsed).toBeLessThan(WITHIN_MS);
    // Astro reloads the page after the save; the panel comes back with it.
    const panel = page.locator(".dev-problems");
    await expect
      .poll(() => panel.innerText())
      .toContain(`content/products/signal-analytics.mdx:${line}:7`);
    expect(await panel.innerText()).toContain("→ Say instead:");
    // The page keeps rendering underneath, as the library last passed the check: what the check
    // refuses is not shown even in the preview (tests/browser/dev-refused-library.test.ts).
    const main = await page.locator("main").innerText();
    expect(main).toContain("Signal Analytics");
    expect(main).not.toContain("risk-free for you");
    expect(server.output()).toMatch(
      new RegExp(`signal-analytics\\.mdx:${line}:7 +error: ${message}`),
    );

    writeFileSync(sheet, original);
    await expect
      .poll(() => panel.innerText(), { timeout: 10_000, interval: 50 })
      .not.toContain(message);
  });

  test("broken YAML shows as file:line with no stack trace, and the page keeps its last good state", async () => {
    const outputBefore = server.output().length;
    const broken = original.replace(/^title: .*$/m, "title: [Signal Analytics");
    const elapsed = await saveAndWaitFor(broken, "the YAML cannot be read");
    expect(elapsed).toBeLessThan(WITHIN_MS);
    await expect
      .poll(() => page.locator(".dev-problems").innerText())
      .toMatch(/content\/products\/signal-analytics\.mdx:\d+:\d+/);
    // Give Astro's reload time to happen, then look at what the reader and the terminal got.
    await page.waitForTimeout(1500);
    expect(await page.locator("h1").first().innerText()).toBe("Signal Analytics");
    // The panel keeps the page accessible (it is read, after Astro's reload, with the problem shown).
    expect(await checkA11y(page)).toEqual([]);
    expect(await page.content()).not.toMatch(/YAMLException|Stack trace/i);
    const terminal = server.output().slice(outputBefore);
    expect(terminal).toMatch(/signal-analytics\.mdx:\d+:\d+ +error: the YAML cannot be read/);
    expect(terminal).not.toMatch(/Stack trace|^\s+at /m);

    writeFileSync(sheet, original);
    await expect
      .poll(() => page.locator(".dev-problems").innerText(), { timeout: 10_000 })
      .not.toContain("the YAML cannot be read");
  });

  test("a talk track showing an image of the library, which MDX still compiles, keeps its last good state through broken YAML", async () => {
    mkdirSync(join(library, "images"), { recursive: true });
    writeFileSync(join(library, "images/diagram.png"), Buffer.from(ONE_PIXEL_PNG, "base64"));
    const withImage = original.replace(
      "## Overview",
      "## Overview\n\n![Architecture diagram](../images/diagram.png)",
    );
    writeFileSync(sheet, withImage);
    await expect
      .poll(() => page.locator('main img[alt="Architecture diagram"]').count(), {
        timeout: 10_000,
      })
      .toBe(1);

    const outputBefore = server.output().length;
    await saveAndWaitFor(
      withImage.replace(/^title: .*$/m, "title: [Signal Analytics"),
      "the YAML cannot be read",
    );
    await page.waitForTimeout(1500);
    expect(await page.locator("h1").first().innerText()).toBe("Signal Analytics");
    expect(await page.locator('main img[alt="Architecture diagram"]').count()).toBe(1);
    expect(await page.content()).not.toMatch(/YAMLException|Stack trace/i);
    expect(server.output().slice(outputBefore)).not.toMatch(/Stack trace|^\s+at /m);

    writeFileSync(sheet, original);
    await expect
      .poll(() => page.locator(".dev-problems").innerText(), { timeout: 10_000 })
      .not.toContain("the YAML cannot be read");
  });
});

/** The smallest PNG: one transparent pixel. */
const ONE_PIXEL_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
