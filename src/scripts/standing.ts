// On every page: marks what is no longer in force on this device's day, by the dates the page
// carries and the newest /withdrawals.json the device has (src/scripts/standing-store.ts), and
// says when that list has not been confirmed for too long. Runs on pages from the offline cache too.
import { daysBetween } from "../core/standing/days.ts";
import { formatDate } from "../site/format.ts";
import { markStanding } from "./standing-marks.ts";
import {
  confirmedOn,
  deviceToday,
  refreshWithdrawals,
  WITHDRAWALS_EVENT,
} from "./standing-store.ts";

function markPage(): void {
  for (const item of document.querySelectorAll<HTMLElement>("[data-standing]:not([data-ended])")) {
    markStanding(item, item.dataset.standing ?? "", item.dataset.expires);
  }
  showConfirmation();
}

/** "Not confirmed since <date>" once the device has gone too long without reading the list. */
function showConfirmation(): void {
  const notice = document.querySelector<HTMLElement>("[data-unconfirmed-notice]");
  if (!notice) return;
  const limit = Number(notice.dataset.confirmWithinDays);
  const since = confirmedOn() ?? notice.dataset.builtOn ?? deviceToday();
  const unconfirmed = daysBetween(since, deviceToday()) > limit;
  document.documentElement.toggleAttribute("data-unconfirmed", unconfirmed);
  notice.hidden = !unconfirmed;
  const date = notice.querySelector("time");
  if (date) {
    date.dateTime = since;
    date.textContent = formatDate(since);
  }
}

async function confirm(): Promise<void> {
  await refreshWithdrawals();
  showConfirmation();
}

addEventListener(WITHDRAWALS_EVENT, markPage);
addEventListener("online", () => void confirm());
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") void confirm();
});
markPage();
void confirm();
