// The completion page: shows the certificate once every step of the track is done, with the name
// the new hire types (kept in this browser, like the rest of their progress).
import { trackProgress } from "../core/onboarding/progress.ts";
import type { ProgressPageData } from "../components/onboarding/data.ts";
import { formatDate } from "../site/format.ts";
import { readPageData } from "./page-data.ts";
import { dayOf, loadProgress, saveProgress } from "./onboarding-store.ts";

const [track] = readPageData<ProgressPageData>("onboarding-data");
const certificate = document.querySelector<HTMLElement>("[data-certificate]");
const nameInput = document.querySelector<HTMLInputElement>("#certificate-name-input");
const nameOutput = document.querySelector<HTMLElement>("[data-certificate-name]");
const dateOutput = document.querySelector<HTMLTimeElement>("[data-certificate-date]");
const pending = document.querySelector<HTMLElement>("[data-certificate-pending]");
const printButton = document.querySelector<HTMLButtonElement>("[data-print]");

function render(): void {
  if (!track || !certificate || !nameOutput || !dateOutput || !pending) return;
  const progress = loadProgress();
  const summary = trackProgress(progress, track.steps);
  certificate.hidden = summary.completedAt === undefined;
  pending.hidden = summary.completedAt !== undefined;
  if (summary.completedAt) {
    const day = dayOf(summary.completedAt);
    dateOutput.dateTime = day;
    dateOutput.textContent = formatDate(day);
    nameOutput.textContent = progress.name?.trim() || "Name not entered yet";
  } else {
    const retake =
      summary.changed > 0
        ? `, and ${summary.changed} changed since you passed ${summary.changed === 1 ? "it" : "them"}`
        : "";
    pending.textContent = `The certificate appears once every step is done. So far: ${summary.done} of ${summary.total} steps done${retake}.`;
  }
}

if (nameInput) {
  nameInput.value = loadProgress().name ?? "";
  nameInput.addEventListener("input", () => {
    saveProgress({ ...loadProgress(), name: nameInput.value });
    render();
  });
}
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener("click", () => window.print());
}
render();
window.addEventListener("storage", render);
