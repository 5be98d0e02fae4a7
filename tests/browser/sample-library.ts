// The sample library in content/, read with the domain core: tests take their expected values
// from it instead of repeating figures that a content edit would change.
import { fileURLToPath } from "node:url";
import { checkContentFolder } from "../../src/library/check-folder.ts";
import type { Library, SheetEntry } from "../../src/core/source/library.ts";
import type { Claim } from "../../src/core/schema/product.ts";

const CONTENT = fileURLToPath(new URL("../../content/", import.meta.url));

export async function sampleLibrary(): Promise<Library> {
  const { library, problems } = await checkContentFolder(CONTENT, "2026-12-01");
  if (!library) throw new Error(`The sample library does not load: ${JSON.stringify(problems)}`);
  return library;
}

export function sheet(library: Library, slug: string): SheetEntry {
  const found = library.sheets.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`The sample library has no products/${slug}.mdx`);
  return found;
}

export function claim(library: Library, id: string): { claim: Claim; sheet: SheetEntry } {
  for (const entry of library.sheets) {
    const found = entry.product.claims.find((candidate) => candidate.id === id);
    if (found) return { claim: found, sheet: entry };
  }
  throw new Error(`The sample library has no claim ${id}`);
}
