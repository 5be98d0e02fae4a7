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
    "/deal-checker/?product=edge-shield",
    (page) => page.fill("#deal-percent", "18"),
  ],
  [
    "draft checker with findings",
    "/draft-checker/",
    (page) => page.fill("#draft-text", "It is risk-free, bulletproof and 99.999% available."),
  ],
  ["page not found", "/no-such-page/"],
];

/** Dark colours share one palette: the pages that use most of it stand for the rest. */
const DARK = new Set([
  "home with search results",
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
