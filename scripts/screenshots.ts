// Screenshots of the built site for the README: `npm run build && npm run screenshots`.
// Usage: node scripts/screenshots.ts [site dir, default dist] [output dir, default docs/screenshots]
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser, newPage, serveSite } from "../tests/browser/harness.ts";

const [siteDir = "dist", outDir = "docs/screenshots"] = process.argv.slice(2);

interface Shot {
  name: string;
  path: string;
  width: number;
  height: number;
  /** Puts the page in the state the picture should show. */
  prepare?: (page: Page) => Promise<void>;
  /** Takes the page from its top down to this element, however long, instead of one screenful. */
  until?: string;
  /** Takes the one screenful that starts at this element. */
  from?: string;
}

/** A phone held upright, as the reps use it between calls. */
const PHONE = { width: 360, height: 740 };

const SHOTS: Shot[] = [
  { name: "home", path: "/", width: 1200, height: 1000 },
  {
    name: "search",
    path: "/?q=SLA&type=Promise",
    width: 1200,
    height: 1100,
    prepare: (page) => page.locator("#search-results > li").first().waitFor(),
  },
  {
    name: "phone-search",
    path: "/products/signal-analytics/",
    ...PHONE,
    prepare: async (page) => {
      await page.keyboard.press("/");
      await page.keyboard.type("SOC 2");
      await page.locator("#search-results > li").first().waitFor();
    },
  },
  {
    name: "phone-ladder",
    path: "/products/edge-shield/",
    ...PHONE,
    from: "#ladder .ladder-roles",
  },
  {
    name: "phone-menu",
    path: "/products/edge-shield/",
    ...PHONE,
    prepare: (page) => page.getByRole("button", { name: "Menu" }).click(),
  },
  {
    name: "product-sheet",
    path: "/products/edge-shield/",
    width: 1200,
    height: 1000,
    until: "#dont-say",
  },
  {
    name: "deal-checker",
    path: "/deal-checker/?product=edge-shield",
    width: 1200,
    height: 1200,
    prepare: async (page) => {
      await page.fill("#deal-percent", "12");
      await page.fill("#deal-months", "24");
      await page.fill("#deal-quantity", "8");
    },
  },
  {
    name: "draft-checker",
    path: "/draft-checker/",
    width: 1200,
    height: 1500,
    prepare: async (page) => {
      await page.fill(
        "#draft-text",
        "Hi Sam,\n\nEdge Shield is bulletproof: it blocks every attack, and the rollout is Risk-\nfree. " +
          "We guarantee 99.99% uptime for Signal Analytics.\n\nBest, Alex",
      );
    },
  },
];

const site = await serveSite(siteDir);
const browser = await launchBrowser();
try {
  await mkdir(resolve(outDir), { recursive: true });
  for (const shot of SHOTS) {
    const tab = await newPage(browser, site.url, {
      viewport: { width: shot.width, height: shot.height },
      colorScheme: "light",
    });
    await tab.page.goto(shot.path);
    await shot.prepare?.(tab.page);
    const file = resolve(outDir, `${shot.name}.png`);
    if (shot.from) {
      await tab.page.locator(shot.from).evaluate((element) => element.scrollIntoView());
      await tab.page.screenshot({ path: file });
    } else {
      const bottom = shot.until
        ? await tab.page
            .locator(shot.until)
            .evaluate((element) => element.getBoundingClientRect().top + window.scrollY)
        : shot.height;
      await tab.page.screenshot({
        path: file,
        fullPage: true,
        clip: { x: 0, y: 0, width: shot.width, height: bottom },
      });
    }
    console.log(`wrote ${file}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await site.close();
}
