import type { APIRoute } from "astro";
import { draftIndex } from "../core/draft.ts";
import { loadPolicy, loadProducts } from "../site/library.ts";

/**
 * Everything the draft checker matches a draft against, in one compact file the page fetches once
 * (and the service worker keeps): each phrase once with the products that rule it out, titles and
 * skus, approved percentages. What to say instead is read from a sheet's own file when needed.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(draftIndex(await loadPolicy(), await loadProducts())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
