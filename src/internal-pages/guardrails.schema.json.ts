import type { APIRoute } from "astro";
import { guardrailsJsonSchema } from "../core/publishing/index.ts";

/** The JSON Schema of /guardrails.json, generated from the same zod schemas as the content. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(guardrailsJsonSchema(), null, 2)}\n`, {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
