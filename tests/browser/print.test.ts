// A printed page says who may see it and that it is a snapshot: internal builds (dist/) and partner
// builds (dist-partner/) alike. Build both first: `npm run build && npm run build:partner`.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatDate } from "../../src/site/format.ts";
import { launchBrowser, newPage, serveSite, type ServedSite } from "./harness.ts";

/** Published to partners too, so both builds have it. */
const SHEET = "/products/signal-analytics/";

let browser: Browser;
let internal: ServedSite;
let partner: ServedSite;

beforeAll(async () => {
  [browser, internal, partner] = await Promise.all([
    launchBrowser(),
    serveSite("dist"),
    serveSite("dist-partner"),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await internal?.close();
  await partner?.close();
});

/** The mark as printed, and whether it shows on screen. */
async function printMark(site: ServedSite) {
  const tab = await newPage(browser, site.url);
  try {
    await tab.page.goto(SHEET);
    const mark = tab.page.locator(".print-mark");
    const onScreen = await mark.isVisible();
    await tab.page.emulateMedia({ media: "print" });
    const buildDate = await mark.locator("time").getAttribute("datetime");
    return { onScreen, onPaper: await mark.isVisible(), text: await mark.innerText(), buildDate };
  } finally {
    await tab.close();
  }
}

describe("a printed sheet", () => {
  test("from the internal build says it is internal, and the day it was valid", async () => {
    const { onScreen, onPaper, text, buildDate } = await printMark(internal);

    expect(onScreen).toBe(false);
    expect(onPaper).toBe(true);
    expect(buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toBe(
      `Internal — do not share Valid on ${formatDate(buildDate!)}. Check the library before quoting.`,
    );
  });

  test("from the partner build says it is the partner edition, and the day it was valid", async () => {
    const { onScreen, onPaper, text, buildDate } = await printMark(partner);

    expect(onScreen).toBe(false);
    expect(onPaper).toBe(true);
    expect(text).toBe(
      `Partner edition Valid on ${formatDate(buildDate!)}. Check the library before quoting.`,
    );
  });
});
