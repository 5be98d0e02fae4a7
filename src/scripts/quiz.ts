// The knowledge check of a step: checks the answers in the page, explains each one, and marks the
// step as done in this browser once every answer is right.
import { markPassed, stepStatus } from "../core/onboarding/progress.ts";
import type { QuizPageData } from "../components/onboarding/data.ts";
import { formatDate } from "../site/format.ts";
import { readPageData } from "./page-data.ts";
import { dayOf, loadProgress, saveProgress } from "./onboarding-store.ts";

const data = readPageData<QuizPageData>("quiz-data");
const form = document.querySelector<HTMLFormElement>("#quiz-form");
const result = document.querySelector<HTMLElement>("#quiz-result");
const notice = document.querySelector<HTMLElement>("#step-notice");

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

function check(event: SubmitEvent): void {
  event.preventDefault();
  if (!form || !result) return;
  const values = new FormData(form);
  const answers = data.questions.map((_, index) => values.get(`q${index + 1}`));
  const missing = answers.findIndex((answer) => answer === null);
  if (missing !== -1) {
    result.replaceChildren(
      paragraph(`Answer every question first: question ${missing + 1} has no answer yet.`),
    );
    form.querySelector<HTMLInputElement>(`input[name="q${missing + 1}"]`)?.focus();
    return;
  }
  let right = 0;
  data.questions.forEach((question, index) => {
    const correct = Number(answers[index]) === question.answer;
    if (correct) right++;
    const feedback = document.getElementById(`q${index + 1}-feedback`);
    if (!feedback) return;
    feedback.hidden = false;
    feedback.dataset.correct = String(correct);
    feedback.replaceChildren(
      paragraph(
        correct
          ? "✓ Correct."
          : `✗ Not quite. The right answer is: ${question.options[question.answer]}`,
      ),
      paragraph(question.explain),
    );
  });
  const total = data.questions.length;
  if (right < total) {
    result.replaceChildren(
      paragraph(
        `${right} of ${total} answers are right. Read the explanation under each question, then try again.`,
      ),
    );
  } else {
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
  form.hidden = false;
  form.addEventListener("submit", check);
}
showNotice();
