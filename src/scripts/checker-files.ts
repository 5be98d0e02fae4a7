// The checkers' data files, fetched when first needed and kept for the visit (the service worker
// keeps them for offline use): a sheet's file only for the products a draft or quote is about.
import type { Product } from "../core/schema/product.ts";
import type { CheckerSheet, ProductIndex } from "../site/page-data.ts";
import { sitePath } from "../site/paths.ts";
import { inForceToday, offeredToday, sheetWithdrawal } from "./standing-store.ts";

const requests = new Map<string, Promise<unknown>>();

/** The JSON at `path`, fetched once per page. */
export function fetchOnce<T>(path: string): Promise<T> {
  let request = requests.get(path);
  if (!request) {
    request = fetch(sitePath(path)).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    });
    request.catch(() => requests.delete(path));
    requests.set(path, request);
  }
  return request as Promise<T>;
}

const sheets = new Map<string, Product | null>();

/**
 * A sheet already fetched, without the claims that may not be offered today; null if this build
 * has no product with that slug.
 */
export function sheetAtHand(slug: string): Product | null | undefined {
  const sheet = sheets.get(slug);
  return sheet && offeredToday(slug, sheet);
}

/**
 * A sheet already fetched as the deal checker may quote it today; a sheet withdrawn by its build or
 * by the newest list the device holds comes with its withdrawal, which the quote refuses.
 */
export function quotableSheet(slug: string): Product | null | undefined {
  const sheet = sheets.get(slug);
  if (!sheet) return sheet;
  return inForceToday(slug, sheet) ?? { ...sheet, withdrawn: sheetWithdrawal(slug, sheet) };
}

/** Fetches the sheets not at hand yet. A slug this build does not have is remembered as null. */
export async function fetchSheets(slugs: readonly string[]): Promise<void> {
  await Promise.all(
    slugs
      .filter((slug) => !sheets.has(slug))
      .map(async (slug) => {
        try {
          const sheet = await fetchOnce<CheckerSheet>(`/checker/${encodeURIComponent(slug)}.json`);
          sheets.set(slug, sheet.product);
        } catch {
          sheets.set(slug, null);
        }
      }),
  );
}

export const fetchProductIndex = () => fetchOnce<ProductIndex>("/deal-products.json");
