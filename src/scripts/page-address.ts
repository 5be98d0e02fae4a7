// A page's own query (a quote on /deal-checker/) and the search dialog's `?q=` share one address.
// While search words are in the address, the page's query waits in the history entry's state, so
// Back to the search and Esc out of it both bring the page back as it was.

const KEY = "pageSearch";

/** The page's own query, whether or not search has put its words in the address. */
export function pageSearch(): string {
  if (!new URLSearchParams(location.search).has("q")) return location.search;
  const saved = (history.state as Record<string, unknown> | null)?.[KEY];
  return typeof saved === "string" ? saved : "";
}

/** Writes `search` into the address, keeping the page's own query in the entry's state. */
export function replaceSearch(search: string, page: string): void {
  history.replaceState(
    { ...(history.state as object | null), [KEY]: page },
    "",
    `${location.pathname}${search}${location.hash}`,
  );
}
