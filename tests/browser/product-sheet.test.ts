// A product sheet: guardrails before the talk track, copyable claims, review notice, small screens
// and paper.
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, test } from "vitest";
import type { Library } from "../../src/core/source/library.ts";
import { reviewDue } from "../../src/core/rules/time.ts";
import { formatDate } from "../../src/site/format.ts";
import { useBuiltSite } from "./built-site.ts";
import { sampleLibrary, sheet } from "./sample-library.ts";

const DIST_PRODUCTS = fileURLToPath(new URL("../../dist/products/", import.meta.url));

const built = useBuiltSite();
let library: Library;
let slugs: string[];

beforeAll(async () => {
  library = await sampleLibrary();
  const entries = await readdir(DIST_PRODUCTS, { withFileTypes: true });
  slugs = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
});

test("the guardrails come before the talk track, in the order a rep needs them", async () => {
  const tab = await built.newPage();
  try {
    await tab.page.goto("/products/edge-shield/");
    const order = await tab.page.evaluate(() =>
      [...document.querySelectorAll("main section[id]")].map((section) => section.id),
    );
    expect(order).toEqual(["claims", "ladder", "promises", "dont-say", "field-says", "notes"]);
  } finally {
    await tab.close();
  }
});

test("the copy button copies the exact wording of the claim", async () => {
  const { product } = sheet(library, "edge-shield");
  const tab = await built.newPage({
    permissions: ["clipboard-read", "clipboard-write"],
  });
  try {
    await tab.page.goto("/products/edge-shield/");
    for (const claim of [product.claims[0]!, product.claims.at(-1)!]) {
      const card = tab.page.locator(".claim", { has: tab.page.locator(`#claim-${claim.id}`) });
      await card.getByRole("button", { name: "Copy wording" }).click();
      await expect
        .poll(() => card.getByRole("status").innerText())
        .toBe("Copied the exact wording.");
      expect(await tab.page.evaluate(() => navigator.clipboard.readText())).toBe(claim.text);
    }
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});

test("a sheet past its review date says so plainly; a reviewed one does not", async () => {
  const interval = library.policy.policy.reviewIntervalDays;
  const tab = await built.newPage();
  try {
    await tab.page.goto("/");
    // The date the site was built for, as its footer states.
    const built = await tab.page.locator("footer time").first().getAttribute("datetime");
    const stale = library.sheets.filter(
      ({ product }) => reviewDue(product.lastReviewed, interval) < built!,
    );
    const fresh = library.sheets.filter((entry) => !stale.includes(entry));
    expect(stale.length).toBeGreaterThan(0);
    for (const { slug, product } of [stale[0]!, fresh[0]!]) {
      await tab.page.goto(`/products/${slug}/`);
      const notice = tab.page.locator(".stale-notice");
      if (stale.some((entry) => entry.slug === slug)) {
        expect(await notice.innerText()).toContain(
          `its review was due on ${formatDate(reviewDue(product.lastReviewed, interval))}`,
        );
      } else {
        expect(await notice.count()).toBe(0);
      }
    }
  } finally {
    await tab.close();
  }
});

test("every product sheet fits a 360 px wide screen without sideways scrolling", async () => {
  const tab = await built.newPage({ viewport: { width: 360, height: 740 } });
  try {
    for (const slug of slugs) {
      await tab.page.goto(`/products/${slug}/`);
      const overflow = await tab.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ slug, overflow }).toEqual({ slug, overflow: 0 });
    }
  } finally {
    await tab.close();
  }
});

test("on a phone, every term of the ladder, 24 months included, is readable without sideways scrolling", async () => {
  const { product } = sheet(library, "edge-shield");
  const terms = product.termBonus.map((term) => `${term.minMonths}+ months`);
  expect(terms).toContain("24+ months");
  const tab = await built.newPage({ viewport: { width: 360, height: 740 } });
  try {
    await tab.page.goto("/products/edge-shield/");
    const cards = tab.page.locator("#ladder .ladder-role");
    expect(await cards.count()).toBe(product.discounts.length);
    for (const card of await cards.all()) {
      for (const term of terms) {
        const limit = card
          .locator("dt", { hasText: term })
          .locator("xpath=following-sibling::dd[1]");
        await limit.scrollIntoViewIfNeeded();
        const box = await limit.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(360);
        expect(await limit.innerText()).toMatch(/^up to \d+(\.\d+)?%/);
      }
    }
    const sideways = await tab.page
      .locator("#ladder")
      .evaluate((ladder) =>
        [ladder, ...ladder.querySelectorAll("*")].some(
          (element) =>
            element.scrollWidth > element.clientWidth + 1 &&
            getComputedStyle(element).overflowX !== "visible",
        ),
      );
    expect(sideways).toBe(false);
  } finally {
    await tab.close();
  }
});

test("on a phone, the Back to top button never covers a figure of the last ladder card", async () => {
  const tab = await built.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
  try {
    await tab.page.goto("/products/edge-shield/");
    const last = tab.page.locator("#ladder .ladder-role").last();
    // The rep scrolls until the whole card is in view: its end at the bottom of the screen.
    await last.evaluate((card) => card.scrollIntoView({ block: "end" }));
    await expect
      .poll(() =>
        tab.page.locator(".to-top").evaluate((button) => getComputedStyle(button).opacity),
      )
      .toBe("1");
    const covered = await last.locator("dd").evaluateAll((figures) =>
      figures
        .filter((figure) => {
          const box = figure.getBoundingClientRect();
          const at = document.elementFromPoint(box.right - 4, box.top + box.height / 2);
          return !figure.contains(at);
        })
        .map((figure) => figure.textContent),
    );
    expect(covered).toEqual([]);
  } finally {
    await tab.close();
  }
});

test("on /roles/, an e-mail address in a heading wraps after @ and dots, never mid-word", async () => {
  const tab = await built.newPage({ viewport: { width: 360, height: 740 } });
  try {
    await tab.page.goto("/roles/");
    const headings = tab.page.locator("h2", { hasText: "@" });
    expect(await headings.count()).toBeGreaterThan(0);
    for (const heading of await headings.all()) {
      const address = await heading.innerText();
      expect(await heading.locator("wbr").count()).toBe(address.split(/[@.]/).length - 1);
    }
  } finally {
    await tab.close();
  }
});

test("e-mail addresses wrap after @ and dots, never mid-word", async () => {
  const tab = await built.newPage({ viewport: { width: 360, height: 740 } });
  try {
    await tab.page.goto("/products/edge-shield/");
    const owner = sheet(library, "edge-shield").product.owner;
    const link = tab.page.locator(`a[href="mailto:${owner}"]`).first();
    expect(await link.innerText()).toBe(owner);
    expect(await link.locator("wbr").count()).toBe(owner.split(/[@.]/).length - 1);
  } finally {
    await tab.close();
  }
});

test("every product sheet prints as a one-page brief without the talk track", async () => {
  const tab = await built.newPage();
  try {
    for (const slug of slugs) {
      await tab.page.goto(`/products/${slug}/`);
      const pdf = (await tab.page.pdf({ preferCSSPageSize: true })).toString("latin1");
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length;
      expect({ slug, pages }).toEqual({ slug, pages: 1 });
    }
    await tab.page.emulateMedia({ media: "print" });
    expect(await tab.page.locator("#notes").isVisible()).toBe(false);
    expect(await tab.page.locator("#claims").isVisible()).toBe(true);
  } finally {
    await tab.close();
  }
});
