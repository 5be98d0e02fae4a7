import { PRODUCTS_DIR } from "../check.ts";
import { hasWithdrawal } from "./withdrawal.ts";
import type { Change, LibraryChanges, ProductChanges } from "./change.ts";
import { diffPolicy } from "./policy.ts";
import { diffProducts } from "./product.ts";
import { sheetContents } from "./sheet-contents.ts";
import type { SheetVersion, Snapshot } from "./snapshot.ts";

/** What changed between two snapshots of a library: policy first, then products (withdrawals first) by title. */
export function diffLibraries(before: Snapshot, after: Snapshot): LibraryChanges {
  const unreadable = [
    ...before.unreadable.map((file) => ({ file, side: "before" as const })),
    ...after.unreadable.map((file) => ({ file, side: "after" as const })),
  ];
  const policy =
    before.policy && after.policy
      ? diffPolicy(before.policy, after.policy)
      : !before.policy && after.policy && !before.unreadable.includes("policy.yaml")
        ? [{ area: "policy" as const, text: "policy.yaml added" }]
        : [];

  const products: ProductChanges[] = [];
  const removedFiles = [...before.sheets.keys()].filter(
    (file) => !after.sheets.has(file) && !after.unreadable.includes(file),
  );
  const renamedFrom = new Map<string, string>();
  for (const [file, now] of after.sheets) {
    const old = before.sheets.get(file);
    if (old) {
      products.push(entry(file, now, diffSheets(old, now)));
      continue;
    }
    if (before.unreadable.includes(file)) continue;
    // A sheet moved to a new file keeps its sku: show it as renamed, not as removed and added.
    const moved = removedFiles.find(
      (candidate) => before.sheets.get(candidate)?.product.sku === now.product.sku,
    );
    if (moved) {
      renamedFrom.set(moved, file);
      const changes: Change[] = [{ area: "sheet", text: `sheet moved from ${moved}` }];
      products.push(entry(file, now, [...changes, ...diffSheets(before.sheets.get(moved)!, now)]));
    } else {
      products.push(entry(file, now, sheetContents(now.product, "added")));
    }
  }
  for (const file of removedFiles) {
    if (!renamedFrom.has(file))
      products.push(
        entry(
          file,
          before.sheets.get(file)!,
          sheetContents(before.sheets.get(file)!.product, "removed"),
        ),
      );
  }
  return {
    policy,
    products: products
      .filter((product) => product.changes.length > 0)
      // Sheets with a withdrawal first: what reps must stop saying today.
      .sort(
        (a, b) =>
          Number(hasWithdrawal(b.changes)) - Number(hasWithdrawal(a.changes)) ||
          a.title.localeCompare(b.title),
      ),
    unreadable,
  };
}

/** Frontmatter changes, and a note when only the talk track moved. */
export function diffSheets(before: SheetVersion, after: SheetVersion): Change[] {
  const changes = diffProducts(before.product, after.product);
  if (before.body.trim() !== after.body.trim())
    changes.push({ area: "talk-track", text: "talk track edited" });
  return changes;
}

function entry(file: string, version: SheetVersion, changes: Change[]): ProductChanges {
  return {
    slug: file.slice(PRODUCTS_DIR.length, -".mdx".length),
    title: version.product.title,
    file,
    changes,
  };
}
