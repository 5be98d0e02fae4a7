// The withdrawals this device knows of: the newest /withdrawals.json it has fetched, kept in
// localStorage so that pages served from the offline cache apply it too. A fetch that fails or
// returns something unreadable changes nothing: the last list stays in force, never cleared.
// The page itself shows its own build's withdrawals, and says which list that is (a meta of
// src/layouts/Base.astro): only a list newer than both the page and the stored list is checked
// against the schema, loaded then (its zod weighs more than the rest of a page's script), and
// kept. The stored list was checked before it was stored.
import { standingOn, type Standing, type Withdrawal } from "../core/standing/standing.ts";
import {
  endingOf,
  inForceOn,
  isNewerList,
  offeredOn,
  sequenceOf,
  WITHDRAWALS_FILE,
  WITHDRAWALS_SEQUENCE_FILE,
  type Withdrawals,
} from "../core/standing/withdrawals.ts";
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

/** The sequence of the list this page was built with; none on a page without the meta. */
function pageSequence(): number | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="fieldguide-withdrawals"]');
  const sequence = Number(content?.content);
  return content && Number.isInteger(sequence) ? sequence : undefined;
}

/** The newest list this page has seen, so it applies even where storage is refused. */
let latest: Withdrawals | undefined;

function kept(): Withdrawals | undefined {
  try {
    const stored: unknown = JSON.parse(read(LIST_KEY) ?? "null");
    return sequenceOf(stored) === undefined ? undefined : (stored as Withdrawals);
  } catch {
    return undefined;
  }
}

/**
 * The stored list where it is newer than the page: an older one says nothing this page does not,
 * and would undo a date its build moved later (renewed evidence).
 */
export function storedWithdrawals(): Withdrawals | undefined {
  const list = latest ?? kept();
  return list && list.sequence >= (pageSequence() ?? -1) ? list : undefined;
}

/** The day the device last read the list from the site, if it ever did. */
export function confirmedOn(): string | undefined {
  return read(CONFIRMED_KEY)?.slice(0, 10);
}

/**
 * Fetches the list past the HTTP cache (the service worker never caches it) and keeps it if it is
 * newer than the stored one and the page's own. Resolves once done; never throws.
 */
export async function refreshWithdrawals(): Promise<void> {
  // Offline it could only fail; coming back online asks again (src/scripts/standing.ts).
  if (!navigator.onLine) return;
  const stored = latest ?? kept();
  let fetched: Withdrawals | undefined;
  try {
    // The list grows with the library (≈500 B a dated item): ask its sequence first.
    const asked = await fetch(sitePath(`/${WITHDRAWALS_SEQUENCE_FILE}`), { cache: "no-store" });
    if (!asked.ok) return;
    const announced = sequenceOf(await asked.json());
    if (announced === undefined) return;
    if (isNewerList(announced, stored?.sequence, pageSequence())) {
      const response = await fetch(sitePath(`/${WITHDRAWALS_FILE}`), { cache: "no-store" });
      if (!response.ok) return;
      const body: unknown = await response.json();
      const sequence = sequenceOf(body);
      if (sequence === undefined || !isNewerList(sequence, stored?.sequence, pageSequence()))
        return;
      fetched = (await import("../core/standing/withdrawals-schema.ts")).parseWithdrawals(body);
      if (!fetched) return;
    }
  } catch {
    return;
  }
  try {
    // Read from the site: what the page and the stored list say is confirmed, newer or not.
    localStorage.setItem(CONFIRMED_KEY, new Date().toISOString());
    if (fetched) localStorage.setItem(LIST_KEY, JSON.stringify(fetched));
  } catch {
    // Storage full or refused: the list still applies to this page.
  }
  if (!fetched) return;
  latest = fetched;
  dispatchEvent(new CustomEvent(WITHDRAWALS_EVENT, { detail: fetched }));
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
