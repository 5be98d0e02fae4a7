/** A product as a field that names one offers it: [slug, title, sku]. */
export type ProductNames = readonly [slug: string, title: string, sku: string];

/** The one product a typed name stands for, the several it could, or none. */
export type ProductMatch = { slug: string } | { ambiguous: string[] } | { none: true };

/**
 * The product typed into a field, by its exact title, sku or slug: as written first, then
 * whatever the case. Two products that both fit are named, never one taken silently (a wrong
 * pick shows the wrong ladder); the checker refuses titles and skus that differ only in case, so
 * this is rare: a title that is another product's sku.
 */
export function matchProduct(products: readonly ProductNames[], typed: string): ProductMatch {
  const wanted = typed.trim();
  if (wanted === "") return { none: true };
  const exact = products.filter((names) => names.includes(wanted));
  const lower = wanted.toLowerCase();
  const fits =
    exact.length > 0
      ? exact
      : products.filter((names) => names.some((name) => name.toLowerCase() === lower));
  if (fits.length === 0) return { none: true };
  if (fits.length === 1) return { slug: fits[0]![0] };
  return { ambiguous: fits.map(([, title, sku]) => `${title} (${sku})`) };
}
