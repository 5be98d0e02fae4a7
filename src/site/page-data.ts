// Data a checker island needs, written into its page as JSON (never as executable script).
import type { Policy, Role } from "../core/schema/policy.ts";
import type { Product } from "../core/schema/product.ts";

export interface CheckerProduct {
  slug: string;
  product: Product;
}

export interface DealCheckerData {
  currency: string;
  roles: Role[];
  products: CheckerProduct[];
}

export interface DraftCheckerData {
  policy: Pick<Policy, "forbidden" | "roles">;
  products: CheckerProduct[];
}

/** JSON that cannot end its <script> element early or open a comment inside it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
