// The completion page: once every step of the track is done and the new hire has typed their name,
// the receipt (an e-mail to the manager and a JSON file) and the printable certificate. The name
// is kept in this browser, like the rest of their progress; nothing is sent by the page itself.
import { trackProgress } from "../core/onboarding/progress.ts";
import {
  createReceipt,
  describePace,
  mailtoHref,
  paceOf,
  receiptEmail,
  serializeReceipt,
} from "../core/onboarding/receipt.ts";
import { formatDuration } from "../core/onboarding/reading.ts";
import type { ProgressPageData } from "../site/onboarding-data.ts";
import { formatDate } from "../site/format.ts";
import { readPageData } from "./page-data.ts";
import { dayOf, loadProgress, saveProgress } from "./onboarding-store.ts";

const [track] = readPageData<ProgressPageData>("onboarding-data");
const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector);
const pending = $<HTMLElement>("[data-certificate-pending]");
const receiptSection = $<HTMLElement>("[data-receipt]");
const needsName = $<HTMLElement>("[data-receipt-needs-name]");
const actions = $<HTMLElement>("[data-receipt-actions]");
const emailLink = $<HTMLAnchorElement>("[data-receipt-email]");
const downloadLink = $<HTMLAnchorElement>("[data-receipt-download]");
const certificate = $<HTMLElement>("[data-certificate]");
const nameInput = $<HTMLInputElement>("#certificate-name-input");
const managerInput = $<HTMLInputElement>("#manager-email-input");
const nameOutput = $<HTMLElement>("[data-certificate-name]");
const dateOutput = $<HTMLTimeElement>("[data-certificate-date]");
const timeOutput = $<HTMLElement>("[data-certificate-time]");
const paceOutput = $<HTMLElement>("[data-receipt-pace]");
const receiptPage = $<HTMLAnchorElement>('[data-receipt-actions] a[href$="/onboarding/receipt/"]');

function render(): void {
  if (!track || !pending || !receiptSection || !certificate || !nameOutput || !dateOutput) return;
  const progress = loadProgress();
  const summary = trackProgress(progress, track.steps);
  receiptSection.hidden = summary.completedAt === undefined;
  pending.hidden = summary.completedAt !== undefined;
  if (!summary.completedAt) {
    certificate.hidden = true;
    const retake =
      summary.changed > 0
        ? `, and ${summary.changed} changed since you passed ${summary.changed === 1 ? "it" : "them"}`
        : "";
    pending.textContent = `Your receipt and certificate appear here once every step is done. So far: ${summary.done} of ${summary.total} steps done${retake}.`;
    return;
  }
  const receipt = createReceipt(progress.name ?? "", track, progress, new Date().toISOString());
  certificate.hidden = !receipt;
  if (needsName) needsName.hidden = Boolean(receipt);
  if (actions) actions.hidden = !receipt;
  if (!receipt) return;
  const day = dayOf(summary.completedAt);
  dateOutput.dateTime = day;
  dateOutput.textContent = formatDate(day);
  nameOutput.textContent = receipt.name;
  // The real time on the steps, not the estimate: a track rushed through says so here and on the receipt.
  const pace = paceOf(receipt.steps);
  if (timeOutput) {
    timeOutput.textContent =
      pace.seconds === undefined
        ? "time on them not recorded"
        : `${formatDuration(pace.seconds)} on them`;
  }
  if (paceOutput) {
    paceOutput.textContent = describePace(pace);
    paceOutput.classList.toggle("notice", pace.tooFast);
  }
  const email = receiptEmail(receipt, receiptPage?.href ?? location.origin);
  if (emailLink) emailLink.href = mailtoHref(managerInput?.value ?? "", email);
  if (downloadLink) {
    downloadLink.href = `data:application/json;charset=utf-8,${encodeURIComponent(serializeReceipt(receipt))}`;
  }
}

if (nameInput) {
  nameInput.value = loadProgress().name ?? "";
  nameInput.addEventListener("input", () => {
    saveProgress({ ...loadProgress(), name: nameInput.value });
    render();
  });
}
managerInput?.addEventListener("input", render);
$<HTMLButtonElement>("[data-print]")?.addEventListener("click", () => window.print());
render();
window.addEventListener("storage", render);
