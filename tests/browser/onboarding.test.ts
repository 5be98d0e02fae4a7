// Onboarding in the built site (dist/): a new hire works through a track, gets explanations and a
// link to the sheet for wrong answers and new questions on the retry, keeps their progress across
// reloads, resets it, is asked to retake a check whose guardrails changed, and sends a receipt that
// the manager's page checks against the build. Progress lives in localStorage only.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { PROGRESS_KEY } from "../../src/core/onboarding/progress.ts";
import { readReceipt, type Receipt } from "../../src/core/onboarding/receipt.ts";
import {
  isRightOption,
  unsealFeedback,
  type SealedQuestion,
} from "../../src/core/onboarding/sealed.ts";
import type { QuizFeedback, QuizPageData } from "../../src/site/onboarding-data.ts";
import { checkA11y } from "./harness.ts";
import { useBuiltSite, usePagePerTest } from "./built-site.ts";

const TRACK = "/onboarding/analytics-in-depth/";
const STEPS = [
  "signal-analytics",
  "signal-dashboards",
  "query-accelerator",
  "pricing-an-analytics-deal",
];
const FIRST_STEP = `${TRACK}${STEPS[0]}/`;
/** Its first question asks about one of the sheet's claims, without naming which. */
const CLAIM_STEP = `${TRACK}${STEPS[1]}/`;
/** Pages load their island scripts after the HTML; the machines are busy. */
const UI = { timeout: 15_000 };

const built = useBuiltSite();
let page: Page;

usePagePerTest(built, (opened) => (page = opened.page));

async function quizData(): Promise<QuizPageData> {
  return JSON.parse((await page.locator("#quiz-data").textContent()) ?? "") as QuizPageData;
}

type OpenQuestion = SealedQuestion & QuizFeedback & { answer: number };

/** A question with its seal opened, as the page opens it once answered. */
const opened = (question: SealedQuestion): OpenQuestion => ({
  ...question,
  ...unsealFeedback<QuizFeedback>(question),
  answer: question.options.findIndex((_, choice) => isRightOption(question, choice)),
});

/** The questions the page asks now: the attempt after the step's failed checks. */
async function asked(): Promise<OpenQuestion[]> {
  const data = await quizData();
  const failed = (await stored()).attempts?.[data.key] ?? 0;
  return data.attempts[failed % data.attempts.length]!.map(opened);
}

const promptOf = (index: number) =>
  page.locator("fieldset.question").nth(index).locator("[data-prompt]").innerText();

/** Picks an option of question `index` (0-based) by its place in the list. */
async function choose(index: number, option: number): Promise<void> {
  await page.locator(`input[name="q${index + 1}"][value="${option}"]`).check();
}

async function passStep(): Promise<void> {
  const questions = await asked();
  await expect.poll(() => promptOf(0), UI).toBe(questions[0]!.prompt);
  for (const [index, question] of questions.entries()) await choose(index, question.answer);
  await page.getByRole("button", { name: "Check answers and mark as done" }).click();
  await expect
    .poll(() => page.locator("#quiz-result").innerText(), UI)
    .toContain(`Passed: all ${questions.length} answers are right. This step is marked as done.`);
}

async function stored(): Promise<{
  steps: Record<string, { fingerprint: string; passedAt: string }>;
  attempts?: Record<string, number>;
}> {
  return JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? "{}",
  );
}

const summary = () => page.locator("[data-track-summary]").innerText();
/** The status of each step in the manager's table, for its one hire. */
const stepStatuses = () =>
  page
    .locator("#receipt-result tbody tr td[data-status]")
    .evaluateAll((cells) => cells.map((cell) => cell.textContent!.split(" · ")[0]));
const statusOf = (key: string) => page.locator(`[data-step-key="${key}"]`).innerText();

// A whole track is a dozen page loads, and axe is slow: more than the default 30 s on a busy machine.
describe("onboarding", { timeout: 90_000 }, () => {
  test("a new hire completes a track, step by step, and sends the manager a receipt", async () => {
    await page.goto(TRACK);
    await expect.poll(summary, UI).toBe("0 of 4 steps done");
    await page.getByRole("link", { name: /^Start with step 1: / }).click();

    for (const [index, step] of STEPS.entries()) {
      expect(new URL(page.url()).pathname).toBe(`${TRACK}${step}/`);
      await passStep();
      const next = page.locator("#quiz-result a");
      expect(await next.innerText()).toMatch(
        index < STEPS.length - 1 ? /^Next: step \d, / : /^Finish: /,
      );
      await next.click();
    }

    expect(new URL(page.url()).pathname).toBe(`${TRACK}complete/`);
    const certificate = page.locator("[data-certificate]");
    const emailLink = page.getByRole("link", { name: "E-mail the receipt to your manager" });
    // No name, no certificate and no receipt.
    await expect
      .poll(
        () => page.getByText("Enter your name to get your receipt and certificate.").isVisible(),
        UI,
      )
      .toBe(true);
    expect(await certificate.isVisible()).toBe(false);
    expect(await emailLink.isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print the certificate" }).isVisible()).toBe(
      false,
    );

    await page.getByLabel("Your name, as it should appear on the certificate").fill("Ada Lovelace");
    await page
      .getByLabel("Your manager's e-mail address (optional)")
      .fill("lead@northwind.example");
    await expect.poll(() => certificate.isVisible(), UI).toBe(true);
    expect(await certificate.innerText()).toContain("Analytics in depth");
    expect(await page.locator("[data-certificate-name]").innerText()).toBe("Ada Lovelace");
    expect(await page.getByRole("button", { name: "Print the certificate" }).isVisible()).toBe(
      true,
    );

    const mailto = new URL((await emailLink.getAttribute("href"))!);
    expect(mailto.protocol).toBe("mailto:");
    expect(mailto.pathname).toBe("lead@northwind.example");
    expect(mailto.searchParams.get("subject")).toBe(
      "Onboarding completed: Analytics in depth (Ada Lovelace)",
    );
    const body = mailto.searchParams.get("body")!;
    const titles = await page.locator(".learnt h3").allInnerTexts();
    for (const [index, title] of titles.entries())
      expect(body).toMatch(
        new RegExp(
          `\\n${index + 1}\\. ${title}: passed \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, first opened \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, 1 check, \\d+ (s|min) on the step \\(guardrails [0-9a-f]{8}\\)`,
        ),
      );
    expect(body).toContain(`${built.url}/onboarding/receipt/`);

    const download = page.getByRole("link", { name: "Download the receipt (JSON)" });
    expect(await download.getAttribute("download")).toBe(
      "onboarding-receipt-analytics-in-depth.json",
    );
    const json = decodeURIComponent(
      (await download.getAttribute("href"))!.replace(/^data:application\/json;charset=utf-8,/, ""),
    );
    const read = readReceipt(json);
    if (!("receipt" in read)) throw new Error(read.error);
    const progress = await stored();
    expect(read.receipt).toMatchObject({
      name: "Ada Lovelace",
      track: { slug: "analytics-in-depth", title: "Analytics in depth" },
      steps: STEPS.map((step, index) => ({
        key: `analytics-in-depth/${step}`,
        title: titles[index],
        passedAt: progress.steps[`analytics-in-depth/${step}`]!.passedAt,
        fingerprint: progress.steps[`analytics-in-depth/${step}`]!.fingerprint,
      })),
    });
    expect(readReceipt(body)).toEqual(read);

    // The manager pastes it, with one step passed against guardrails that have changed since.
    const changed: Receipt = {
      ...read.receipt,
      steps: read.receipt.steps.map((step, index) =>
        index === 2 ? { ...step, fingerprint: "0badf00d" } : step,
      ),
    };
    await page.goto("/onboarding/receipt/");
    expect(await page.getByText("Anyone can edit a receipt.").isVisible()).toBe(true);
    await expect.poll(() => page.locator("#receipt-form").isVisible(), UI).toBe(true);
    await page
      .getByLabel("Receipts, or whole e-mails, one after another")
      .fill(JSON.stringify(changed));
    await page.getByRole("button", { name: "Check the receipts" }).click();
    await expect
      .poll(stepStatuses, UI)
      .toEqual(titles.map((_, index) => (index === 2 ? "Changed since" : "Current")));
    expect(await page.locator("#receipt-result thead th").allInnerTexts()).toEqual([
      "Hire",
      "Completed",
      "Time on the steps",
      ...titles,
    ]);
    expect(await checkA11y(page)).toEqual([]);

    // The e-mail as it stands, pasted whole: every step current.
    await page.getByLabel("Receipts, or whole e-mails, one after another").fill(body);
    await page.getByRole("button", { name: "Check the receipts" }).click();
    await expect.poll(stepStatuses, UI).toEqual(titles.map(() => "Current"));

    await page.goto(TRACK);
    await expect.poll(summary, UI).toBe("4 of 4 steps done");
    for (const step of STEPS) expect(await statusOf(`analytics-in-depth/${step}`)).toBe("Done");
  });

  test("a wrong answer is explained with a link to the sheet, and the retry asks another claim", async () => {
    await page.goto(CLAIM_STEP);
    const first = await asked();
    await expect.poll(() => promptOf(0), UI).toBe(first[0]!.prompt);
    const firstOptions = await page
      .locator("fieldset.question")
      .first()
      .locator(".option")
      .allInnerTexts();
    expect(firstOptions).toEqual(first[0]!.options);
    const wrong = first[0]!.answer === 0 ? 1 : 0;
    await choose(0, wrong);
    for (const [index, question] of first.entries())
      if (index > 0) await choose(index, question.answer);
    await page.getByRole("button", { name: "Check answers and mark as done" }).click();

    const feedback = page.locator("#q1-feedback");
    await expect.poll(() => feedback.isVisible(), UI).toBe(true);
    const source = first[0]!.source!;
    expect(await feedback.innerText()).toBe(
      `✗ Not quite.\n\n${first[0]!.explain}\n\nWhere the sheet says so: ${source.label}`,
    );
    expect(await feedback.innerText()).not.toContain(first[0]!.options[first[0]!.answer]!);
    expect(source.href).toMatch(/^\/products\/signal-dashboards\/#claim-signal-dashboards-/);
    expect(await feedback.getByRole("link").getAttribute("href")).toBe(source.href);
    expect(await page.locator("#q2-feedback").innerText()).toBe("✓ Correct.");
    expect(await page.locator("#quiz-result").innerText()).toBe(
      `${first.length - 1} of ${first.length} answers are right. Read the explanations, then try again: the retry asks new questions.`,
    );
    expect(await page.locator('input[name="q1"]').first().isDisabled()).toBe(true);
    expect(
      await page.getByRole("button", { name: "Check answers and mark as done" }).isVisible(),
    ).toBe(false);
    expect((await stored()).steps).toEqual({});
    expect((await stored()).attempts).toEqual({ [`analytics-in-depth/${STEPS[1]}`]: 1 });

    await page.getByRole("button", { name: "Try again with new questions" }).click();
    const retry = await asked();
    await expect.poll(() => promptOf(0), UI).toBe(retry[0]!.prompt);
    // Another approved claim of the same sheet, among other wrong options, in another order.
    expect(retry[0]!.options[retry[0]!.answer]).not.toBe(first[0]!.options[first[0]!.answer]);
    expect(
      await page.locator("fieldset.question").first().locator(".option").allInnerTexts(),
    ).toEqual(retry[0]!.options);
    expect(await feedback.isVisible()).toBe(false);
    expect(await page.locator('input[name="q1"]:checked').count()).toBe(0);
    await passStep();

    // The claim the link points to is on the sheet.
    await page.goto(source.href);
    expect(await page.locator(`[id="${source.href.split("#")[1]}"]`).count()).toBe(1);
  });

  test("the retry's questions survive a reload: reloading does not bring the first ones back", async () => {
    await page.goto(FIRST_STEP);
    const first = await asked();
    await expect.poll(() => promptOf(0), UI).toBe(first[0]!.prompt);
    for (const [index, question] of first.entries())
      await choose(index, (question.answer + 1) % question.options.length);
    await page.getByRole("button", { name: "Check answers and mark as done" }).click();
    await expect.poll(() => page.locator("#q1-feedback").isVisible(), UI).toBe(true);

    await page.reload();
    const retry = await asked();
    await expect.poll(() => promptOf(0), UI).toBe(retry[0]!.prompt);
    expect(retry).not.toEqual(first);
  });

  test("asks for every answer before checking", async () => {
    await page.goto(FIRST_STEP);
    await page.getByRole("button", { name: "Check answers and mark as done" }).click();

    await expect
      .poll(() => page.locator("#quiz-result").innerText(), UI)
      .toBe("Answer every question first: question 1 has no answer yet.");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("q1");
  });

  test("progress survives a reload, and reset clears it", async () => {
    await page.goto(FIRST_STEP);
    await passStep();
    await page.goto(TRACK);
    await page.reload();
    await expect.poll(summary, UI).toBe("1 of 4 steps done");
    expect(await statusOf(`analytics-in-depth/${STEPS[0]}`)).toBe("Done");
    await expect
      .poll(() => page.getByRole("link", { name: /^Continue with step 2: / }).count(), UI)
      .toBe(1);

    await page.getByRole("button", { name: "Reset progress for this track" }).click();
    await page.getByRole("button", { name: "Yes, reset this track" }).click();
    await expect.poll(summary, UI).toBe("0 of 4 steps done");
    expect(await statusOf(`analytics-in-depth/${STEPS[0]}`)).toBe("");
    expect(await page.getByRole("status").filter({ hasText: "Progress reset." }).count()).toBe(1);
    expect((await stored()).steps).toEqual({});
    await page.reload();
    await expect.poll(summary, UI).toBe("0 of 4 steps done");
  });

  test("a passed step whose guardrails changed asks for a retake", async () => {
    const key = `analytics-in-depth/${STEPS[3]}`;
    await page.goto(TRACK);
    // As if the check had been passed before marketing changed a ladder it asks about.
    await page.evaluate(
      ([storageKey, step]) =>
        localStorage.setItem(
          storageKey,
          JSON.stringify({
            steps: { [step]: { passedAt: "2026-11-20T10:00:00.000Z", fingerprint: "0badf00d" } },
          }),
        ),
      [PROGRESS_KEY, key] as const,
    );
    await page.reload();
    await expect
      .poll(() => statusOf(key), UI)
      .toBe("Changed since you passed it: take the check again");
    await expect.poll(summary, UI).toBe("0 of 4 steps done, 1 to take again");

    await page.goto(`${TRACK}${STEPS[3]}/`);
    const notice = page.locator("#step-notice");
    await expect
      .poll(() => notice.innerText(), UI)
      .toContain(
        "Changed since you passed it: a guardrail this check is about has changed since 20 Nov 2026",
      );
    await passStep();
    await expect
      .poll(() => notice.innerText(), UI)
      .toMatch(/^Done: you passed this step's knowledge check on /);
    expect((await stored()).steps[key]?.fingerprint).toBe((await quizData()).fingerprint);
  });

  test("questions are radio groups named by their legend and work from the keyboard", async () => {
    await page.goto(FIRST_STEP);
    const questions = await asked();
    await expect.poll(() => promptOf(0), UI).toBe(questions[0]!.prompt);
    const legend = await page.locator("fieldset.question legend").first().innerText();
    const group = page.getByRole("group", { name: legend.replace(/\s+/g, " ").trim() });
    expect(await group.getByRole("radio").count()).toBe(questions[0]!.options.length);

    await page.locator('input[name="q1"]').first().focus();
    for (let step = 0; step < questions[0]!.answer; step++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    expect(await page.locator('input[name="q1"]:checked').getAttribute("value")).toBe(
      String(questions[0]!.answer),
    );
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator("#quiz-result").innerText(), UI)
      .toBe("Answer every question first: question 2 has no answer yet.");
    expect(await page.locator("#quiz-result").getAttribute("role")).toBe("status");
  });

  test("the track page and a step page with feedback have no serious accessibility problem", async () => {
    await page.goto(TRACK);
    await expect.poll(summary, UI).toBe("0 of 4 steps done");
    expect(await checkA11y(page)).toEqual([]);

    await page.goto(FIRST_STEP);
    const questions = await asked();
    await expect.poll(() => promptOf(0), UI).toBe(questions[0]!.prompt);
    for (const [index, question] of questions.entries())
      await choose(
        index,
        index === 0 ? (question.answer + 1) % question.options.length : question.answer,
      );
    await page.getByRole("button", { name: "Check answers and mark as done" }).click();
    await expect.poll(() => page.locator("#q1-feedback").isVisible(), UI).toBe(true);
    expect(await checkA11y(page)).toEqual([]);
  });

  test("the completion page and the receipts page fit a 360 px wide screen; the certificate prints only with a name", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(TRACK);
    // Every step passed against this build's guardrails, as the quiz would have stored it.
    await page.evaluate((storageKey) => {
      const [track] = JSON.parse(document.getElementById("onboarding-data")!.textContent!) as {
        steps: { key: string; fingerprint: string }[];
      }[];
      const steps = Object.fromEntries(
        track!.steps.map((step) => [
          step.key,
          { passedAt: "2026-11-27T10:00:00.000Z", fingerprint: step.fingerprint },
        ]),
      );
      localStorage.setItem(storageKey, JSON.stringify({ steps, name: "Ada Lovelace" }));
    }, PROGRESS_KEY);
    await page.goto(`${TRACK}complete/`);
    const download = page.getByRole("link", { name: "Download the receipt (JSON)" });
    await expect.poll(() => download.isVisible(), UI).toBe(true);
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(360);
    // Printed, the certificate with the name, without the receipt's form and links.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("[data-certificate-name]").innerText()).toBe("Ada Lovelace");
    expect(await page.locator("[data-certificate]").isVisible()).toBe(true);
    expect(await page.locator("[data-receipt]").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    const name = page.getByLabel("Your name, as it should appear on the certificate");
    await name.fill("");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("[data-certificate]").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await name.fill("Ada Lovelace");
    const json = decodeURIComponent(
      (await download.getAttribute("href"))!.replace(/^data:application\/json;charset=utf-8,/, ""),
    );

    await page.goto("/onboarding/receipt/");
    await expect.poll(() => page.locator("#receipt-form").isVisible(), UI).toBe(true);
    await page.getByLabel("Receipts, or whole e-mails, one after another").fill(json);
    await page.getByRole("button", { name: "Check the receipts" }).click();
    await expect.poll(stepStatuses, UI).toEqual(["Current", "Current", "Current", "Current"]);
    expect(await width()).toBeLessThanOrEqual(360);
  });

  test("a step page fits a 360 px wide screen and is filed under onboarding for search", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(FIRST_STEP);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(await page.locator("[data-pagefind-body]").getAttribute("data-search-type")).toBe(
      "Onboarding",
    );
    expect(await page.locator("#knowledge-check").getAttribute("data-pagefind-ignore")).toBe("all");
  });
});
