// Working through onboarding steps in a browser test, as a new hire who knows every answer would.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { QuizPageData } from "../../src/site/onboarding-data.ts";
import { PROGRESS_KEY } from "../../src/core/onboarding/progress.ts";
import { isRightOption } from "../../src/core/onboarding/sealed.ts";

/** Pages load their island scripts after the HTML; the machines are busy. */
export const UI = { timeout: 15_000 };

export const pageData = async <T>(page: Page, id: string): Promise<T> =>
  JSON.parse((await page.locator(`#${id}`).textContent()) ?? "") as T;

/** Passes the step page that is open, answering what the page itself counts as right. */
export async function passStep(page: Page): Promise<void> {
  const data = await pageData<QuizPageData>(page, "quiz-data");
  const failed = await page.evaluate(
    ([key, step]) =>
      (JSON.parse(localStorage.getItem(key) ?? "{}").attempts?.[step] ?? 0) as number,
    [PROGRESS_KEY, data.key] as const,
  );
  const questions = data.attempts[failed % data.attempts.length]!;
  await page.locator("#quiz-form:not([hidden])").waitFor(UI);
  for (const [index, question] of questions.entries()) {
    const right = question.options.findIndex((_, choice) => isRightOption(question, choice));
    await page.locator(`input[name="q${index + 1}"][value="${right}"]`).check();
  }
  await page.getByRole("button", { name: "Check answers and mark as done" }).click();
  await expect.poll(() => page.locator("#quiz-result").innerText(), UI).toContain("Passed: all");
}

/** The receipt the completion page offers for download, as its JSON text. */
export async function downloadedReceipt(page: Page): Promise<string> {
  const download = page.getByRole("link", { name: "Download the receipt (JSON)" });
  await expect.poll(() => download.isVisible(), UI).toBe(true);
  return decodeURIComponent(
    (await download.getAttribute("href"))!.replace(/^data:application\/json;charset=utf-8,/, ""),
  );
}

/** Each row of the manager's table as the text of its cells, hire first. */
export const teamRows = (page: Page) =>
  page
    .locator("#receipt-result table tbody tr")
    .evaluateAll((lines) =>
      lines.map((line) =>
        [...line.querySelectorAll("th, td")].map((cell) => (cell as HTMLElement).innerText),
      ),
    );
