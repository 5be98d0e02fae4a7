// The withdrawals this device knows of: the newest /withdrawals.json it has fetched, kept in
// localStorage so that pages served from the offline cache apply it too. A fetch that fails or
// returns something unreadable changes nothing: the last list stays in force, never cleared.
// Only a newer list is checked against the schema, loaded then (its zod weighs more than the rest
// of a page's script); the stored list was checked before it was stored.
import { standingOn, type Standing, type Withdrawal } from "../core/standing.ts";
import {
  endingOf,
  inForceOn,
  newerWithdrawals,
  offeredOn,
  sequenceOf,
  WITHDRAWALS_FILE,
  type Withdrawals,
} from "../core/withdrawals.ts";
import type { Product } from "../core/schema/product.ts";
import { sitePath } from "../site/paths.ts";
import { claimAddress, sheetAddress, SITE_ANCHORS } from "../site/standing.ts";

const LIST_KEY = "fieldguide:withdrawals:v1";
/** When the device last read the list from the site: what "Not confirmed since" counts from. */
const CONFIRMED_KEY = "fieldguide:withdrawals-confirmed:v1";
/** Sent on window whenever a newer list is stored, for islands showing items to mark them again. */
export const WITHDRAWALS_EVENT = "fieldguide:withdrawals";

/** The device's own calendar day: pages are static, so the device's clock decides, not the build's. */
export function deviceToday(): string {
  const now = new Date();
  const two = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The newest list this page has seen, so it applies even where storage is refused. */
let latest: Withdrawals | undefined;

export function storedWithdrawals(): Withdrawals | undefined {
  if (latest) return latest;
  try {
    const stored: unknown = JSON.parse(read(LIST_KEY) ?? "null");
    return sequenceOf(stored) === undefined ? undefined : (stored as Withdrawals);
  } catch {
    return undefined;
  }
}

/** The day the device last read the list from the site, if it ever did. */
export function confirmedOn(): string | undefined {
  return read(CONFIRMED_KEY)?.slice(0, 10);
}

/**
 * Fetches the list past the HTTP cache (the service worker never caches it) and keeps it if it is
 * not older than the stored one. Resolves once done; never throws.
 */
export async function refreshWithdrawals(): Promise<void> {
  // Offline it could only fail; coming back online asks again (src/scripts/standing.ts).
  if (!navigator.onLine) return;
  const stored = storedWithdrawals();
  let fetched: Withdrawals | undefined;
  try {
    const response = await fetch(sitePath(`/${WITHDRAWALS_FILE}`), { cache: "no-store" });
    if (!response.ok) return;
    const body: unknown = await response.json();
    const sequence = sequenceOf(body);
    if (sequence === undefined) return;
    if (stored && sequence <= stored.sequence) fetched = stored;
    else fetched = (await import("../core/withdrawals-schema.ts")).parseWithdrawals(body);
  } catch {
    return;
  }
  if (!fetched) return;
  const kept = newerWithdrawals(stored, fetched);
  latest = kept;
  try {
    localStorage.setItem(CONFIRMED_KEY, new Date().toISOString());
    if (kept !== stored) localStorage.setItem(LIST_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or refused: the list still applies to this page.
  }
  if (kept !== stored) dispatchEvent(new CustomEvent(WITHDRAWALS_EVENT, { detail: kept }));
}

/** Where an item stands on this device today, by its own date and the stored list. */
function standingHere(address: string, expires?: string): Standing {
  return standingOn(endingOf(address, expires, storedWithdrawals()), deviceToday());
}

/** Whether an item may still be said, copied, suggested or asked about on this device today. */
export function usableHere(address: string, expires?: string): boolean {
  const { state } = standingHere(address, expires);
  return state === "in-force" || state === "expiring";
}

/** A checker's sheet without the claims that may not be offered on this device today. */
export function offeredToday<P extends Product>(slug: string, product: P): P {
  return offeredOn(product, deviceToday(), storedWithdrawals(), (id) => claimAddress(slug, id));
}

/** A sheet as it may be quoted today: none once withdrawn, by its build or by the stored list. */
export function inForceToday<P extends Product>(slug: string, product: P): P | undefined {
  return inForceOn(slug, product, deviceToday(), storedWithdrawals(), SITE_ANCHORS);
}

/** Why a sheet may no longer be quoted, if its build or the stored list withdrew it. */
export function sheetWithdrawal(slug: string, product: Product): Withdrawal | undefined {
  return (
    product.withdrawn ?? endingOf(sheetAddress(slug), undefined, storedWithdrawals()).withdrawn
  );
}
