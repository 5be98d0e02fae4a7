// Whether an approved item may still be used on a given day: the one rule the checker, the build
// and every rep's device apply, so a page built weeks ago still tells the truth on the device's day.
import { daysBetween } from "./rules/time.ts";

/** How far ahead a rep is told that an item will soon expire ("expires in 5 days"). */
export const EXPIRING_SOON_DAYS = 14;

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

/** Whether it may be said, copied, suggested or asked about on `today`. */
export function usableOn(item: Ending, today: string): boolean {
  const { state } = standingOn(item, today);
  return state === "in-force" || state === "expiring";
}
