// Where the build marks items whose approval can end, for the device to judge by its own clock
// (src/scripts/standing.ts): each carries its address and, if it has one, its expiry date.
import { itemAddress, type Anchors } from "../core/standing/withdrawals.ts";
import { claimAnchor, promiseAnchor } from "./paths.ts";

export const SITE_ANCHORS: Anchors = { claim: claimAnchor, promise: promiseAnchor };

export function claimAddress(slug: string, claimId: string): string {
  return itemAddress(slug, claimAnchor(claimId));
}

export function promiseAddress(slug: string, topic: string): string {
  return itemAddress(slug, promiseAnchor(topic));
}

export function sheetAddress(slug: string): string {
  return itemAddress(slug);
}

/**
 * The attributes that put an item under the device's watch; one the build already shows as
 * withdrawn or expired is final on this page, whatever list the device holds.
 */
export function standingAttributes(
  address: string,
  { expires, ended }: { expires?: string | undefined; ended?: unknown } = {},
): Record<string, string> {
  return {
    "data-standing": address,
    ...(expires ? { "data-expires": expires } : {}),
    ...(ended ? { "data-ended": "" } : {}),
  };
}
