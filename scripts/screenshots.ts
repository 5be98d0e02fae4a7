// Screenshots of the built site for the README: `npm run build && npm run screenshots`, and of the
// partner edition: `npm run build:partner && npm run screenshots -- dist-partner --partner`.
// Usage: node scripts/screenshots.ts [site dir, default dist] [output dir, default docs/screenshots] [--partner]
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { type TrackRef, isRightOption, type SealedQuestion } from "../src/core/onboarding/index.ts";
import { currentReceipt } from "../tests/core/onboarding/receipt-fixture.ts";
import { launchBrowser, newPage, serveSite } from "../tests/browser/harness.ts";

const partner = process.argv.includes("--partner");
const [siteDir = "dist", outDir = "docs/screenshots"] = process.argv
  .slice(2)
  .filter((arg) => arg !== "--partner");

interface Shot {
  name: string;
  path: string;
  width: number;
  height: number;
  /** Puts the page in the state the picture should show. */
  prepare?: (page: Page) => Promise<void>;
  /** Takes the page from its top down to this element, however long, instead of one screenful. */
  until?: string;
  /** Starts the picture at this element instead of the top of the page. */
  from?: string;
}

/** The knowledge check of a step after a wrong answer to its first question. */
async function answerFirstWrong(page: Page): Promise<void> {
  await page.locator("#quiz-form").waitFor();
  const [questions] = await page.evaluate(
    () =>
      (
        JSON.parse(document.getElementById("quiz-data")!.textContent!) as {
          attempts: SealedQuestion[][];
        }
      ).attempts,
  );
  const answers = questions!.map((question, index) => {
    const answer = question.options.findIndex((_, choice) => isRightOption(question, choice));
    return index === 0 ? (answer + 1) % question.options.length : answer;
  });
  for (const [index, answer] of answers.entries())
    await page.locator(`input[name="q${index + 1}"][value="${answer}"]`).check();
  await page.locator(".quiz-submit[type=submit]").click();
  await page.locator("#quiz-retry").waitFor();
}

/**
 * The manager's table: five receipts for the analytics track pasted at once, one hire's third step
 * changed since it was passed, one track rushed through in seconds, one receipt cut short.
 */
async function checkReceipts(page: Page): Promise<void> {
  await page.locator("#receipt-form").waitFor();
  const tracks = await page.evaluate(
    () => JSON.parse(document.getElementById("onboarding-data")!.textContent!) as TrackRef[],
  );
  const track = tracks.find((entry) => entry.slug === "analytics-in-depth")!;
  const changed = currentReceipt(track, "Katherine Johnson", "2026-11-29T16:00:00.000Z", 1500);
  changed.steps[2]!.fingerprint = "0badf00d";
  const receipts = [
    currentReceipt(track, "Ada Lovelace", "2026-12-02T10:00:00.000Z", 840),
    currentReceipt(track, "Grace Hopper", "2026-12-01T10:00:00.000Z", 3),
    changed,
    currentReceipt(track, "Mary Jackson", "2026-12-03T11:30:00.000Z", 1260),
  ].map((receipt) => JSON.stringify(receipt));
  await page.fill(
    "#receipt-input",
    [...receipts, '{"format": "fieldguide-onboarding-receipt", "name": "Dorothy'].join("\n\n"),
  );
  await page.locator(".quiz-submit[type=submit]").click();
  await page.locator("#receipt-result table").waitFor();
  // The receipts' JSON would fill the picture; the table is what it shows.
  await page.fill("#receipt-input", "");
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
  {
    name: "onboarding-knowledge-check",
    path: "/onboarding/analytics-in-depth/signal-dashboards/",
    width: 900,
    height: 1350,
    from: "#knowledge-check",
    until: ".step-pager",
    prepare: answerFirstWrong,
  },
  {
    name: "onboarding-receipt",
    path: "/onboarding/receipt/",
    width: 1100,
    height: 1600,
    prepare: checkReceipts,
    until: "footer",
  },
];

/** The partner edition's own home and a partner sheet, beside the sales team's pictures. */
const PARTNER_SHOTS: Shot[] = [
  { name: "partner-home", path: "/", width: 1200, height: 900 },
  {
    name: "partner-sheet",
    path: "/products/edge-shield/",
    width: 1200,
    height: 1000,
    until: "#dont-say",
  },
];

const site = await serveSite(siteDir);
const browser = await launchBrowser();
try {
  await mkdir(resolve(outDir), { recursive: true });
  for (const shot of partner ? PARTNER_SHOTS : SHOTS) {
    const tab = await newPage(browser, site.url, {
      viewport: { width: shot.width, height: shot.height },
      colorScheme: "light",
    });
    await tab.page.goto(shot.path);
    await shot.prepare?.(tab.page);
    const file = resolve(outDir, `${shot.name}.png`);
    const topOf = (selector: string) =>
      tab.page
        .locator(selector)
        .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const top = shot.from ? await topOf(shot.from) : 0;
    const bottom = shot.until ? await topOf(shot.until) : top + shot.height;
    await tab.page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: 0, y: top, width: shot.width, height: bottom - top },
    });
    console.log(`wrote ${file}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await site.close();
}
