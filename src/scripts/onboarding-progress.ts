// Progress on the onboarding overview and track pages: step statuses, "n of m done", where to
// continue, and resetting. Everything is read from and written to this browser only.
import { forgetSteps, stepStatus, trackProgress } from "../core/onboarding/progress.ts";
import type { ProgressPageData } from "../site/onboarding-data.ts";
import { readPageData } from "./page-data.ts";
import { loadProgress, saveProgress, STATUS_LABELS } from "./onboarding-store.ts";

const tracks = readPageData<ProgressPageData>("onboarding-data");

function render(): void {
  const progress = loadProgress();
  for (const track of tracks) {
    for (const step of track.steps) {
      for (const element of document.querySelectorAll<HTMLElement>(
        `[data-step-key="${CSS.escape(step.key)}"]`,
      )) {
        const status = stepStatus(progress, step);
        element.dataset.status = status;
        element.textContent = STATUS_LABELS[status];
      }
    }
    const box = document.querySelector<HTMLElement>(
      `[data-track-progress="${CSS.escape(track.slug)}"]`,
    );
    if (!box) continue;
    const summary = trackProgress(progress, track.steps);
    const bar = box.querySelector("progress");
    if (bar) {
      bar.hidden = false;
      bar.value = summary.done;
    }
    const text = box.querySelector<HTMLElement>("[data-track-summary]");
    if (text) {
      const retake = summary.changed > 0 ? `, ${summary.changed} to take again` : "";
      text.textContent = `${summary.done} of ${summary.total} steps done${retake}`;
    }
    const link = box.querySelector<HTMLAnchorElement>("[data-track-continue]");
    const nextIndex = track.steps.findIndex((step) => step.key === summary.next);
    const next = track.steps[nextIndex];
    if (link && next) {
      link.href = next.href;
      const started = summary.done + summary.changed > 0;
      link.textContent = `${started ? "Continue with" : "Start with"} step ${nextIndex + 1}: ${next.title}`;
    } else if (link && box.dataset.complete) {
      link.href = box.dataset.complete;
      link.textContent = "Track complete: see your certificate";
    }
  }
}

function setUpReset(): void {
  const section = document.querySelector<HTMLElement>("[data-reset]");
  const ask = section?.querySelector<HTMLButtonElement>("[data-reset-ask]");
  const confirm = section?.querySelector<HTMLElement>("[data-reset-confirm]");
  const yes = section?.querySelector<HTMLButtonElement>("[data-reset-yes]");
  const no = section?.querySelector<HTMLButtonElement>("[data-reset-no]");
  const status = section?.querySelector<HTMLElement>("[data-reset-status]");
  if (!section || !ask || !confirm || !yes || !no || !status) return;
  section.hidden = false;
  const close = () => {
    confirm.hidden = true;
    ask.setAttribute("aria-expanded", "false");
  };
  ask.addEventListener("click", () => {
    confirm.hidden = false;
    ask.setAttribute("aria-expanded", "true");
    status.textContent = "";
    no.focus();
  });
  no.addEventListener("click", () => {
    close();
    ask.focus();
  });
  yes.addEventListener("click", () => {
    const keys = yes.dataset.stepKeys ? (JSON.parse(yes.dataset.stepKeys) as string[]) : undefined;
    const saved = saveProgress(forgetSteps(loadProgress(), keys));
    close();
    render();
    status.textContent = saved
      ? "Progress reset."
      : "This browser would not let the page change its saved progress.";
    ask.focus();
  });
}

render();
setUpReset();
// Another tab passed a check: show it here too.
window.addEventListener("storage", render);
