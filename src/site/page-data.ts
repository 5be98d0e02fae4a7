// Data a checker island needs: a little written into its page as JSON (never as executable
// script), the rest in files the island fetches (src/pages/draft-phrases.json.ts,
// src/pages/checker/[slug].json.ts, src/internal-pages/deal-products.json.ts).
import type { Role } from "../core/schema/policy.ts";
import type { Product } from "../core/schema/product.ts";

/** One product as the checkers read it, from /checker/<slug>.json. */
export interface CheckerSheet {
  slug: string;
  product: Product;
}

/** Every product as [slug, title, sku]: what a product field offers. */
export type ProductIndex = [string, string, string][];

export interface DealCheckerData {
  currency: string;
  roles: Role[];
}

export interface DraftCheckerData {
  /** Whether this build has the deal checker to link discount offers to. */
  dealChecker: boolean;
}

/** JSON that cannot end its <script> element early or open a comment inside it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
