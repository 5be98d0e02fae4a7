// How pages take part in search. Pagefind indexes only elements marked `data-pagefind-body`, so a
// page without one (home, checkers, the library-wide lists) is never a result. Every indexed page
// carries the same three filters; onboarding pages use `indexedAs({ type: SEARCH_TYPES.onboarding })`.

export const SEARCH_TYPES = {
  claim: "Claim",
  promise: "Promise",
  talkTrack: "Talk track",
  onboarding: "Onboarding",
} as const;
export type SearchType = (typeof SEARCH_TYPES)[keyof typeof SEARCH_TYPES];

/** Guardrail text outranks talk-track prose (weight 1, Pagefind's default; headings get 5 to 7). */
export const SEARCH_WEIGHTS = { claim: 10, promise: 8 } as const;

export interface SearchScope {
  type: SearchType;
  product?: string;
  category?: string;
}

/**
 * Attributes for the element holding a page's searchable text: it marks the text for indexing and
 * files the page under its type, product and category filters.
 */
export function indexedAs({ type, product, category }: SearchScope): Record<string, string> {
  const values: [string, string | undefined][] = [
    ["type", type],
    ["product", product],
    ["category", category],
  ];
  const present = values.filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    "data-pagefind-body": "",
    "data-pagefind-filter": present.map(([name]) => `${name}[data-search-${name}]`).join(", "),
    ...Object.fromEntries(present.map(([name, value]) => [`data-search-${name}`, value])),
  };
}
