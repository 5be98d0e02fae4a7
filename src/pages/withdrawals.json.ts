import type { APIRoute } from "astro";
import { withdrawalItems, WITHDRAWALS_FORMAT, type Withdrawals } from "../core/withdrawals.ts";
import { buildDate, loadProducts } from "../site/library.ts";
import { SITE_ANCHORS } from "../site/standing.ts";

/**
 * Every withdrawn and dated item of this build, which every page fetches past every cache
 * (src/scripts/standing.ts) so that a device holding older pages learns of it. Not precached: the
 * service worker lets it through to the network (src/integrations/offline/service-worker.ts).
 */
export const GET: APIRoute = async () => {
  const list: Withdrawals = {
    format: WITHDRAWALS_FORMAT,
    version: 1,
    // The second this build wrote it: every later build's list has a higher one.
    sequence: Math.floor(Date.now() / 1000),
    builtOn: buildDate,
    items: withdrawalItems(await loadProducts(), SITE_ANCHORS),
  };
  return new Response(JSON.stringify(list), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
