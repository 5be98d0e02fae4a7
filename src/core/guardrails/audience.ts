import { AUDIENCES } from "../schema/values.ts";
import type { Partners, Policy } from "../schema/policy.ts";
import type { Product } from "../schema/product.ts";

/** Who a build is for: the sales team (`internal`, the default) or partners and resellers. */
export type Audience = (typeof AUDIENCES)[number];

export const DEFAULT_AUDIENCE: Audience = "internal";

/**
 * Fields of a product sheet that only the sales team ever sees, whatever the sheet's audience:
 * what a deal may cost us is never shown outside the company.
 */
export const ALWAYS_INTERNAL_FIELDS = ["discounts", "termBonus", "pricing.floorPrice"] as const;

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/**
 * Whether something marked for `audiences` reaches `audience`. An unmarked claim or promise
 * reaches whoever its sheet reaches.
 */
export function reaches(audiences: readonly Audience[] | undefined, audience: Audience): boolean {
  return audiences === undefined || audiences.includes(audience);
}

/** A sheet marked `status: draft` is checked and previewed in `npm run dev`, never built into a site. */
export function isDraft(product: Pick<Product, "status">): boolean {
  return product.status === "draft";
}

/** Whether a product sheet is published to `audience` at all. */
export function sheetReaches(product: Pick<Product, "audience">, audience: Audience): boolean {
  return reaches(product.audience, audience);
}

/**
 * The sheet as `audience` may see it: the internal view is the sheet itself; any other view has no
 * always-internal field, only the claims and promises marked for it, and the partner team (policy's
 * `partners`) as its owner and as the escalation of every boundary: no internal address reaches it.
 * Forbidden phrases stay: they bind anyone who sells the product.
 */
export function scopeProduct(
  product: Product,
  audience: Audience,
  partners: Partners | undefined,
): Product {
  if (audience === "internal") return product;
  // The checker refuses a partner sheet in a library without `partners`, before anything is built.
  if (!partners) throw new Error("policy.yaml has no partners contact for a partner sheet");
  const { floorPrice: _floorPrice, ...pricing } = product.pricing;
  return {
    ...product,
    owner: partners.contact,
    pricing,
    claims: product.claims.filter((claim) => reaches(claim.audience, audience)),
    discounts: [],
    termBonus: [],
    promises: product.promises
      .filter((promise) => reaches(promise.audience, audience))
      .map((promise) => ({ ...promise, escalate: partners.contact })),
  };
}

/** The policy as `audience` may see it: outside the company, roles keep no contact address. */
export function scopePolicy(policy: Policy, audience: Audience): Policy {
  if (audience === "internal") return policy;
  return { ...policy, roles: policy.roles.map(({ contact: _contact, ...role }) => role) };
}

/**
 * Field notes (what customers said, deal sizes and stages) are for marketing and the sales team:
 * only the internal build has them, whatever the sheets they are about.
 */
export function notesReach(audience: Audience): boolean {
  return audience === "internal";
}
