// The home page's search island: Pagefind's API with our own accessible result list.
import { excerptNodes } from "./excerpt.ts";
import { element } from "./dom.ts";
import {
  loadPagefind,
  type Pagefind,
  type PagefindFilters,
  type PagefindResultData,
} from "./pagefind-api.ts";

const MAX_RESULTS = 20;
const TYPING_PAUSE_MS = 200;
/** Result types whose pages are long prose: their matching sections are listed under them. */
const PROSE_TYPES = new Set(["Talk track", "Onboarding"]);
const FILTERS = ["type", "product", "category"] as const;

const form = document.querySelector<HTMLFormElement>("#search");
const input = document.querySelector<HTMLInputElement>("#search-input");
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");

if (form && input && status && list) {
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
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

  const run = async () => {
    const id = ++latest;
    const { term, filters } = query();
    keepInUrl(term, filters);
    if (term === "" && Object.keys(filters).length === 0) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    try {
      pagefind ??= loadPagefind(form.dataset.bundlePath ?? "/pagefind/", {
        metaCacheTag: form.dataset.metaCacheTag,
        excerptLength: 40,
      });
      const search = await (await pagefind).search(term === "" ? null : term, { filters });
      const shown = await Promise.all(
        search.results.slice(0, MAX_RESULTS).map((result) => result.data()),
      );
      if (id !== latest) return;
      list.replaceChildren(...shown.map(resultItem));
      status.textContent = summary(search.results.length, shown.length, term, filters);
    } catch {
      pagefind = undefined;
      if (id === latest)
        status.textContent = "Search could not load. Reload the page and try again.";
    }
  };

  const soon = () => {
    clearTimeout(pause);
    pause = setTimeout(run, TYPING_PAUSE_MS);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(pause);
    void run();
  });
  input.addEventListener("input", soon);
  for (const select of form.querySelectorAll("select")) select.addEventListener("change", soon);

  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  // A search link (/?q=uptime&type=Claim) or the back button restores the search.
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement) select.value = params.get(name) ?? "";
  }
  if ([...params.keys()].length > 0) void run();
}

function keepInUrl(term: string, filters: PagefindFilters): void {
  const params = new URLSearchParams();
  if (term !== "") params.set("q", term);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  const search = params.size > 0 ? `?${params}` : "";
  history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

function summary(total: number, shown: number, term: string, filters: PagefindFilters): string {
  const what = term === "" ? "" : ` for “${term}”`;
  const narrowed = Object.values(filters);
  const within = narrowed.length > 0 ? `, narrowed to ${narrowed.join(", ")}` : "";
  if (total === 0) return `No results${what}${within}.`;
  const count = total === 1 ? "1 result" : `${total} results`;
  const more =
    total > shown ? ` Showing the first ${shown}; add a word or a filter to narrow them.` : "";
  return `${count}${what}${within}.${more}`;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const type = data.filters.type?.[0];
  const product = data.filters.product?.[0];
  const item = element("li", "result");

  const title = data.meta.title ?? data.url;
  const kind = element("p", "result-kind");
  if (type) kind.append(element("span", "tag", type));
  if (product && !title.includes(product)) kind.append(element("span", "", product));
  item.append(kind);

  const heading = element("h3");
  const link = element("a", "", title);
  link.href = data.url;
  heading.append(link);
  item.append(heading);

  const excerpt = element("p", "excerpt");
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);

  const sections = PROSE_TYPES.has(type ?? "")
    ? data.sub_results.filter((sub) => sub.anchor).slice(0, 3)
    : [];
  if (sections.length > 0) {
    const subList = element("ul", "sub-results");
    for (const sub of sections) {
      const subItem = element("li");
      const subLink = element("a", "", sub.title);
      subLink.href = sub.url;
      const subExcerpt = element("p");
      subExcerpt.append(...excerptNodes(sub.excerpt));
      subItem.append(subLink, subExcerpt);
      subList.append(subItem);
    }
    item.append(subList);
  }
  return item;
}
