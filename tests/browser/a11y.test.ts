// axe on every page type of the rep's library, in light and dark colours, each page in the state
// a rep sees it in (search results shown, a deal answered, a draft checked).
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { checkA11y } from "./harness.ts";
import { useBuiltSite } from "./built-site.ts";

const built = useBuiltSite();

const PAGES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ["home", "/"],
  [
    "home with search results",
    "/?q=uptime",
    (page) => page.locator("#search-results > li").first().waitFor(),
  ],
  [
    "search open over a product sheet, filters unfolded",
    "/products/edge-shield/?q=SOC%202&type=Claim",
    (page) => page.locator("#search-results > li").first().waitFor(),
  ],
  ["product list", "/products/"],
  ["product sheet", "/products/edge-shield/"],
  ["product sheet due for review", "/products/uptime-monitor/"],
  ["all claims", "/claims/"],
  ["promise boundaries by topic", "/promises/"],
  ["one topic's boundaries", "/promises/sla/"],
  ["roles", "/roles/"],
  [
    "a role's ladders for a chosen term",
    "/roles/manager/",
    (page) => page.selectOption("#term", { label: "24 months or more" }).then(() => undefined),
  ],
  ["a category's products", "/categories/analytics/"],
  [
    "deal checker with an answer",
    "/deal-checker/?months=24&product=edge-shield&discount=18&product2=log-vault&quantity2=500&price2=0.4",
    (page) => page.locator("#deal-ask:not([hidden])").waitFor(),
  ],
  [
    "draft checker with findings",
    "/draft-checker/",
    async (page) => {
      await page.fill(
        "#draft-text",
        "Edge Shield is risk-free, bulletproof and 99.999% available, at 18% off.",
      );
      await page.locator("#draft-findings > li").first().waitFor();
      await page
        .locator("#draft-findings .advice:not([data-done])")
        .first()
        .waitFor({ state: "detached" });
    },
  ],
  ["page not found", "/no-such-page/"],
];

/** Dark colours share one palette: the pages that use most of it stand for the rest. */
const DARK = new Set([
  "home with search results",
  "search open over a product sheet, filters unfolded",
  "product sheet due for review",
  "deal checker with an answer",
  "draft checker with findings",
]);

describe.each([
  ["light", PAGES],
  ["dark", PAGES.filter(([name]) => DARK.has(name))],
] as const)("%s colours", (colorScheme, pages) => {
  test.each(pages)(
    "%s (%s) has no serious or critical axe violation",
    async (_name, path, prepare) => {
      const tab = await built.newPage({ colorScheme });
      try {
        await tab.page.goto(path);
        await prepare?.(tab.page);
        expect(await checkA11y(tab.page)).toEqual([]);
        expect(tab.foreignRequests()).toEqual([]);
      } finally {
        await tab.close();
      }
    },
  );
});

/** A phone's own states: the header's menu unfolded, search over the whole screen. */
const PHONE_PAGES: [string, string, (page: Page) => Promise<void>][] = [
  [
    "product sheet with the menu open",
    "/products/edge-shield/",
    (page) => page.getByRole("button", { name: "Menu" }).click(),
  ],
  [
    "search open over a product sheet",
    "/products/edge-shield/?q=refund",
    (page) => page.locator("#search-results > li").first().waitFor(),
  ],
];

describe("on a 360 px phone", () => {
  test.each(PHONE_PAGES)(
    "%s (%s) has no serious or critical axe violation",
    async (_name, path, prepare) => {
      const tab = await built.newPage({ viewport: { width: 360, height: 740 } });
      try {
        await tab.page.goto(path);
        await prepare(tab.page);
        expect(await checkA11y(tab.page)).toEqual([]);
      } finally {
        await tab.close();
      }
    },
  );
});
