import type { APIRoute } from "astro";
import { withdrawalItems, WITHDRAWALS_FORMAT, type Withdrawals } from "../core/standing/index.ts";
import { withdrawalsSequence } from "../site/build-sequence.ts";
import { buildDate, loadProducts } from "../site/library.ts";
import { SITE_ANCHORS } from "../site/standing.ts";

/**
 * Every withdrawn and dated item of this build, which a page fetches past every cache when
 * /withdrawals-sequence.json announces it newer than the page's own build and the stored list
 * (src/scripts/standing-store.ts), so that a device holding older pages learns of it. Not precached: the
 * service worker lets it through to the network (src/integrations/offline/service-worker.ts).
 */
export const GET: APIRoute = async () => {
  const list: Withdrawals = {
    format: WITHDRAWALS_FORMAT,
    version: 1,
    // The same number every page of this build carries, so a page knows this list is its own.
    sequence: withdrawalsSequence(),
    builtOn: buildDate,
    items: withdrawalItems(await loadProducts(), SITE_ANCHORS),
  };
  return new Response(JSON.stringify(list), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
