// /withdrawals.json: every withdrawn item and every dated one, written by the build and read by
// every rep's device, which keeps the newest list it has seen and applies it to every page it
// shows, cached or not. zod/mini: this schema runs on every page, where full zod would weigh more
// than the rest of the page's script.
import * as z from "zod/mini";
import type { Product } from "./schema/product.ts";
import { usableOn, withdrawalOf, type Ending, type Withdrawal } from "./standing.ts";

export const WITHDRAWALS_FILE = "withdrawals.json";
export const WITHDRAWALS_FORMAT = "fieldguide-withdrawals";
const WITHDRAWN_KINDS = ["claim", "promise", "sheet"] as const;
type WithdrawnKind = (typeof WITHDRAWN_KINDS)[number];

const date = z.iso.date();

const InsteadSaySchema = z.strictObject({ id: z.string(), text: z.string(), address: z.string() });

const WithdrawalItemSchema = z.strictObject({
  kind: z.enum(WITHDRAWN_KINDS),
  /** A claim's id, a boundary's topic, a sheet's slug. */
  id: z.string(),
  /** The slug of the sheet it belongs to. */
  sheet: z.string(),
  /** What it is called where it is shown: `<sheet>#<anchor>`, or `<sheet>#` for a whole sheet. */
  address: z.string(),
  /** withdrawn: taken back on `date`; expires: approved through `date`, expired the day after. */
  state: z.enum(["withdrawn", "expires"]),
  date,
  reason: z.string(),
  insteadSay: z.optional(InsteadSaySchema),
});
export type WithdrawalItem = z.infer<typeof WithdrawalItemSchema>;

const WithdrawalsSchema = z.strictObject({
  format: z.literal(WITHDRAWALS_FORMAT),
  version: z.literal(1),
  /**
   * Only grows: the second the build wrote the list. A device keeps the list with the highest
   * sequence, so an older copy (a stale CDN, an old deploy served again) never undoes a withdrawal.
   */
  sequence: z.int().check(z.nonnegative()),
  builtOn: date,
  items: z.array(WithdrawalItemSchema),
});
export type Withdrawals = z.infer<typeof WithdrawalsSchema>;

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

/** The list as a device reads it: undefined for anything that is not a list of this format. */
export function parseWithdrawals(value: unknown): Withdrawals | undefined {
  const parsed = WithdrawalsSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The list to keep: a fetched one replaces the stored one unless it is older. */
export function newerWithdrawals(
  stored: Withdrawals | undefined,
  fetched: Withdrawals | undefined,
): Withdrawals | undefined {
  if (!fetched) return stored;
  if (!stored) return fetched;
  return fetched.sequence >= stored.sequence ? fetched : stored;
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
