// Onboarding evidence in the built site (dist/): nothing in a step page's source singles out the
// right option; the receipt reports the real time on each step (Playwright's clock moves it) and
// marks a track rushed through; the manager's page reads five receipts at once (chosen, dropped,
// pasted or a folder), one malformed, into a sortable, printable hire × step table with a CSV
// export, and says what a removed step is.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import type {
  ProgressPageData,
  QuizFeedback,
  QuizPageData,
} from "../../src/site/onboarding-data.ts";
import { PROGRESS_KEY } from "../../src/core/onboarding/progress.ts";
import { readReceipt } from "../../src/core/onboarding/receipt.ts";
import { unsealFeedback } from "../../src/core/onboarding/sealed.ts";
import { currentReceipt } from "../core/onboarding/receipt-fixture.ts";
import { checkA11y } from "./harness.ts";
import { useBuiltSite, usePagePerTest } from "./built-site.ts";
import { downloadedReceipt, pageData, passStep, teamRows, UI } from "./onboarding-steps.ts";

const TRACK = "/onboarding/analytics-in-depth/";
const RECEIPTS = "/onboarding/receipt/";
const built = useBuiltSite();
let page: Page;

usePagePerTest(built, (opened) => (page = opened.page));

/** This build's tracks, as the receipts page knows them. */
async function tracks(): Promise<ProgressPageData> {
  await page.goto(RECEIPTS);
  return pageData<ProgressPageData>(page, "onboarding-data");
}

const rows = () => teamRows(page);

// A whole track is a dozen page loads, and axe is slow: more than the default 30 s on a busy machine.
describe("onboarding evidence", { timeout: 120_000 }, () => {
  test("a step page's source does not single out the right option", async () => {
    const html = await (await page.request.get(`${built.url}${TRACK}signal-analytics/`)).text();
    await page.goto(`${TRACK}signal-analytics/`);
    const data = await pageData<QuizPageData>(page, "quiz-data");

    const labels = [...html.matchAll(/<label[^>]*class="option"[^>]*>/g)].map((match) => match[0]);
    expect(labels.length).toBeGreaterThan(4);
    expect(new Set(labels).size).toBe(1);
    expect(html).not.toMatch(/"answer"|"explain"/);
    for (const question of data.attempts.flat()) {
      const { explain } = unsealFeedback<QuizFeedback>(question);
      expect(html).not.toContain(JSON.stringify(explain).slice(1, 40));
    }
  });

  test("the receipt reports the time on each step, and a track rushed through says so", async () => {
    // The clock stands still but for what the test moves it by, so every time is exact.
    await page.clock.install({ time: new Date("2026-12-01T08:59:00Z") });
    await page.clock.pauseAt(new Date("2026-12-01T09:00:00Z"));
    const data = await tracks();
    const track = data.find((entry) => entry.slug === "analytics-in-depth")!;
    // The first step read for twelve minutes; the others answered as soon as they opened.
    for (const [index, step] of track.steps.entries()) {
      await page.goto(step.href);
      await page.locator("#quiz-form:not([hidden])").waitFor(UI);
      if (index === 0) await page.clock.fastForward("12:00");
      await passStep(page);
    }
    await page.goto(`${TRACK}complete/`);
    await page.getByLabel("Your name, as it should appear on the certificate").fill("Ada Lovelace");
    const read = readReceipt(await downloadedReceipt(page));
    if (!("receipt" in read)) throw new Error(read.error);
    const [first, ...rest] = read.receipt.steps;
    const words = read.receipt.steps.reduce((sum, step) => sum + step.words!, 0);
    console.log(`analytics-in-depth: ${words} words, ${Math.round((words / 500) * 60)} s to read`);

    expect(read.receipt.version).toBe(2);
    expect(first).toMatchObject({
      openedAt: "2026-12-01T09:00:00.000Z",
      passedAt: "2026-12-01T09:12:00.000Z",
      seconds: 720,
      attempts: 1,
    });
    for (const step of rest) expect(step).toMatchObject({ seconds: 0, attempts: 1 });
    // The certificate states the real time, not the track's estimate of its minutes.
    expect(await page.locator("[data-certificate-time]").innerText()).toBe("12 min on them");
    expect(await page.locator("[data-receipt-pace]").innerText()).toMatch(
      new RegExp(
        `^12 min on the steps; reading their ${words} words takes at least \\d+ min at 500 words a minute\\.$`,
      ),
    );

    // Rushed: the track from the start again, five seconds a step.
    await page.evaluate((key) => {
      const { name } = JSON.parse(localStorage.getItem(key)!) as { name: string };
      localStorage.setItem(key, JSON.stringify({ name, steps: {} }));
    }, PROGRESS_KEY);
    for (const step of track.steps) {
      await page.goto(step.href);
      await page.locator("#quiz-form:not([hidden])").waitFor(UI);
      await page.clock.fastForward("00:05");
      await passStep(page);
    }
    await page.goto(`${TRACK}complete/`);
    await expect
      .poll(() => page.locator("[data-receipt-pace]").innerText(), UI)
      .toMatch(
        new RegExp(
          `^Finished faster than it can be read: 20 s on the steps, and reading their ${words} words takes at least`,
        ),
      );
    expect(await page.locator("[data-certificate-time]").innerText()).toBe("20 s on them");
    const rushed = await downloadedReceipt(page);

    await page.goto(RECEIPTS);
    await page.getByLabel("Receipts, or whole e-mails, one after another").fill(rushed);
    await page.getByRole("button", { name: "Check the receipts" }).click();
    await expect.poll(rows, UI).toHaveLength(1);
    const [row] = await rows();
    expect(row![2]).toMatch(/^20 s\nfaster than it can be read \(at least \d+ min\)$/);
  });

  test("a step removed from the track since is 'removed', and one the receipt lacks is 'missing'", async () => {
    const [, analytics] = await tracks();
    const receipt = currentReceipt(analytics!, "Grace Hopper", "2026-11-30T12:00:00.000Z", 900);
    // Passed a step this edition no longer has, and never saw the track's last step.
    receipt.steps.splice(1, 0, {
      ...receipt.steps[0]!,
      key: "analytics-in-depth/legacy-dashboards",
      title: "Legacy dashboards",
      fingerprint: "0badf00d",
    });
    receipt.steps.pop();
    await page
      .getByLabel("Receipts, or whole e-mails, one after another")
      .fill(JSON.stringify(receipt));
    await page.getByRole("button", { name: "Check the receipts" }).click();
    await expect.poll(rows, UI).toHaveLength(1);

    const headings = await page.locator("#receipt-result thead th").allInnerTexts();
    expect(headings.at(-1)).toBe("Legacy dashboards\nremoved from the track");
    const [row] = await rows();
    expect(row!.slice(3)).toEqual([
      "Current · 1 check · 15 min",
      "Current · 1 check · 15 min",
      "Current · 1 check · 15 min",
      "Missing",
      "Removed · 1 check · 15 min",
    ]);
    expect(await page.locator("#receipt-result").innerText()).not.toMatch(/added/i);
  });

  test("the manager reads five receipts at once, one malformed, into a sortable table to print or export", async () => {
    const [firstWeek, analytics] = await tracks();
    const file = (name: string, receipt: unknown) => ({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(typeof receipt === "string" ? receipt : JSON.stringify(receipt, null, 2)),
    });
    const changed = currentReceipt(
      analytics!,
      "Katherine Johnson",
      "2026-11-29T16:00:00.000Z",
      1500,
    );
    changed.steps[2]!.fingerprint = "0badf00d";
    await page
      .locator("#receipt-file")
      .setInputFiles([
        file(
          "ada.json",
          currentReceipt(analytics!, "Ada Lovelace", "2026-12-02T10:00:00.000Z", 900),
        ),
        file(
          "ada-first-try.json",
          currentReceipt(analytics!, "Ada Lovelace", "2026-11-20T10:00:00.000Z", 600),
        ),
        file(
          "grace.json",
          currentReceipt(analytics!, "Grace Hopper", "2026-12-01T10:00:00.000Z", 2),
        ),
        file("katherine.json", changed),
        file("broken.json", '{"format": "fieldguide-onboarding-receipt", "name": "Dorothy'),
      ]);
    await expect.poll(rows, UI).toHaveLength(3);

    const result = page.locator("#receipt-result");
    const text = await result.innerText();
    expect(text).toContain("3 receipts compared with this edition; 1 could not be read.");
    expect(text).toContain(
      "broken.json: No receipt found: paste the receipt's JSON, or drop the receipt file here.",
    );
    expect(text).toMatch(
      /ada-first-try\.json: Ada Lovelace's receipt for "Analytics in depth" completed 20 Nov 2026; the newer one, ada\.json, is used\./,
    );
    expect((await rows()).map((row) => row[0])).toEqual([
      "Ada Lovelace",
      "Grace Hopper",
      "Katherine Johnson",
    ]);
    expect((await rows())[2]![5]).toBe("Changed since · 1 check · 25 min");
    expect((await rows())[1]![2]).toMatch(/faster than it can be read/);

    const byTime = page.getByRole("button", { name: "Time on the steps" });
    await byTime.click();
    expect((await rows()).map((row) => row[0])).toEqual([
      "Grace Hopper",
      "Ada Lovelace",
      "Katherine Johnson",
    ]);
    expect(await page.locator("th[aria-sort]").innerText()).toContain("Time on the steps");
    expect(await page.locator("th[aria-sort]").getAttribute("aria-sort")).toBe("ascending");
    await byTime.click();
    expect((await rows()).map((row) => row[0])).toEqual([
      "Katherine Johnson",
      "Ada Lovelace",
      "Grace Hopper",
    ]);

    const csvLink = page.getByRole("link", { name: "Download the table (CSV)" });
    expect(await csvLink.getAttribute("download")).toBe("onboarding-receipts.csv");
    const csv = decodeURIComponent(
      (await csvLink.getAttribute("href"))!.replace(/^data:text\/csv;charset=utf-8,/, ""),
    );
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 3 * analytics!.steps.length);
    expect(
      lines
        .filter((line) => line.startsWith("Grace Hopper,"))
        .every((line) => line.endsWith(",yes")),
    ).toBe(true);
    expect(await checkA11y(page)).toEqual([]);

    // A receipt of a track this edition does not have, pasted: said so, not guessed at.
    const other = {
      ...currentReceipt(firstWeek!, "Mary Jackson", "2026-12-01T10:00:00.000Z", 900),
      track: { slug: "partner-basics", title: "Partner basics" },
    };
    await page
      .getByLabel("Receipts, or whole e-mails, one after another")
      .fill(JSON.stringify(other));
    await page.getByRole("button", { name: "Check the receipts" }).click();
    await expect
      .poll(() => result.innerText(), UI)
      .toContain(
        'Mary Jackson completed "Partner basics", a track this edition of the Fieldguide does not have ("partner-basics"), so no step can be compared.',
      );
    expect(await page.getByText("Anyone can edit a receipt.").isVisible()).toBe(true);
  });

  test("several receipt files dropped on the box are read together", async () => {
    const [, analytics] = await tracks();
    const receipts = ["Ada Lovelace", "Grace Hopper"].map((name) =>
      JSON.stringify(currentReceipt(analytics!, name, "2026-12-01T10:00:00.000Z", 900)),
    );
    await page.locator("#receipt-form:not([hidden])").waitFor(UI);
    // As a file manager drops them: a DataTransfer holding the files.
    await page.evaluate((texts) => {
      const transfer = new DataTransfer();
      texts.forEach((text, index) =>
        transfer.items.add(
          new File([text], `receipt-${index + 1}.json`, { type: "application/json" }),
        ),
      );
      const box = document.getElementById("receipt-input")!;
      box.dispatchEvent(
        new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, receipts);
    await expect.poll(rows, UI).toHaveLength(2);
    expect((await rows()).map((row) => row[0])).toEqual(["Ada Lovelace", "Grace Hopper"]);
  });

  test("a folder of receipts is read whole, its other files left out", async () => {
    const [, analytics] = await tracks();
    const folder = await mkdtemp(join(tmpdir(), "receipts-"));
    await mkdir(join(folder, "november"));
    const receipt = (name: string) =>
      JSON.stringify(currentReceipt(analytics!, name, "2026-12-01T10:00:00.000Z", 900));
    await writeFile(join(folder, "ada.json"), receipt("Ada Lovelace"));
    await writeFile(
      join(folder, "november", "grace.txt"),
      `Hello,\n\nReceipt:\n${receipt("Grace Hopper")}\n`,
    );
    await writeFile(join(folder, "notes.md"), "# Who still has to finish\n");
    try {
      await page.locator("#receipt-folder").setInputFiles(folder);
      await expect.poll(rows, UI).toHaveLength(2);
      expect((await rows()).map((row) => row[0])).toEqual(["Ada Lovelace", "Grace Hopper"]);
      expect(await page.locator("#receipt-result").innerText()).not.toContain("notes.md");
    } finally {
      await rm(folder, { recursive: true });
    }
  });

  test("the team table prints without the form, with the warning, and fits a phone by scrolling", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const [, analytics] = await tracks();
    const pasted = ["Ada Lovelace", "Grace Hopper"]
      .map(
        (name) =>
          `Hello,\n\nReceipt:\n${JSON.stringify(currentReceipt(analytics!, name, "2026-12-01T10:00:00.000Z", 900))}\n`,
      )
      .join("\n-- \n");
    await page.getByLabel("Receipts, or whole e-mails, one after another").fill(pasted);
    await page.getByRole("button", { name: "Check the receipts" }).click();
    await expect.poll(rows, UI).toHaveLength(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#receipt-form").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print the table" }).isVisible()).toBe(false);
    expect(await page.locator("#receipt-result table").isVisible()).toBe(true);
    expect(await page.getByText("Anyone can edit a receipt.").isVisible()).toBe(true);
  });
});
