// What the build shows and publishes as usable, judged on the build's day by the rule every device
// applies (core/standing/): a claim that expired before the build is shown expired and left out
// of search, the checkers' data and /guardrails.json, exactly as a device would leave it out.
import type { Claim, Product } from "../core/schema/index.ts";
import { endedOn, inForceOn, withdrawalOf, type Ended } from "../core/standing/index.ts";
import { buildDate, loadProducts, type ProductEntry } from "./library.ts";
import { SITE_ANCHORS } from "./standing.ts";

/** Why a claim may no longer be used on the build's day, if it may not. */
export function claimEnded(claim: Claim, product: Product): Ended | undefined {
  const withdrawn = withdrawalOf(claim, product);
  return endedOn(withdrawn ? { withdrawn } : { expires: claim.expires }, buildDate);
}

/** Every sheet as it may be quoted or applied on the build's day; withdrawn sheets left out. */
export async function productsInForce(): Promise<ProductEntry[]> {
  return (await loadProducts()).flatMap(({ slug, product }) => {
    const inForce = inForceOn(slug, product, buildDate, undefined, SITE_ANCHORS);
    return inForce ? [{ slug, product: inForce }] : [];
  });
}
