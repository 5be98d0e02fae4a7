/** One guardrail change, in words a reviewer in Finance or Legal can read without the YAML. */
export interface Change {
  /** The part of the sheet or policy it touches, so readers can route it (pricing to Finance, claims to Legal). */
  area: ChangeArea;
  /** The change in words, e.g. `discount ladder: manager 15% → 20%`. */
  text: string;
  /** For changed wording: the text before and after, so the reviewer sees what is now said. */
  before?: string;
  after?: string;
}

type ChangeArea =
  | "withdrawal"
  | "sheet"
  | "details"
  | "pricing"
  | "ladder"
  | "term-bonus"
  | "claim"
  | "promise"
  | "forbidden"
  | "talk-track"
  | "policy"
  | "roles";

/** The changes to one product sheet, named by the product's current (or last) title. */
export interface ProductChanges {
  slug: string;
  title: string;
  file: string;
  changes: Change[];
}

export interface LibraryChanges {
  policy: Change[];
  products: ProductChanges[];
  /** Files that could not be read on one side, so their changes are unknown. */
  unreadable: { file: string; side: "before" | "after" }[];
}

export function hasChanges(diff: LibraryChanges): boolean {
  return diff.policy.length > 0 || diff.products.length > 0 || diff.unreadable.length > 0;
}

/** Lists as people write them: `web, email`; an empty list as `none`. */
export function listWords(
  values: readonly (string | number)[] | undefined,
  empty = "none",
): string {
  return values && values.length > 0 ? values.join(", ") : empty;
}

export function sameList(
  a: readonly unknown[] | undefined,
  b: readonly unknown[] | undefined,
): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Pairs items of two lists by key: what was removed, added, and kept (before/after). */
export function pairBy<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string | number,
): { removed: T[]; added: T[]; kept: [T, T][] } {
  const afterByKey = new Map(after.map((item) => [key(item), item]));
  const beforeKeys = new Set(before.map(key));
  const kept: [T, T][] = [];
  const removed: T[] = [];
  for (const item of before) {
    const match = afterByKey.get(key(item));
    if (match === undefined) removed.push(item);
    else kept.push([item, match]);
  }
  return { removed, added: after.filter((item) => !beforeKeys.has(key(item))), kept };
}
