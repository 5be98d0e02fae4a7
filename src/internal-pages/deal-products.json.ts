import type { APIRoute } from "astro";
import { loadProducts } from "../site/library.ts";
import type { ProductIndex } from "../site/page-data.ts";

/** The deal checker's product list: slug, title and sku, fetched when a product field is first used. */
export const GET: APIRoute = async () => {
  const index: ProductIndex = (await loadProducts()).map(({ slug, product }) => [
    slug,
    product.title,
    product.sku,
  ]);
  return new Response(JSON.stringify(index), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
