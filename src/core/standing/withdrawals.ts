// /withdrawals.json: every withdrawn item and every dated one, written by the build and read by
// every rep's device, which keeps the newest list it has seen and applies it to every page it
// shows, cached or not. No zod here: this file runs on every page, and the validator
// (withdrawals-schema.ts) is loaded only when a newer list arrives.
import type { Product } from "../schema/product.ts";
import { usableOn, withdrawalOf, type Ending, type Withdrawal } from "./standing.ts";

export const WITHDRAWALS_FILE = "withdrawals.json";
/** Only the list's sequence: what a device asks on every page view, the list itself only when newer. */
export const WITHDRAWALS_SEQUENCE_FILE = "withdrawals-sequence.json";
export const WITHDRAWALS_FORMAT = "fieldguide-withdrawals";
export const WITHDRAWN_KINDS = ["claim", "promise", "sheet"] as const;
type WithdrawnKind = (typeof WITHDRAWN_KINDS)[number];

/** Its zod/mini schema is src/core/standing/withdrawals-schema.ts, checked to describe these same types. */
export interface WithdrawalItem {
  kind: WithdrawnKind;
  /** A claim's id, a boundary's topic, a sheet's slug. */
  id: string;
  /** The slug of the sheet it belongs to. */
  sheet: string;
  /** What it is called where it is shown: `<sheet>#<anchor>`, or `<sheet>#` for a whole sheet. */
  address: string;
  /** withdrawn: taken back on `date`; expires: approved through `date`, expired the day after. */
  state: "withdrawn" | "expires";
  date: string;
  reason: string;
  insteadSay?: { id: string; text: string; address: string } | undefined;
}

export interface Withdrawals {
  format: typeof WITHDRAWALS_FORMAT;
  version: 1;
  /**
   * Only grows: the second the build started, which its pages carry too. A device keeps the list with the highest
   * sequence, so an older copy (a stale CDN, an old deploy served again) never undoes a withdrawal.
   */
  sequence: number;
  builtOn: string;
  items: WithdrawalItem[];
}

/** Where a claim or boundary stands on its sheet, as the site addresses it. */
export interface Anchors {
  claim(id: string): string;
  promise(topic: string): string;
}

export function itemAddress(sheet: string, anchor = ""): string {
  return `${sheet}#${anchor}`;
}

/** What ends approval on one sheet, whole-sheet withdrawal passed down to its claims and boundaries. */
export function withdrawalItems(
  sheets: readonly { slug: string; product: Product }[],
  anchors: Anchors,
): WithdrawalItem[] {
  const claims = new Map(
    sheets.flatMap(({ slug, product }) =>
      product.claims.map((claim) => [
        claim.id,
        { id: claim.id, text: claim.text, address: itemAddress(slug, anchors.claim(claim.id)) },
      ]),
    ),
  );
  const withdrawn =
    (slug: string, kind: WithdrawnKind, id: string, address: string) =>
    (withdrawal: Withdrawal): WithdrawalItem => {
      const instead = withdrawal.insteadSay && claims.get(withdrawal.insteadSay);
      return {
        kind,
        id,
        sheet: slug,
        address,
        state: "withdrawn",
        date: withdrawal.on,
        reason: withdrawal.reason,
        ...(instead ? { insteadSay: instead } : {}),
      };
    };
  return sheets.flatMap(({ slug, product }) => {
    const sheetWithdrawal = product.withdrawn;
    const items: WithdrawalItem[] = [];
    if (sheetWithdrawal)
      items.push(withdrawn(slug, "sheet", slug, itemAddress(slug))(sheetWithdrawal));
    for (const claim of product.claims) {
      const address = itemAddress(slug, anchors.claim(claim.id));
      const withdrawal = claim.withdrawn ?? sheetWithdrawal;
      if (withdrawal) items.push(withdrawn(slug, "claim", claim.id, address)(withdrawal));
      else if (claim.expires !== undefined) {
        items.push({
          kind: "claim",
          id: claim.id,
          sheet: slug,
          address,
          state: "expires",
          date: claim.expires,
          reason: `Approved until ${claim.expires}, when its evidence must be renewed.`,
        });
      }
    }
    for (const promise of product.promises) {
      const withdrawal = promise.withdrawn ?? sheetWithdrawal;
      const address = itemAddress(slug, anchors.promise(promise.topic));
      if (withdrawal) items.push(withdrawn(slug, "promise", promise.topic, address)(withdrawal));
    }
    return items;
  });
}

/**
 * A fetched list's sequence without checking the rest: a list no newer than the stored one changes
 * nothing, so it needs no validator.
 */
export function sequenceOf(value: unknown): number | undefined {
  const sequence = (value as { sequence?: unknown } | null)?.sequence;
  return typeof value === "object" && typeof sequence === "number" ? sequence : undefined;
}

/**
 * Whether a fetched list says anything new: only when it is newer than both the stored list and
 * the page's own build (which the page already shows). Anything else is neither read nor kept, so
 * an older copy (a stale CDN, an old deploy served again) never undoes a withdrawal.
 */
export function isNewerList(
  fetched: number,
  stored: number | undefined,
  page: number | undefined,
): boolean {
  return fetched > Math.max(stored ?? -1, page ?? -1);
}

/**
 * What ends an item's approval by the page's own date and the list, whichever comes first: a page
 * from an older build learns of a withdrawal, and a date moved earlier since.
 */
export function endingOf(
  address: string,
  pageExpires: string | undefined,
  list: Withdrawals | undefined,
): Ending & { insteadSay?: WithdrawalItem["insteadSay"] } {
  const item = list?.items.find((candidate) => candidate.address === address);
  if (item?.state === "withdrawn") {
    return {
      withdrawn: { on: item.date, reason: item.reason },
      ...(item.insteadSay ? { insteadSay: item.insteadSay } : {}),
    };
  }
  const dates = [pageExpires, item?.date].filter((value) => value !== undefined).sort();
  return dates[0] === undefined ? {} : { expires: dates[0] };
}

/**
 * The sheet as the checkers may offer it on `today`: without the claims withdrawn by the sheet, by
 * the list or expired, so no suggestion is wording that may no longer be used. Boundaries stay:
 * what they rule out is still ruled out.
 */
export function offeredOn<P extends Product>(
  product: P,
  today: string,
  list: Withdrawals | undefined,
  addressOf: (claimId: string) => string,
): P {
  const claims = product.claims.filter((claim) => {
    const withdrawn = withdrawalOf(claim, product);
    return usableOn(
      withdrawn ? { withdrawn } : endingOf(addressOf(claim.id), claim.expires, list),
      today,
    );
  });
  return claims.length === product.claims.length ? product : { ...product, claims };
}

/**
 * The sheet as it may be quoted or applied on `today` (/guardrails.json, the deal checker): none
 * once the sheet is withdrawn; without the claims `offeredOn` leaves out, nor withdrawn
 * boundaries, by the sheet or by the list.
 */
export function inForceOn<P extends Product>(
  slug: string,
  product: P,
  today: string,
  list: Withdrawals | undefined,
  anchors: Anchors,
): P | undefined {
  const ended = (anchor: string | undefined, own?: Withdrawal) => {
    const withdrawn = own ?? product.withdrawn;
    return !usableOn(
      withdrawn ? { withdrawn } : endingOf(itemAddress(slug, anchor), undefined, list),
      today,
    );
  };
  if (ended(undefined)) return undefined;
  const offered = offeredOn(product, today, list, (id) => itemAddress(slug, anchors.claim(id)));
  const promises = product.promises.filter(
    (promise) => !ended(anchors.promise(promise.topic), promise.withdrawn),
  );
  return promises.length === product.promises.length ? offered : { ...offered, promises };
}
