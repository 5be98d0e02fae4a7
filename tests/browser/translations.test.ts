// Translations in the built site. The internal build in dist/ (build it first: `npm run build`):
// the Translations page, a German sheet, its language switcher and German search. Two builds of
// their own: a copy of the sample whose source claim changed after its German translation was
// approved (and another claim withdrawn), and the partner edition of the sample.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { readdir } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtFileText } from "../../src/cli/commands/leakcheck.ts";
import { checkLibrary } from "../../src/core/check.ts";
import { findLeaks, leakRules } from "../../src/core/publishing/leaks.ts";
import { readLibraryFiles } from "../../src/library/files.ts";
import { buildLibrary } from "./build-library.ts";
import { useBuiltSite } from "./built-site.ts";
import { checkA11y, launchBrowser, newPage, serveSite, type ServedSite } from "./harness.ts";

const built = useBuiltSite();
const NOTICE = "Not yet approved in Deutsch: showing the English wording";
/** The first search loads Pagefind's bundle and index chunks: slow on a busy machine. */
const LOADED = { timeout: 15_000 };
const AS_OF = "2026-12-01";

test("/translations/ lists each language's sheets: approved ones and what is not translated", async () => {
  const tab = await built.newPage();
  try {
    const response = await tab.page.goto("/translations/");
    expect(response?.status()).toBe(200);
    const german = tab.page.getByRole("table", { name: "Translation status in Deutsch" });
    const row = (name: string) => german.getByRole("row", { name: new RegExp(`^${name}`) });

    await expect
      .poll(() => row("Signal Analytics").innerText())
      .toMatch(/approved\s+20 Nov 2026\s+nothing/);
    expect(await row("Edge Shield").innerText()).toMatch(/not translated\s+everything/);
    // Each row opens the sheet in the language, where it has a page in it.
    const href = (name: string) => row(name).getByRole("link").getAttribute("href");
    expect(await href("Signal Analytics")).toBe("/de/products/signal-analytics/");
    expect(await href("Edge Shield")).toBe("/products/edge-shield/");
    expect(await german.locator('tr[data-state="approved"]').count()).toBe(4);
    expect(
      await tab.page
        .getByRole("table", { name: "Translation status in Français" })
        .locator('tr[data-state="approved"]')
        .count(),
    ).toBe(1);
    expect(await tab.page.getByRole("heading", { name: "Deutsch" }).getAttribute("lang")).toBe(
      "de",
    );
    expect(await checkA11y(tab.page)).toEqual([]);
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});

/** The claim and boundary texts of a sheet page, each with the language it is marked in. */
function itemTexts(page: Page) {
  return page
    .locator(".claim.card .claim-text, .promise.card .may > span:not(.label)")
    .evaluateAll((items) =>
      items.map((item) => ({
        lang: item.closest("[lang]")!.getAttribute("lang"),
        text: item.textContent!.trim(),
      })),
    );
}

/** Every item the standing island watches, with the attributes it reads. */
function standing(page: Page) {
  return page
    .locator("[data-standing]")
    .evaluateAll((items) =>
      items.map((item) =>
        [
          item.getAttribute("data-standing"),
          item.getAttribute("data-expires"),
          item.hasAttribute("data-ended"),
        ].join(" "),
      ),
    );
}

describe("a German sheet", () => {
  test("shows the approved German title, summary, claims, boundaries and talk track, and the rest as in the source", async () => {
    const tab = await built.newPage();
    try {
      expect((await tab.page.goto("/de/products/uptime-monitor/"))?.status()).toBe(200);
      const { page } = tab;
      expect(await page.locator("html").getAttribute("lang")).toBe("de");
      const heading = page.getByRole("heading", { level: 1 });
      expect(await heading.getAttribute("lang")).toBe("de");
      expect(await page.locator(".sheet-head .lead").innerText()).toMatch(
        /^Uptime Monitor prüft Websites/,
      );
      const items = await itemTexts(page);
      expect(items).toContainEqual({
        lang: "de",
        text: "Uptime Monitor führt Prüfungen von 22 Standorten in Europa, Nordamerika und im Asien-Pazifik-Raum aus.",
      });
      expect(items.every((item) => item.lang === "de")).toBe(true);
      expect(await page.locator("#notes").getAttribute("lang")).toBe("de");
      expect(await page.locator("#notes").innerText()).toContain("Gesprächsleitfaden");
      // A <Claim> in the German talk track shows the German claim.
      expect(
        await page.locator('#notes [data-claim="uptime-monitor-interval"]').innerText(),
      ).toContain("bis zu alle 30 Sekunden");
      expect(await page.getByText(NOTICE).count()).toBe(0);
      // The site's own words stay English, and say so.
      const langOf = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => el.closest("[lang]")!.getAttribute("lang"));
      expect(await langOf("#claims-title")).toBe("en");
      expect(await langOf(".site-header")).toBe("en");
      expect(await langOf("#search-dialog")).toBe("en");

      // What is not translated is the source sheet's: price, ladder, owner, dates, evidence.
      const german = await page
        .locator(".sheet-head .facts, #ladder, .claim .facts")
        .allInnerTexts();
      const english = await newSourcePage(tab.page, "/products/uptime-monitor/");
      expect(german).toEqual(
        await english.locator(".sheet-head .facts, #ladder, .claim .facts").allInnerTexts(),
      );
      expect(await standing(page)).toEqual(await standing(english));
      await english.close();

      expect(await checkA11y(page)).toEqual([]);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test("has a language switcher to each version that exists, usable from the keyboard", async () => {
    const tab = await built.newPage();
    try {
      const { page } = tab;
      await page.goto("/de/products/uptime-monitor/");
      const languages = page.getByRole("navigation", { name: "Languages" });
      expect(await languages.getByRole("link").allInnerTexts()).toEqual([
        "English",
        "Deutsch",
        "Français",
      ]);
      expect(
        await languages.getByRole("link", { name: "Deutsch" }).getAttribute("aria-current"),
      ).toBe("page");

      await languages.getByRole("link", { name: "Deutsch" }).focus();
      await page.keyboard.press("Shift+Tab");
      await Promise.all([
        page.waitForURL((url) => url.pathname === "/products/uptime-monitor/"),
        page.keyboard.press("Enter"),
      ]);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");

      await page
        .getByRole("navigation", { name: "Languages" })
        .getByRole("link", { name: "Français" })
        .focus();
      await Promise.all([
        page.waitForURL((url) => url.pathname === "/fr/products/uptime-monitor/"),
        page.keyboard.press("Enter"),
      ]);
      expect(await page.locator("html").getAttribute("lang")).toBe("fr");
      expect(await checkA11y(page)).toEqual([]);

      // A sheet with no translation has no switcher.
      await page.goto("/products/edge-shield/");
      expect(await page.getByRole("navigation", { name: "Languages" }).count()).toBe(0);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

async function newSourcePage(page: Page, path: string): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(path);
  return other;
}

/** Opens search with "/" on the page at `path`, types the words and waits for the answer. */
async function search(page: Page, words: string, path: string): Promise<string[]> {
  await page.goto(path);
  await page.keyboard.press("/");
  await page.keyboard.type(words);
  await expect
    .poll(() => page.locator("#search-status").innerText(), LOADED)
    .toContain(`“${words}”`);
  return page
    .locator("#search-results > li a")
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
}

describe("search in German", () => {
  test("a German word on a German page finds the German sheet, and only German pages", async () => {
    const tab = await built.newPage();
    try {
      const found = await search(tab.page, "Standorten", "/de/products/signal-analytics/");
      expect(found).toContain("/de/products/uptime-monitor/");
      expect(found.every((path) => path.startsWith("/de/"))).toBe(true);

      // An English page searches the English index.
      const english = await search(tab.page, "Standorten", "/products/signal-analytics/");
      expect(english.some((path) => path.startsWith("/de/"))).toBe(false);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

describe("builds of their own", { timeout: 300_000 }, () => {
  let workDir: string;
  let browser: Browser;
  let changed: { site: ServedSite; dist: string };
  let partner: { site: ServedSite; dist: string };

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "fieldguide-translations-"));
    const content = join(workDir, "content");
    await cp("content", content, { recursive: true });
    const sheet = join(content, "products/signal-analytics.mdx");
    let source = await readFile(sheet, "utf8");
    const edits: [string, string][] = [
      // Changed after the German translation was approved: stale in German.
      ["99.9% monthly uptime in every month since", "99.9% monthly uptime in each month since"],
      // Withdrawn: the German page says so as the English one does.
      [
        "    channels: [call]\n    audience: [internal]\n",
        `    channels: [call]\n    audience: [internal]\n    withdrawn: { on: ${AS_OF}, reason: Kestrel changed its product. }\n`,
      ],
    ];
    for (const [from, to] of edits) {
      if (!source.includes(from)) throw new Error(`signal-analytics.mdx no longer has ${from}`);
      source = source.replace(from, to);
    }
    await writeFile(sheet, source);
    // One build at a time: two builds share the project's content cache.
    const changedDist = (
      await buildLibrary(content, join(workDir, "dist"), { FIELDGUIDE_AS_OF: AS_OF })
    ).dist;
    const partnerDist = (
      await buildLibrary("content", join(workDir, "dist-partner"), {
        FIELDGUIDE_AS_OF: AS_OF,
        FIELDGUIDE_AUDIENCE: "partner",
      })
    ).dist;
    const [changedSite, partnerSite] = await Promise.all([
      serveSite(changedDist),
      serveSite(partnerDist),
    ]);
    changed = { site: changedSite, dist: changedDist };
    partner = { site: partnerSite, dist: partnerDist };
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await changed?.site.close();
    await partner?.site.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  test("a claim changed since its German approval is shown in English, with the notice; the rest stays German", async () => {
    const tab = await newPage(browser, changed.site.url);
    try {
      const { page } = tab;
      await page.goto("/de/products/signal-analytics/");
      const stale = page.locator(".claim.card:has(#claim-signal-analytics-uptime)");
      expect(await stale.locator(".claim-text").getAttribute("lang")).toBe("en");
      expect(await stale.locator(".claim-text").innerText()).toBe(
        "Signal Analytics has delivered 99.9% monthly uptime in each month since January 2024.",
      );
      expect(await stale.getByText(NOTICE).count()).toBe(1);
      expect(await stale.getByText(NOTICE).getAttribute("lang")).toBe("en");

      const trial = page.locator(".claim.card:has(#claim-signal-analytics-trial) .claim-text");
      expect(await trial.getAttribute("lang")).toBe("de");
      // The German talk track quotes the same claim: in English there too, with the notice.
      const quoted = page.locator('#notes [data-claim="signal-analytics-uptime"]');
      expect(await quoted.locator(".claim-text").innerText()).toContain("in each month since");
      expect(await quoted.getByText(NOTICE).count()).toBe(1);
      expect(await page.getByText(NOTICE).count()).toBe(2);

      // Withdrawn in the source: withdrawn here too, by the same attributes the island reads.
      const withdrawn = page.locator(".claim.card:has(#claim-signal-analytics-win-rate)");
      expect(await withdrawn.getAttribute("data-ended")).toBe("");
      expect(await withdrawn.innerText()).toContain("Kestrel changed its product.");
      const english = await newSourcePage(page, "/products/signal-analytics/");
      expect(await standing(page)).toEqual(await standing(english));
      await english.close();

      expect(await checkA11y(page)).toEqual([]);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test("the partner edition builds only partner-visible translations, and no file holds a withheld one", async () => {
    expect(existsSync(join(partner.dist, "de/products/data-residency/index.html"))).toBe(false);
    expect(existsSync(join(partner.dist, "de/products/signal-analytics/index.html"))).toBe(true);

    const { library, translations } = checkLibrary(await readLibraryFiles("content"), {
      asOf: AS_OF,
    });
    const rules = leakRules(library!, "partner", { translations });
    expect(rules.phrases.map((rule) => rule.phrase)).toContain(
      "Signal Analytics hat im ersten Halbjahr 2026 62 % der Vergleichsevaluierungen gegen Kestrel Metrics gewonnen.",
    );
    const leaks = [];
    for (const entry of await readdir(partner.dist, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      leaks.push(
        ...findLeaks(relative(partner.dist, file), builtFileText(await readFile(file)), rules),
      );
    }
    expect(leaks).toEqual([]);

    const tab = await newPage(browser, partner.site.url);
    try {
      await tab.page.goto("/de/products/signal-analytics/");
      expect(await tab.page.locator("html").getAttribute("lang")).toBe("de");
      expect(await tab.page.locator("#claim-signal-analytics-win-rate").count()).toBe(0);
      expect(await tab.page.getByText("Partner edition").first().isVisible()).toBe(true);
      expect(await checkA11y(tab.page)).toEqual([]);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
