import type { APIRoute, GetStaticPaths } from "astro";
import type { Product } from "../../core/schema/index.ts";
import { inForceOn } from "../../core/standing/index.ts";
import { buildDate, loadProducts } from "../../site/library.ts";
import { SITE_ANCHORS } from "../../site/standing.ts";
import type { CheckerSheet } from "../../site/page-data.ts";

/**
 * One product's guardrails as this build may show them (a partner build's sheets have no ladder),
 * fetched by the checkers for the products a draft or a quote is about, never all at once. Only
 * what is in force on the build's day: a withdrawn sheet keeps its file, with its withdrawal and no
 * claim or boundary, so that the draft checker can still name it and the deal checker refuses it
 * (src/scripts/checker-files.ts).
 */
export const getStaticPaths = (async () =>
  (await loadProducts()).map(({ slug, product }) => ({
    params: { slug },
    props: {
      product: inForceOn(slug, product, buildDate, undefined, SITE_ANCHORS) ?? {
        ...product,
        claims: [],
        promises: [],
      },
    },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ product: Product }> = ({ params, props }) => {
  const sheet: CheckerSheet = { slug: params.slug!, product: props.product };
  return new Response(JSON.stringify(sheet), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
