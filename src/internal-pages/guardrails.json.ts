import type { APIRoute } from "astro";
import { guardrailsDocument } from "../core/publishing/guardrails-document.ts";
import { loadPolicy, loadProducts } from "../site/library.ts";

/** Every product's claims, ladder, term bonuses, floor and promises in one file, for CRM and CPQ bots. */
export const GET: APIRoute = async () => {
  const document = guardrailsDocument(await loadPolicy(), await loadProducts());
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
