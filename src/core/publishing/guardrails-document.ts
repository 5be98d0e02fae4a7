import { z } from "zod";
import { id } from "../schema/common.ts";
import { PolicySchema, type Policy } from "../schema/policy.ts";
import { ProductSchema, type Product } from "../schema/product.ts";

/**
 * `/guardrails.json`: the policy and every product's frontmatter (claims, ladder, term bonuses, floor,
 * promises) keyed by slug. Built from the same schemas as the content, so each product parses back
 * through ProductSchema unchanged and a CRM or CPQ bot applies exactly the rules the site shows.
 */
export const GuardrailsDocumentSchema = z.strictObject({
  policy: PolicySchema,
  products: z.record(id, ProductSchema),
});
export type GuardrailsDocument = z.infer<typeof GuardrailsDocumentSchema>;

export function guardrailsDocument(
  policy: Policy,
  products: readonly { slug: string; product: Product }[],
): GuardrailsDocument {
  return {
    policy,
    products: Object.fromEntries(products.map(({ slug, product }) => [slug, product])),
  };
}
