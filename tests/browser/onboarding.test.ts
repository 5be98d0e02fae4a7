// Onboarding in the built site (dist/): a new hire works through a track, gets explanations for
// wrong answers, keeps their progress across reloads, resets it, and is asked to retake a check
// whose guardrails changed. Progress lives in localStorage only.
import type { Page } from "playwright-core";
import { beforeEach, afterEach, describe, expect, test } from "vitest";
import { PROGRESS_KEY } from "../../src/core/onboarding/progress.ts";
import type { QuizPageData } from "../../src/components/onboarding/data.ts";
import { checkA11y, type SitePage } from "./harness.ts";
import { useBuiltSite } from "./built-site.ts";

const TRACK = "/onboarding/analytics-in-depth/";
const STEPS = [
  "signal-analytics",
  "signal-dashboards",
  "query-accelerator",
  "pricing-an-analytics-deal",
];
const FIRST_STEP = `${TRACK}${STEPS[0]}/`;
/** Pages load their island scripts after the HTML; the machines are busy. */
const UI = { timeout: 15_000 };

const built = useBuiltSite();
let tab: SitePage;
let page: Page;

beforeEach(async () => {
  tab = await built.newPage();
  page = tab.page;
});

afterEach(async () => {
  expect(tab.foreignRequests()).toEqual([]);
  expect(tab.pageErrors()).toEqual([]);
  await tab.close();
});

async function quizData(): Promise<QuizPageData> {
  return JSON.parse((await page.locator("#quiz-data").textContent()) ?? "") as QuizPageData;
}

/** Picks an option of question `index` (0-based) by its place in the list. */
async function choose(index: number, option: number): Promise<void> {
  await page.locator(`input[name="q${index + 1}"][value="${option}"]`).check();
}

async function passStep(): Promise<void> {
  const data = await quizData();
  for (const [index, question] of data.questions.entries()) await choose(index, question.answer);
  await page.getByRole("button", { name: "Check answers and mark as done" }).click();
  await expect
    .poll(() => page.locator("#quiz-result").innerText(), UI)
    .toContain(
      `Passed: all ${data.questions.length} answers are right. This step is marked as done.`,
    );
}

async function stored(): Promise<{
  steps: Record<string, { fingerprint: string; passedAt: string }>;
}> {
  return JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? "{}",
  );
}

const summary = () => page.locator("[data-track-summary]").innerText();
const statusOf = (key: string) => page.locator(`[data-step-key="${key}"]`).innerText();

// A whole track is a dozen page loads, and axe is slow: more than the default 30 s on a busy machine.
describe("onboarding", { timeout: 90_000 }, () => {
  test("a new hire completes a track, step by step, and gets a certificate", async () => {
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
    await expect.poll(() => certificate.isVisible(), UI).toBe(true);
    expect(await certificate.innerText()).toContain("Analytics in depth");
    await page.getByLabel("Your name, as it should appear on the certificate").fill("Ada Lovelace");
    await expect
      .poll(() => page.locator("[data-certificate-name]").innerText(), UI)
      .toBe("Ada Lovelace");

    await page.goto(TRACK);
    await expect.poll(summary, UI).toBe("4 of 4 steps done");
    for (const step of STEPS) expect(await statusOf(`analytics-in-depth/${step}`)).toBe("Done");
    expect(Object.keys((await stored()).steps).sort()).toEqual(
      STEPS.map((step) => `analytics-in-depth/${step}`).sort(),
    );
  });

  test("a wrong answer shows the right one with its explanation, and the step is not done", async () => {
    await page.goto(FIRST_STEP);
    const data = await quizData();
    const wrong = data.questions[0]!.answer === 0 ? 1 : 0;
    await choose(0, wrong);
    for (const [index, question] of data.questions.entries())
      if (index > 0) await choose(index, question.answer);
    await page.getByRole("button", { name: "Check answers and mark as done" }).click();

    const feedback = page.locator("#q1-feedback");
    await expect.poll(() => feedback.isVisible(), UI).toBe(true);
    const expected = data.questions[0]!;
    expect(await feedback.innerText()).toBe(
      `✗ Not quite. The right answer is: ${expected.options[expected.answer]}\n\n${expected.explain}`,
    );
    expect(await page.locator("#q2-feedback").innerText()).toMatch(/^✓ Correct\./);
    expect(await page.locator("#quiz-result").innerText()).toBe(
      `${data.questions.length - 1} of ${data.questions.length} answers are right. Read the explanation under each question, then try again.`,
    );
    expect((await stored()).steps).toBeUndefined();
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
    const data = await quizData();
    const legend = await page.locator("fieldset.question legend").first().innerText();
    const group = page.getByRole("group", { name: legend.replace(/\s+/g, " ").trim() });
    expect(await group.getByRole("radio").count()).toBe(data.questions[0]!.options.length);

    await page.locator('input[name="q1"]').first().focus();
    for (let step = 0; step < data.questions[0]!.answer; step++)
      await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    expect(await page.locator('input[name="q1"]:checked').getAttribute("value")).toBe(
      String(data.questions[0]!.answer),
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
    const data = await quizData();
    for (const [index, question] of data.questions.entries())
      await choose(
        index,
        index === 0 ? (question.answer + 1) % question.options.length : question.answer,
      );
    await page.getByRole("button", { name: "Check answers and mark as done" }).click();
    await expect.poll(() => page.locator("#q1-feedback").isVisible(), UI).toBe(true);
    expect(await checkA11y(page)).toEqual([]);
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
