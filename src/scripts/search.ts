// The home page's search island: Pagefind's API with our own accessible result list.
import { pageTypeOf, SEARCH_TYPES, type SearchType, type SheetSection } from "../site/search.ts";
import { excerptNodes } from "./excerpt.ts";
import { element } from "./dom.ts";
import { loadPagefind, type Pagefind, type PagefindFilters } from "./pagefind-api.ts";
import { isProductSheet, matchingResults, summary, type Shown } from "./search-results.ts";

/** Talk-track and onboarding sections under one result, guardrail sections are all shown. */
const MAX_PROSE_SECTIONS = 3;
const TYPING_PAUSE_MS = 200;
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

  /** The rep's filters as Pagefind's: a section type searches the pages that hold such sections. */
  const pagefindFilters = (filters: PagefindFilters): PagefindFilters =>
    filters.type === undefined
      ? filters
      : { ...filters, type: pageTypeOf(filters.type as SearchType) };

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
      const search = await (
        await pagefind
      ).search(term === "" ? null : term, {
        filters: pagefindFilters(filters),
      });
      const found = await matchingResults(search.results, filters.type);
      if (id !== latest) return;
      list.replaceChildren(...found.shown.map(resultItem));
      status.textContent = summary(search.results.length, found, term, filters);
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

function resultItem({ data, sections }: Shown): HTMLLIElement {
  const item = element("li", "result");
  const title = data.meta.title ?? data.url;
  const kind = element("p", "result-kind");
  const type = data.filters.type?.[0];
  if (type) kind.append(element("span", "tag", type));
  const product = data.filters.product?.[0];
  if (product && !title.includes(product)) kind.append(element("span", "", product));
  item.append(kind);

  const heading = element("h3");
  heading.append(link(data.url, title));
  item.append(heading);

  const listed: { type?: string; title: string; url: string; excerpt: string }[] = isProductSheet(
    data,
  )
    ? withFewProse(sections)
    : data.sub_results.filter((sub) => sub.anchor).slice(0, MAX_PROSE_SECTIONS);
  if (listed.length === 0) {
    item.append(excerpt(data.excerpt));
    return item;
  }
  const subList = element("ul", "sub-results");
  for (const sub of listed) {
    const subItem = element("li");
    if (sub.type) subItem.append(element("span", "tag", sub.type), " ");
    if (sub.type === SEARCH_TYPES.claim) {
      // A claim's heading is its wording: the link shows it once, with the matching words marked.
      const claimLink = link(sub.url, "");
      claimLink.append(...excerptNodes(sub.excerpt));
      subItem.append(claimLink);
    } else {
      subItem.append(link(sub.url, sub.title), excerpt(sub.excerpt));
    }
    subList.append(subItem);
  }
  item.append(subList);
  return item;
}

function link(url: string, text: string): HTMLAnchorElement {
  const anchor = element("a", "", text);
  anchor.href = url;
  return anchor;
}

function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element("p", "excerpt");
  paragraph.append(...excerptNodes(html));
  return paragraph;
}

/** Every matching claim and boundary, but only the first few talk-track sections. */
function withFewProse(sections: SheetSection[]): SheetSection[] {
  const guardrails = sections.filter((section) => section.type !== SEARCH_TYPES.talkTrack);
  const prose = sections.filter((section) => section.type === SEARCH_TYPES.talkTrack);
  return [...guardrails, ...prose.slice(0, MAX_PROSE_SECTIONS)];
}
