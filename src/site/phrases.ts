import { applicablePhrases } from "../core/guardrails/index.ts";
import type { Policy, Product } from "../core/schema/index.ts";
import type { ClaimEntry } from "./library.ts";

export interface ForbiddenRow {
  phrase: string;
  why: string;
  /** The product whose sheet forbids it; company-wide phrases have none. */
  product?: string;
  instead?: ClaimEntry;
}

/** The company-wide forbidden phrases and the sheet's own, each with the approved wording to use instead. */
export function forbiddenRows(
  policy: Pick<Policy, "forbidden">,
  product: Product,
  claims: ReadonlyMap<string, ClaimEntry>,
): ForbiddenRow[] {
  return applicablePhrases(policy, [product])
    .filter((rule) => rule.kind === "forbidden")
    .map((rule) => ({
      phrase: rule.phrase,
      why: rule.why,
      product: rule.product,
      instead: rule.insteadSay === undefined ? undefined : claims.get(rule.insteadSay),
    }));
}
