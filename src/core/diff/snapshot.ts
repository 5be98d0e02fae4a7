import { POLICY_FILE, PRODUCTS_DIR } from "../check.ts";
import type { SourceFile } from "../source/file.ts";
import type { Problem } from "../problem.ts";
import { validateSchema } from "../rules/schema.ts";
import { PolicySchema, type Policy } from "../schema/policy.ts";
import { ProductSchema, type Product } from "../schema/product.ts";
import { readMdxFile, readYamlFile } from "../source/read.ts";

/** One version of a product sheet, as far as a diff needs it. */
export interface SheetVersion {
  product: Product;
  body: string;
}

/**
 * The library at one point in time. Unlike the checker, each file is read on its own: an old
 * revision with one broken sheet still shows what changed in all the others.
 */
export interface Snapshot {
  policy?: Policy;
  /** Keyed by the file path relative to the library root, e.g. `products/analytics.mdx`. */
  sheets: Map<string, SheetVersion>;
  unreadable: string[];
}

export function readSheetVersion(
  file: string,
  bytes: Uint8Array,
): SheetVersion | { problems: Problem[] } {
  const source = readMdxFile({ path: file, bytes });
  if ("problems" in source) return source;
  const { value, problems } = validateSchema(ProductSchema, source.frontmatter, file);
  // Strict, unlike the checker: a sheet with any schema error is not compared (a TODO left to fill
  // in is no schema error: a draft's changes are worth seeing).
  return value && !hasSchemaError(problems) ? { product: value, body: source.body } : { problems };
}

function hasSchemaError(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.rule === "schema");
}

function readPolicyVersion(file: string, bytes: Uint8Array): Policy | undefined {
  const yaml = readYamlFile({ path: file, bytes });
  if ("problems" in yaml) return undefined;
  const { value, problems } = validateSchema(PolicySchema, yaml, file);
  return hasSchemaError(problems) ? undefined : value;
}

export function readSnapshot(files: readonly SourceFile[]): Snapshot {
  const snapshot: Snapshot = { sheets: new Map(), unreadable: [] };
  for (const file of files) {
    if (file.path === POLICY_FILE) {
      snapshot.policy = readPolicyVersion(file.path, file.bytes);
      if (!snapshot.policy) snapshot.unreadable.push(file.path);
    } else if (file.path.startsWith(PRODUCTS_DIR) && file.path.endsWith(".mdx")) {
      const version = readSheetVersion(file.path, file.bytes);
      if ("problems" in version) snapshot.unreadable.push(file.path);
      else snapshot.sheets.set(file.path, version);
    }
  }
  return snapshot;
}
