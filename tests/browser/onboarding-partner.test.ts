// The partner edition (dist-partner/, `npm run build:partner`) gives the same onboarding evidence:
// the partner track's receipt reports the time on each step, and its manager's page reads it.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { ProgressPageData } from "../../src/site/onboarding-data.ts";
import { readReceipt } from "../../src/core/onboarding/receipt.ts";
import { launchBrowser, newPage, serveSite, type ServedSite } from "./harness.ts";
import { downloadedReceipt, pageData, passStep, teamRows, UI } from "./onboarding-steps.ts";

let browser: Browser;
let partner: ServedSite;

beforeAll(async () => {
  [browser, partner] = await Promise.all([launchBrowser(), serveSite("dist-partner")]);
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
});

test(
  "a partner's receipt carries the time on each step, and the partner manager's page reads it",
  { timeout: 120_000 },
  async () => {
    const tab = await newPage(browser, partner.url);
    const { page } = tab;
    try {
      await page.clock.install({ time: new Date("2026-12-01T08:59:00Z") });
      await page.clock.pauseAt(new Date("2026-12-01T09:00:00Z"));
      await page.goto("/onboarding/receipt/");
      const [track] = await pageData<ProgressPageData>(page, "onboarding-data");
      expect(track!.slug).toBe("partner-essentials");
      for (const step of track!.steps) {
        await page.goto(step.href);
        await page.locator("#quiz-form:not([hidden])").waitFor(UI);
        await page.clock.fastForward("06:00");
        await passStep(page);
      }
      await page.goto("/onboarding/partner-essentials/complete/");
      await page
        .getByLabel("Your name, as it should appear on the certificate")
        .fill("Ada Lovelace");
      const json = await downloadedReceipt(page);
      const read = readReceipt(json);
      if (!("receipt" in read)) throw new Error(read.error);

      for (const step of read.receipt.steps)
        expect(step).toMatchObject({ seconds: 360, attempts: 1 });
      expect(await page.locator("[data-certificate-time]").innerText()).toBe(
        `${6 * track!.steps.length} min on them`,
      );

      await page.goto("/onboarding/receipt/");
      await page.getByLabel("Receipts, or whole e-mails, one after another").fill(json);
      await page.getByRole("button", { name: "Check the receipts" }).click();
      await expect
        .poll(() => teamRows(page), UI)
        .toEqual([
          [
            "Ada Lovelace",
            "1 Dec 2026",
            `${6 * track!.steps.length} min`,
            ...track!.steps.map(() => "Current · 1 check · 6 min"),
          ],
        ]);
      expect(tab.foreignRequests()).toEqual([]);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  },
);
