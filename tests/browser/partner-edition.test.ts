// The partner edition of a generated library (`astro build --audience partner`): every page says
// "Partner edition", no file holds an internal address or the repository's URL, and every way to
// ask or tell goes to the partner team by e-mail.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { unzipSync } from "fflate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BENCH_AS_OF, generateLibrary, writeLibrary } from "../../bench/generate.ts";
import { builtFileText } from "../../src/cli/commands/leakcheck.ts";
import { sheetReaches } from "../../src/core/guardrails/audience.ts";
import { checkLibrary } from "../../src/core/check.ts";
import type { Library } from "../../src/core/source/library.ts";
import { offlineDownloadPath } from "../../src/library/built-site.ts";
import { REPOSITORY } from "../../src/site/config.ts";
import { urlSegment } from "../../src/core/text/slug.ts";
import { buildLibrary } from "./build-library.ts";
import { checkA11y, launchBrowser, newPage, serveSite, type ServedSite } from "./harness.ts";

const PARTNERS = "partners@bench.example";
const UI = { timeout: 20_000 };

let workDir: string;
let dist: string;
let library: Library;
let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "fieldguide-partner-"));
  const files = generateLibrary({ sheets: 12 });
  const content = await writeLibrary(files, workDir);
  library = checkLibrary(
    files.map((file) => ({ path: file.path, bytes: new TextEncoder().encode(file.text) })),
    { asOf: BENCH_AS_OF },
  ).library!;
  ({ dist } = await buildLibrary(content, join(workDir, "dist-partner"), {
    FIELDGUIDE_AS_OF: BENCH_AS_OF,
    FIELDGUIDE_AUDIENCE: "partner",
  }));
  [site, browser] = await Promise.all([serveSite(dist), launchBrowser()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const partnerSheet = () =>
  library.sheets.find(
    (sheet) =>
      sheetReaches(sheet.product, "partner") &&
      sheet.product.promises.some((promise) => promise.audience === undefined),
  )!;

/** Every address the library gives a role, an owner or an escalation. */
function internalAddresses(): string[] {
  const { policy } = library.policy;
  return [
    ...new Set([
      ...policy.roles.flatMap((role) => role.contact ?? []),
      ...library.sheets.flatMap(({ product }) => [
        product.owner,
        ...product.promises.map((promise) => promise.escalate).filter((to) => to.includes("@")),
      ]),
    ]),
  ];
}

describe("every file of the partner build", () => {
  test("holds no internal address and no repository URL: pages, scripts, JSON, search index, offline zip", async () => {
    const texts: [string, string][] = [];
    for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      texts.push([relative(dist, file), builtFileText(await readFile(file))]);
    }
    const zip = unzipSync(await readFile(offlineDownloadPath(dist)));
    for (const [name, bytes] of Object.entries(zip)) texts.push([name, builtFileText(bytes)]);

    expect(texts.some(([name]) => name.startsWith("pagefind/fragment/"))).toBe(true);
    expect(texts.some(([name]) => name === "sw.js")).toBe(true);
    expect(Object.keys(zip).length).toBeGreaterThan(50);
    const addresses = internalAddresses();
    expect(addresses.length).toBeGreaterThan(10);
    const found = texts.flatMap(([name, text]) =>
      [...addresses, REPOSITORY.url]
        .filter((needle) => text.toLowerCase().includes(needle.toLowerCase()))
        .map((needle) => `${name}: ${needle}`),
    );
    expect(found).toEqual([]);
    expect(texts.filter(([, text]) => text.includes(PARTNERS)).length).toBeGreaterThan(10);
  });
});

describe("the partner edition in the browser", () => {
  const pages = () => {
    const sheet = partnerSheet();
    const topic = sheet.product.promises[0]!.topic;
    return [
      "/",
      "/products/",
      `/products/${sheet.slug}/`,
      "/claims/",
      "/promises/",
      `/promises/${urlSegment(topic)}/`,
      `/categories/${urlSegment(sheet.product.category)}/`,
      "/roles/",
      "/draft-checker/",
      "/onboarding/",
      "/field-notes/",
      "/no-such-page/",
    ];
  };

  // Twelve pages, each with axe: slower than one page's test.
  test(
    "says Partner edition on screen and in the title of every page type, axe clean",
    { timeout: 180_000 },
    async () => {
      const tab = await newPage(browser, site.url);
      try {
        for (const path of pages()) {
          await tab.page.goto(path);
          const mark = tab.page.locator(".site-header .edition-mark");
          expect(await mark.isVisible(), path).toBe(true);
          expect(await mark.innerText(), path).toBe("Partner edition");
          expect(await tab.page.title(), path).toContain("Partner edition");
          expect(await checkA11y(tab.page), path).toEqual([]);
        }
        expect(tab.pageErrors()).toEqual([]);
        expect(tab.foreignRequests()).toEqual([]);
      } finally {
        await tab.close();
      }
    },
  );

  test("answers /roles/ with the partner team and the per-role pages with 404", async () => {
    const tab = await newPage(browser, site.url);
    try {
      await tab.page.goto("/roles/");
      expect(await tab.page.getByRole("heading", { level: 1 }).innerText()).toBe(
        "Ask your partner manager",
      );
      const links = await tab.page
        .locator("main a")
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toEqual([`mailto:${PARTNERS}`]);
      expect(await tab.page.getByRole("link", { name: "Contact" }).count()).toBe(1);
      for (const role of library.policy.policy.roles) {
        const response = await tab.page.goto(`/roles/${role.id}/`);
        expect(response?.status(), role.id).toBe(404);
      }
    } finally {
      await tab.close();
    }
  });

  test("sends escalations, Tell marketing and Suggest a change to the partner team by e-mail", async () => {
    const sheet = partnerSheet();
    const tab = await newPage(browser, site.url);
    const { page } = tab;
    try {
      await page.goto(`/products/${sheet.slug}/`);
      const escalations = await page
        .locator(".promise .contact a, .promise a.contact")
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(escalations.length).toBeGreaterThan(0);
      expect(new Set(escalations)).toEqual(new Set([`mailto:${PARTNERS}`]));
      expect(await page.locator(".promise").first().innerText()).toContain(
        `Partner manager (${PARTNERS})`,
      );

      const suggest = page.getByRole("navigation", { name: "Suggest a change" });
      const suggestLinks = await suggest
        .getByRole("link")
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(suggestLinks.every((href) => href.startsWith(`mailto:${PARTNERS}`))).toBe(true);
      expect(suggestLinks[0]).toContain(
        `subject=${encodeURIComponent(`Field feedback: ${sheet.product.title}`)}`,
      );

      await page
        .locator(".promise")
        .first()
        .getByRole("button", { name: "Tell your partner manager" })
        .click();
      const dialog = page.getByRole("dialog", { name: "Tell your partner manager" });
      await expect.poll(() => dialog.isVisible(), UI).toBe(true);
      await dialog.getByRole("radio", { name: "Customer pushed back" }).check();
      await dialog.getByLabel("The customer's words").fill("Your rival promises more.");
      await dialog.getByRole("button", { name: "Keep for your partner manager" }).click();
      const email = dialog.getByRole("link", { name: `Send by e-mail to ${PARTNERS}` });
      await expect.poll(() => email.count(), UI).toBe(1);
      expect(await email.getAttribute("href")).toMatch(new RegExp(`^mailto:${PARTNERS}\\?`));
      expect(await dialog.getByRole("link").count()).toBe(1);
      expect(await dialog.locator(".field-notes-status").innerText()).toBe(
        "1 note is waiting on this device. Send each by e-mail.",
      );
    } finally {
      await tab.close();
    }
  });

  test("names the partner team by its title in the draft checker's advice and its note button", async () => {
    const sheet = partnerSheet();
    const promise = sheet.product.promises.find(
      (candidate) => candidate.audience === undefined && candidate.mayNot.length > 0,
    )!;
    const tab = await newPage(browser, site.url);
    const { page } = tab;
    try {
      await page.goto("/draft-checker/");
      await page.fill("#draft-scope", sheet.product.title);
      await page.fill("#draft-text", `We can say ${promise.mayNot[0]} here.`);
      const finding = page.locator("#draft-findings > li").first();
      await expect.poll(() => finding.innerText(), UI).toContain("Beyond that, ask");
      expect(await finding.innerText()).toContain(
        `Beyond that, ask Partner manager (${PARTNERS}).`,
      );
      expect(await finding.getByRole("button", { name: "Tell your partner manager" }).count()).toBe(
        1,
      );
      expect(await page.getByRole("button", { name: "Tell marketing" }).count()).toBe(0);
    } finally {
      await tab.close();
    }
  });

  test("shows no review badge and a search prompt without ladders", async () => {
    const tab = await newPage(browser, site.url);
    try {
      await tab.page.goto("/products/");
      expect(await tab.page.locator(".tag-internal").count()).toBe(0);
      await tab.page.goto("/");
      const hero = tab.page.locator(".search-hero");
      expect(await hero.innerText()).toContain("Search claims, promises and talk tracks");
      await hero.click();
      const input = tab.page.locator("#search-input");
      await input.waitFor();
      expect(await input.getAttribute("placeholder")).toBe("Search claims, promises, talk tracks…");
      expect(await tab.page.locator("body").innerText()).not.toMatch(/ladder/i);
    } finally {
      await tab.close();
    }
  });

  test.each([1280, 360])("fits the header on one row at %i pixels", async (width) => {
    const tab = await newPage(browser, site.url, { viewport: { width, height: 800 } });
    try {
      await tab.page.goto("/");
      const boxes = await tab.page
        .locator(
          ".site-header-inner > :is(.site-name, .search-open, .menu-toggle:visible, .site-menu:visible)",
        )
        .evaluateAll((elements) =>
          elements
            .filter((element) => (element as HTMLElement).offsetParent !== null)
            .map((element) => {
              const box = element.getBoundingClientRect();
              return { name: element.className, top: box.top, bottom: box.bottom };
            }),
        );
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      // One row: every part overlaps the site name vertically.
      const name = boxes.find((box) => box.name.includes("site-name"))!;
      for (const box of boxes) {
        expect(box.top, box.name).toBeLessThan(name.bottom);
        expect(box.bottom, box.name).toBeGreaterThan(name.top);
      }
      expect(
        await tab.page.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(width);
    } finally {
      await tab.close();
    }
  });
});
