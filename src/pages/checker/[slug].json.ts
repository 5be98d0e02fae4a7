import type { APIRoute, GetStaticPaths } from "astro";
import type { Product } from "../../core/schema/product.ts";
import { loadProducts } from "../../site/library.ts";
import type { CheckerSheet } from "../../site/page-data.ts";

/**
 * One product's guardrails as this build may show them (a partner build's sheets have no ladder),
 * fetched by the checkers for the products a draft or a quote is about, never all at once.
 */
export const getStaticPaths = (async () =>
  (await loadProducts()).map(({ slug, product }) => ({
    params: { slug },
    props: { product },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ product: Product }> = ({ params, props }) => {
  const sheet: CheckerSheet = { slug: params.slug!, product: props.product };
  return new Response(JSON.stringify(sheet), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
