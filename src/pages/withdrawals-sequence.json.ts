import type { APIRoute } from "astro";
import { withdrawalsSequence } from "../site/build-sequence.ts";

/**
 * The sequence of this build's /withdrawals.json, and nothing else: every page asks it past every
 * cache and fetches the list only when it is newer than the page's own and the stored one.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ sequence: withdrawalsSequence() }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
