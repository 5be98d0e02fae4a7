// The knowledge check of a step: checks the answers in the page, explains wrong ones with a link to
// the sheet, asks the next attempt's questions on a retry, and marks the step as done in this
// browser once every answer is right, with the time spent on the step.
import {
  attemptOf,
  countFailedAttempt,
  markPassed,
  stepStatus,
} from "../core/onboarding/progress.ts";
import { isRightOption, unsealFeedback, type SealedQuestion } from "../core/onboarding/sealed.ts";
import type { QuizFeedback, QuizPageData } from "../site/onboarding-data.ts";
import { formatDate } from "../site/format.ts";
import { readPageData } from "./page-data.ts";
import { dayOf, loadProgress, saveProgress } from "./onboarding-store.ts";
import { countStepTime } from "./onboarding-step-time.ts";
import { usableHere, WITHDRAWALS_EVENT } from "./standing-store.ts";

const data = readPageData<QuizPageData>("quiz-data");
const form = document.querySelector<HTMLFormElement>("#quiz-form");
const result = document.querySelector<HTMLElement>("#quiz-result");
const notice = document.querySelector<HTMLElement>("#step-notice");
const retry = document.querySelector<HTMLButtonElement>("#quiz-retry");
const submit = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
let questions: SealedQuestion[] = [];
const stepTime = countStepTime(data);
/** Per question of the attempt: whether it may still be asked on this device today. */
let asked: boolean[] = [];

/** A question about a claim or boundary that has expired or been withdrawn is not asked. */
function mayAsk(question: SealedQuestion): boolean {
  const { standing } = unsealFeedback<QuizFeedback>(question);
  return !standing || usableHere(standing.address, standing.expires);
}

function paragraph(text: string): HTMLParagraphElement {
  const element = document.createElement("p");
  element.textContent = text;
  return element;
}

function link(text: string, href: string): HTMLAnchorElement {
  const element = document.createElement("a");
  element.textContent = text;
  element.href = href;
  return element;
}

/** Tells a returning new hire whether this step is done, or changed since they passed it. */
function showNotice(): void {
  if (!notice) return;
  const progress = loadProgress();
  const status = stepStatus(progress, data);
  const passed = progress.steps[data.key];
  notice.dataset.status = status;
  if (status === "todo" || !passed) {
    notice.replaceChildren();
    notice.classList.remove("notice");
    return;
  }
  notice.classList.add("notice");
  const when = formatDate(dayOf(passed.passedAt));
  if (status === "done") {
    notice.replaceChildren(paragraph(`Done: you passed this step's knowledge check on ${when}.`));
    return;
  }
  const retake = paragraph("");
  retake.append(
    link("Take the knowledge check again", "#knowledge-check"),
    " to mark this step as done.",
  );
  notice.replaceChildren(
    paragraph(
      `Changed since you passed it: a guardrail this check is about has changed since ${when}, so the questions or their answers may be different now.`,
    ),
    retake,
  );
}

/** Shows the attempt that this browser has reached, with fresh, enabled options. */
function showAttempt(): void {
  if (!form) return;
  const attempt = attemptOf(loadProgress(), data.key);
  questions = data.attempts[attempt % data.attempts.length]!;
  asked = questions.map(mayAsk);
  form.querySelectorAll<HTMLFieldSetElement>("fieldset.question").forEach((fieldset, index) => {
    const question = questions[index];
    if (!question) return;
    fieldset.hidden = !asked[index];
    const prompt = fieldset.querySelector("[data-prompt]");
    if (prompt) prompt.textContent = question.prompt;
    const options = question.options.map((option, choice) => {
      const input = document.createElement("input");
      input.type = "radio";
      input.name = `q${index + 1}`;
      input.value = String(choice);
      const text = document.createElement("span");
      text.textContent = option;
      const label = document.createElement("label");
      label.className = "option";
      label.dataset.quoted = "";
      label.append(input, text);
      return label;
    });
    fieldset.querySelector(".options")?.replaceChildren(...options);
    const feedback = document.getElementById(`q${index + 1}-feedback`);
    if (feedback) {
      feedback.hidden = true;
      feedback.replaceChildren();
    }
  });
  const nothingLeft = !asked.includes(true);
  if (submit) submit.hidden = nothingLeft;
  if (retry) retry.hidden = true;
  if (nothingLeft) {
    result?.replaceChildren(
      paragraph(
        "Every question of this check is about something withdrawn or expired: there is nothing to check until marketing updates it.",
      ),
    );
  }
}

function explainWrong(question: SealedQuestion): HTMLElement[] {
  const { explain, source } = unsealFeedback<QuizFeedback>(question);
  const parts = [paragraph("✗ Not quite."), paragraph(explain)];
  if (source) {
    const read = paragraph("Where the sheet says so: ");
    read.append(link(source.label, source.href));
    parts.push(read);
  }
  return parts;
}

function check(event: SubmitEvent): void {
  event.preventDefault();
  if (!form || !result) return;
  const values = new FormData(form);
  const answers = questions.map((_, index) => values.get(`q${index + 1}`));
  const missing = answers.findIndex((answer, index) => asked[index] && answer === null);
  if (missing !== -1) {
    result.replaceChildren(
      paragraph(`Answer every question first: question ${missing + 1} has no answer yet.`),
    );
    form.querySelector<HTMLInputElement>(`input[name="q${missing + 1}"]`)?.focus();
    return;
  }
  let right = 0;
  questions.forEach((question, index) => {
    if (!asked[index]) return;
    const correct = isRightOption(question, Number(answers[index]));
    if (correct) right++;
    const feedback = document.getElementById(`q${index + 1}-feedback`);
    if (!feedback) return;
    feedback.hidden = false;
    feedback.dataset.correct = String(correct);
    feedback.replaceChildren(...(correct ? [paragraph("✓ Correct.")] : explainWrong(question)));
  });
  const total = asked.filter(Boolean).length;
  if (right < total) {
    // These answers are spent: the retry asks the next attempt's questions, even after a reload.
    saveProgress(countFailedAttempt(loadProgress(), data.key));
    form.querySelectorAll<HTMLInputElement>('input[type="radio"]').forEach((input) => {
      input.disabled = true;
    });
    if (submit) submit.hidden = true;
    if (retry) retry.hidden = false;
    result.replaceChildren(
      paragraph(
        `${right} of ${total} answers are right. Read the explanations, then try again: the retry asks new questions.`,
      ),
    );
  } else {
    stepTime.save();
    const saved = saveProgress(markPassed(loadProgress(), data, new Date().toISOString()));
    const next = paragraph("");
    next.append(link(data.next.label, data.next.href));
    result.replaceChildren(
      paragraph(
        saved
          ? `Passed: all ${total} answers are right. This step is marked as done.`
          : `Passed: all ${total} answers are right, but this browser would not let the page save it.`,
      ),
      next,
    );
    showNotice();
  }
  result.focus();
}

if (form && result) {
  showAttempt();
  // A withdrawal that arrives while the page is open takes its question away at once.
  addEventListener(WITHDRAWALS_EVENT, () => {
    const now = questions.map(mayAsk);
    questions.forEach((_, index) => {
      if (asked[index] && !now[index]) {
        asked[index] = false;
        const fieldset = form.querySelectorAll<HTMLFieldSetElement>("fieldset.question")[index];
        if (fieldset) fieldset.hidden = true;
      }
    });
  });
  form.hidden = false;
  form.addEventListener("submit", check);
  retry?.addEventListener("click", () => {
    showAttempt();
    result.replaceChildren();
    form.querySelector<HTMLElement>("fieldset.question legend")?.scrollIntoView();
    form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  });
}
showNotice();
