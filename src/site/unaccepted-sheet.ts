import { lstatSync } from "node:fs";
import { join } from "node:path";
import { PRODUCTS_DIR } from "../core/check.ts";

/**
 * `npm run dev` only: the library file of a sheet address the preview has no page for, when that
 * file is in the library folder. A sheet saved for the first time has no page until the check
 * accepts it (the preview keeps the library as it last passed): its address shows the problem
 * list rather than "Page not found".
 */
export function unacceptedSheet(
  pathname: string,
  base: string,
  contentDir: string,
): string | undefined {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const slug = /^\/?products\/([^/]+)\/?$/.exec(path)?.[1];
  if (!slug) return undefined;
  const file = `${PRODUCTS_DIR}${decodeURIComponent(slug)}.mdx`;
  // A linked sheet is refused at its path and never shown (src/library/files.ts): not one of these.
  return lstatSync(join(contentDir, file), { throwIfNoEntry: false })?.isFile() ? file : undefined;
}
