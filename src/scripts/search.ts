// The search dialog, loaded the first time a rep opens it (src/scripts/header.ts): Pagefind's API,
// our ranking (search-results.ts), and a result list the keyboard can walk. The field keeps the
// focus while typing; ↓ moves to the results and ↑/↓ through them, Enter opens one (a link), Esc
// closes the dialog, and any letter typed goes back to the field. A claim's result carries its own
// Copy wording button.
import { sayings, type Synonyms } from "../core/text/synonyms.ts";
import { pageTypeOf, SEARCH_TYPES, type SearchType } from "../site/search.ts";
import { copyWording } from "./copy-wording.ts";
import { addressOfUrl, markStanding } from "./standing-marks.ts";
import { element, isTyping } from "./dom.ts";
import { excerptNodes } from "./excerpt.ts";
import { pageSearch, replaceSearch } from "./page-address.ts";
import { loadPagefind, type Pagefind, type PagefindFilters } from "./pagefind-api.ts";
import { matchingResults, searchWords, summary, type Hit } from "./search-results.ts";

const TYPING_PAUSE_MS = 200;
const FILTERS = ["type", "product", "category"] as const;

let started: ((params?: URLSearchParams) => void) | undefined;

/** Wires the dialog once; later calls only apply a search link's words and filters. */
export function startSearch(dialog: HTMLDialogElement, params?: URLSearchParams): void {
  started ??= wire(dialog);
  started(params);
}

function wire(dialog: HTMLDialogElement): (params?: URLSearchParams) => void {
  const form = dialog.querySelector<HTMLFormElement>("#search")!;
  const input = dialog.querySelector<HTMLInputElement>("#search-input")!;
  const status = dialog.querySelector<HTMLElement>("#search-status")!;
  const list = dialog.querySelector<HTMLOListElement>("#search-results")!;
  const fold = dialog.querySelector<HTMLDetailsElement>(".search-filters-fold")!;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  const synonyms = JSON.parse(dialog.dataset.synonyms ?? "[]") as Synonyms;
  let pagefind: Promise<Pagefind> | undefined;
  const loaded = () =>
    (pagefind ??= loadPagefind(dialog.dataset.bundlePath ?? "/pagefind/", {
      metaCacheTag: dialog.dataset.metaCacheTag,
      excerptLength: 40,
    }).catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    }));
  // The page's own address, to put back when search closes (/deal-checker/?product=…): read at
  // each opening, since the page may have changed it since the last.
  let page = pageSearch();
  const keepInUrl = (term: string, filters: PagefindFilters) => {
    const params = new URLSearchParams();
    if (term !== "") params.set("q", term);
    for (const [name, value] of Object.entries(filters)) params.set(name, value);
    replaceSearch(params.size > 0 ? `?${params}` : page, page);
  };
  let latest = 0;
  /** The search the list shows: reopening the dialog on it keeps the list (and the rep's place). */
  let shownFor = "";
  let pause: ReturnType<typeof setTimeout> | undefined;

  const query = () => {
    const data = new FormData(form);
    const term = String(data.get("q") ?? "").trim();
    const filters: PagefindFilters = {};
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? "");
      if (value !== "") filters[name] = value;
    }
    return { term, filters };
  };

  // One search at a time: Pagefind answers one before the next starts, and a search typed over
  // before its turn is skipped.
  let queue = Promise.resolve();
  const run = () => {
    const id = ++latest;
    queue = queue.then(() => (id === latest ? searchNow(id) : undefined));
    return queue;
  };

  const searchNow = async (id: number) => {
    // Closed before its turn: reopening searches again, and the page keeps its own address.
    if (!dialog.open) return;
    const { term, filters } = query();
    shownFor = JSON.stringify({ term, filters });
    keepInUrl(term, filters);
    if (term === "" && Object.keys(filters).length === 0) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    try {
      const ready = await loaded();
      // A section type searches the pages that hold such sections.
      const pageFilters =
        filters.type === undefined
          ? filters
          : { ...filters, type: pageTypeOf(filters.type as SearchType) };
      // The words as typed, then with each synonym: pages found by any, the typed words' first.
      const queries =
        term === "" ? [null] : sayings(searchWords(term), synonyms).map((words) => words.join(" "));
      const searches = await Promise.all(
        queries.map((words) => ready.search(words, { filters: pageFilters })),
      );
      const results = [
        ...new Map(
          searches.flatMap((search) => search.results).map((result) => [result.id, result]),
        ).values(),
      ];
      const found = await matchingResults(results, term, filters.type, synonyms);
      if (id !== latest) return;
      // A rep already walking the results keeps their place when a later answer redraws them.
      const at = list.contains(document.activeElement)
        ? document.activeElement?.closest("a")?.getAttribute("href")
        : undefined;
      list.replaceChildren(...found.hits.map(resultItem));
      if (at != null)
        (list.querySelector<HTMLElement>(`a[href="${CSS.escape(at)}"]`) ?? input).focus();
      status.textContent = summary(results.length, found, term, filters);
    } catch {
      if (id === latest)
        status.textContent = "Search could not load. Reload the page and try again.";
    }
  };

  const soon = () => {
    clearTimeout(pause);
    pause = setTimeout(run, TYPING_PAUSE_MS);
  };

  // Products and categories as Pagefind filed them: no list of products in every page's HTML. They
  // load when the rep unfolds the filters, not with every first search (60 KB at 5,000 sheets).
  let choices: Promise<void> | undefined;
  const loadChoices = () =>
    (choices ??= loaded()
      .then((ready) => ready.filters())
      .then((counts) => {
        for (const name of ["product", "category"]) {
          const values = Object.keys(counts[name] ?? {}).sort();
          select(name).append(...values.map((value) => new Option(value, value)));
        }
      })
      .catch(() => {
        choices = undefined;
      }));
  // Pagefind's code and index start loading as the dialog opens, while the rep types.
  loaded().catch(() => undefined);
  fold.addEventListener("toggle", () => {
    if (fold.open) void loadChoices();
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(pause);
    void run();
  });
  input.addEventListener("input", soon);
  for (const name of FILTERS) select(name).addEventListener("change", soon);
  // Opening a result keeps the search in the address, so the back button brings it back.
  let leaving = false;
  list.addEventListener("click", (event) => {
    if (!(event.target instanceof Element) || !event.target.closest("a")) return;
    leaving = true;
    dialog.close();
  });
  dialog.addEventListener("click", (event) => {
    // A click on the backdrop lands on the dialog itself, outside its box.
    const box = dialog.getBoundingClientRect();
    const outside =
      event.clientX < box.left ||
      event.clientX > box.right ||
      event.clientY < box.top ||
      event.clientY > box.bottom;
    if (event.target === dialog && outside) dialog.close();
  });
  dialog.querySelector("[data-search-close]")?.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    clearTimeout(pause);
    if (!leaving) keepInUrl("", {});
    leaving = false;
  });
  dialog.addEventListener("keydown", (event) => walk(event, input, list));

  return (params) => {
    page = pageSearch();
    if (params) {
      input.value = params.get("q") ?? "";
      const filtered = FILTERS.some((name) => params.has(name));
      void (filtered ? loadChoices() : Promise.resolve()).then(() => {
        for (const name of FILTERS) select(name).value = params.get(name) ?? "";
        if (filtered) fold.open = true;
        void run();
      });
    } else {
      // Words typed before this script arrived are searched now.
      const { term, filters } = query();
      if (JSON.stringify({ term, filters }) !== shownFor) void run();
      else keepInUrl(term, filters);
    }
  };
}

/** Arrow keys between the field and the results; letters typed on a result go to the field. */
function walk(event: KeyboardEvent, input: HTMLInputElement, list: HTMLOListElement): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>("a.hit-link")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const inField = document.activeElement === input;
  if (event.key === "Escape") {
    // Closes from the field too, where the browser would only empty it; ✕ in the field empties it.
    event.preventDefault();
    (event.currentTarget as HTMLDialogElement).close();
  } else if (event.key === "ArrowDown" && (inField || at >= 0)) {
    const next = links[inField ? 0 : Math.min(at + 1, links.length - 1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  } else if (event.key === "ArrowUp" && at >= 0) {
    event.preventDefault();
    (links[at - 1] ?? input).focus();
  } else if (
    at >= 0 &&
    event.key.length === 1 &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !isTyping(event.target)
  ) {
    input.focus();
  }
}

/** One result: what it is and where, then its text; a claim's wording can be copied from here. */
function resultItem(hit: Hit): HTMLLIElement {
  const item = element("li", "hit");
  const link = element("a", "hit-link");
  link.href = hit.url;
  const kind = element("span", "hit-kind");
  kind.append(element("span", "tag", hit.type));
  if (hit.product) kind.append(" ", element("span", "", hit.product));
  link.append(kind);
  const named = hit.type === SEARCH_TYPES.talkTrack || hit.type === SEARCH_TYPES.onboarding;
  if (named) link.append(element("span", "hit-title", hit.title));
  const text = element("span", hit.type === SEARCH_TYPES.claim ? "hit-claim" : "hit-excerpt");
  text.append(...excerptNodes(hit.excerpt));
  link.append(text);
  item.append(link);
  if (hit.type === SEARCH_TYPES.claim) item.append(copyWording(hit.title));
  // The index is as old as the build: what has ended since says so and loses its Copy wording.
  const address = addressOfUrl(hit.url);
  if (address) markStanding(item, address, hit.expires);
  return item;
}
