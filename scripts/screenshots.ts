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
}

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
    name: "product-sheet",
    path: "/products/edge-shield/",
    width: 1200,
    height: 1000,
    until: "#dont-say",
  },
  {
    name: "deal-checker",
    path: "/deal-checker/?months=24&product=edge-shield&quantity=8&discount=12&product2=signal-analytics&quantity2=40&discount2=20",
    width: 1200,
    height: 1800,
    prepare: (page) => page.locator("#deal-ask:not([hidden])").waitFor(),
    until: "footer",
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
          "Signal Analytics gives you 99.99% uptime, and we can do 18% off on a 24-month contract." +
          "\n\nBest, Alex",
      );
      await page.locator("#draft-findings > li").first().waitFor();
      await page
        .locator("#draft-findings .advice:not([data-done])")
        .first()
        .waitFor({ state: "detached" });
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
    console.log(`wrote ${file}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await site.close();
}
