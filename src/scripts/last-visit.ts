// "What changed": remembers, in this browser only, the newest change the reader has seen, and marks
// the entries that landed after it. Nothing leaves the browser.

const SEEN_KEY = "fieldguide:changes-seen";

/** Marks entries (`[data-timestamp]`) newer than the last visit and remembers the newest one. */
export function markChangesSinceLastVisit(
  page: ParentNode,
  storage: Pick<Storage, "getItem" | "setItem">,
): void {
  const entries = [...page.querySelectorAll<HTMLElement>("[data-timestamp]")];
  const summary = page.querySelector<HTMLElement>("#since-last-visit");
  const time = (element: HTMLElement) => Date.parse(element.dataset.timestamp ?? "");
  const newest = Math.max(...entries.map(time));
  const seen = Date.parse(storage.getItem(SEEN_KEY) ?? "");

  if (Number.isNaN(seen)) {
    if (summary)
      summary.textContent =
        "Changes made after this visit will be marked the next time you open this page.";
  } else {
    const fresh = entries.filter((entry) => time(entry) > seen);
    for (const entry of fresh) {
      entry.classList.add("is-new");
      entry.querySelector<HTMLElement>(".new-badge")?.removeAttribute("hidden");
    }
    if (summary) {
      summary.textContent =
        fresh.length === 0
          ? "Nothing has changed since your last visit."
          : `${fresh.length} ${fresh.length === 1 ? "change has" : "changes have"} landed since your last visit: marked “New” below.`;
    }
  }
  summary?.removeAttribute("hidden");
  if (Number.isFinite(newest) && !(newest <= seen))
    storage.setItem(SEEN_KEY, new Date(newest).toISOString());
}
