import type { APIRoute } from "astro";
import { guardrailsDocument } from "../core/publishing/index.ts";
import { productsInForce } from "../site/in-force.ts";
import { loadPolicy } from "../site/library.ts";

/**
 * Every product's claims, ladder, term bonuses, floor and promises in one file, for CRM and CPQ
 * bots: only what is in force on the build's day (no withdrawn sheet, claim or boundary, no
 * expired claim), since a bot has no device clock or withdrawals list to apply.
 */
export const GET: APIRoute = async () => {
  const document = guardrailsDocument(await loadPolicy(), await productsInForce());
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
