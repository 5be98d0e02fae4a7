// Marks one item (a claim, a boundary, a sheet, a search result) with where it stands on this
// device today: shared by the page-wide island (standing.ts) and search results (search.ts).
import { standingNotice, standingOn } from "../core/standing/standing.ts";
import { endingOf, type WithdrawalItem } from "../core/standing/withdrawals.ts";
import { formatDate } from "../site/format.ts";
import { CLAIM_ANCHOR_PREFIX, PROMISE_ANCHOR_PREFIX, sitePath } from "../site/paths.ts";
import { element } from "./dom.ts";
import { deviceToday, storedWithdrawals } from "./standing-store.ts";

/** The page of an item's address, `<sheet>#<anchor>`. */
function addressPath(address: string): string {
  const [sheet, anchor] = address.split("#");
  return sitePath(`/products/${sheet}/${anchor ? `#${anchor}` : ""}`);
}

/**
 * Writes what ends `item`'s approval into it: a notice, and for an ended item no Copy wording and
 * no link offering it. Returns whether it may still be used.
 */
export function markStanding(item: HTMLElement, address: string, expires?: string): boolean {
  const ending = endingOf(address, expires, storedWithdrawals());
  const standing = standingOn(ending, deviceToday());
  const text = standingNotice(standing, formatDate);
  const ended = standing.state === "expired" || standing.state === "withdrawn";
  item.classList.toggle("standing-ended", ended);
  item.classList.toggle("standing-expiring", standing.state === "expiring");
  let notice = item.querySelector<HTMLElement>(":scope > [data-standing-notice]");
  if (text === undefined) {
    notice?.remove();
    return true;
  }
  if (!notice) {
    notice = element("p", "standing-notice");
    notice.dataset.standingNotice = "";
    item.prepend(notice);
  }
  notice.replaceChildren(element("strong", "", text), ...insteadSay(ending.insteadSay));
  if (ended) {
    for (const control of item.querySelectorAll(".copy, [data-claim-link]")) control.remove();
  }
  return !ended;
}

function insteadSay(instead: WithdrawalItem["insteadSay"]): Node[] {
  if (!instead) return [];
  const link = element("a", "", `“${instead.text}”`);
  link.href = addressPath(instead.address);
  return [document.createTextNode(" Say instead: "), link];
}

/** The address of what a search result points at: a claim, a boundary, else its sheet. */
export function addressOfUrl(url: string): string | undefined {
  const parsed = new URL(url, location.href);
  const base = sitePath("/products/");
  if (!parsed.pathname.startsWith(base)) return undefined;
  const sheet = parsed.pathname.slice(base.length).replace(/\/$/, "");
  const anchor = decodeURIComponent(parsed.hash.slice(1));
  const isItem = anchor.startsWith(CLAIM_ANCHOR_PREFIX) || anchor.startsWith(PROMISE_ANCHOR_PREFIX);
  return `${sheet}#${isItem ? anchor : ""}`;
}
