import type { Position } from "./problem.ts";
import type { Policy } from "./schema/policy.ts";
import type { Product } from "./schema/product.ts";
import type { LocatedYaml } from "./source/yaml.ts";

export interface PolicyEntry {
  file: string;
  policy: Policy;
  locate: LocatedYaml["locate"];
}

/** One product sheet: its validated frontmatter, its talk track, and where each part stands. */
export interface SheetEntry {
  file: string;
  slug: string;
  product: Product;
  locate: LocatedYaml["locate"];
  body: string;
  bodyLine: number;
}

export interface Library {
  policy: PolicyEntry;
  sheets: SheetEntry[];
}

/** "Today" for every rule that depends on the date. */
export interface CheckContext {
  asOf: string;
}

/** The file position of an offset in a sheet's body. */
export function bodyPosition(
  sheet: Pick<SheetEntry, "body" | "bodyLine">,
  offset: number,
): Position {
  const before = sheet.body.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: sheet.bodyLine + before.split("\n").length - 1, column: offset - lineStart + 1 };
}
