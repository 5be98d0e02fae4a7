// Whether an approved item may still be used on a given day: the one rule the checker, the build
// and every rep's device apply, so a page built weeks ago still tells the truth on the device's day.
import { daysBetween } from "./days.ts";

/** How far ahead a rep is told that an item will soon expire ("expires in 5 days"). */
const EXPIRING_SOON_DAYS = 14;

export interface Withdrawal {
  on: string;
  reason: string;
  insteadSay?: string;
}

/** What ends an item's approval: the day its evidence expires, or a withdrawal by marketing. */
export interface Ending {
  expires?: string;
  withdrawn?: Withdrawal;
}

export type Standing =
  | { state: "in-force" }
  | { state: "expiring"; on: string; days: number }
  | { state: "expired"; on: string }
  | ({ state: "withdrawn" } & Withdrawal);

/** An item is in force through its `expires` day and expired the day after (as the checker says). */
export function standingOn(item: Ending, today: string): Standing {
  if (item.withdrawn) return { state: "withdrawn", ...item.withdrawn };
  if (item.expires === undefined) return { state: "in-force" };
  if (item.expires < today) return { state: "expired", on: item.expires };
  const days = daysBetween(today, item.expires);
  return days <= EXPIRING_SOON_DAYS
    ? { state: "expiring", on: item.expires, days }
    : { state: "in-force" };
}

/** An item no longer approved: what a page built on or after that day shows instead of it. */
export type Ended = Extract<Standing, { state: "expired" | "withdrawn" }>;

/** What ended the item's approval by `today`, or undefined while it may still be used. */
export function endedOn(item: Ending, today: string): Ended | undefined {
  const standing = standingOn(item, today);
  return standing.state === "expired" || standing.state === "withdrawn" ? standing : undefined;
}

/** Whether it may be said, copied, suggested or asked about on `today`. */
export function usableOn(item: Ending, today: string): boolean {
  return endedOn(item, today) === undefined;
}

/** A claim or boundary is withdrawn by its own withdrawal or its whole sheet's. */
export function withdrawalOf(
  item: { withdrawn?: Withdrawal },
  sheet: { withdrawn?: Withdrawal },
): Withdrawal | undefined {
  return item.withdrawn ?? sheet.withdrawn;
}

/**
 * What a rep reads next to an item that is not simply in force, the same from the build and from
 * the device; undefined when there is nothing to say. The reason follows a withdrawal's notice.
 */
export function standingNotice(
  standing: Standing,
  formatDate: (iso: string) => string,
): string | undefined {
  switch (standing.state) {
    case "withdrawn":
      return `Withdrawn on ${formatDate(standing.on)}: ${standing.reason}`;
    case "expired":
      return `Expired on ${formatDate(standing.on)}: do not use`;
    case "expiring":
      return standing.days === 0
        ? "Expires today"
        : standing.days === 1
          ? "Expires tomorrow"
          : `Expires in ${standing.days} days`;
    case "in-force":
      return undefined;
  }
}
