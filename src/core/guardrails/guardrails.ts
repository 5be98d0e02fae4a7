import type { Policy } from "../schema/policy.ts";
import type { Product } from "../schema/product.ts";

/** A phrase a rep must not write, whichever rule forbids it. */
export interface PhraseRule {
  kind: "forbidden" | "may-not";
  phrase: string;
  why: string;
  /** Claim id of the approved wording to use instead. */
  insteadSay?: string;
  /** For may-not phrases: the promise topic, what may be said, and who decides beyond it. */
  topic?: string;
  may?: string;
  escalate?: string;
  /** Title of the product whose sheet sets the rule; company-wide rules have none. */
  product?: string;
}

/** Company-wide forbidden phrases, then each product's own forbidden and may-not phrases. */
export function applicablePhrases(
  policy: Pick<Policy, "forbidden">,
  products: readonly Product[],
): PhraseRule[] {
  const rules: PhraseRule[] = policy.forbidden.map((rule) => ({ kind: "forbidden", ...rule }));
  for (const product of products) {
    for (const rule of product.forbidden)
      rules.push({ kind: "forbidden", ...rule, product: product.title });
    for (const promise of product.promises) {
      for (const phrase of promise.mayNot) {
        rules.push({
          kind: "may-not",
          phrase,
          why: `${product.title} promises on ${promise.topic} stop at: ${promise.may}`,
          topic: promise.topic,
          may: promise.may,
          escalate: promise.escalate,
          product: product.title,
        });
      }
    }
  }
  return rules;
}
