import type { APIRoute } from "astro";
import { draftIndex } from "../core/draft-checker/index.ts";
import { offeredOn } from "../core/standing/index.ts";
import { buildDate, loadPolicy, loadProducts } from "../site/library.ts";
import { claimAddress } from "../site/standing.ts";

/**
 * Everything the draft checker matches a draft against, in one compact file the page fetches once
 * (and the service worker keeps): each phrase once with the products that rule it out, titles and
 * skus, approved percentages (of claims in force: a withdrawn claim's figure is no longer
 * approved). What to say instead is read from a sheet's own file when needed.
 */
export const GET: APIRoute = async () => {
  const products = (await loadProducts()).map(({ slug, product }) => ({
    slug,
    product: offeredOn(product, buildDate, undefined, (id) => claimAddress(slug, id)),
  }));
  return new Response(JSON.stringify(draftIndex(await loadPolicy(), products)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
