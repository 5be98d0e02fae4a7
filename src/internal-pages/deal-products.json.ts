import type { APIRoute } from "astro";
import { productsInForce } from "../site/in-force.ts";
import type { ProductIndex } from "../site/page-data.ts";

/**
 * The deal checker's product list: slug, title and sku, fetched when a product field is first used.
 * A withdrawn sheet is not offered: it may not be quoted.
 */
export const GET: APIRoute = async () => {
  const index: ProductIndex = (await productsInForce()).map(({ slug, product }) => [
    slug,
    product.title,
    product.sku,
  ]);
  return new Response(JSON.stringify(index), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
