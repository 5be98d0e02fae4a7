// The home page's search island: Pagefind's API with our own accessible result list.
import {
  PAGE_TYPES,
  pageTypeOf,
  SEARCH_TYPES,
  sheetSections,
  type SearchType,
  type SheetSection,
} from "../site/search.ts";
import { excerptNodes } from "./excerpt.ts";
import { element } from "./dom.ts";
import {
  loadPagefind,
  type Pagefind,
  type PagefindFilters,
  type PagefindResult,
  type PagefindResultData,
} from "./pagefind-api.ts";

const MAX_RESULTS = 20;
/** With a section type chosen, pages without such a section are skipped: read at most this many. */
const MAX_PAGES_READ = 100;
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
      const section = sectionType(filters.type);
      const found = await matchingResults(search.results, section);
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

/** The type a rep narrowed to, when it is a part of product sheets rather than pages of their own. */
function sectionType(type: string | undefined): SearchType | undefined {
  return type !== undefined && type !== SEARCH_TYPES.onboarding ? (type as SearchType) : undefined;
}

interface Shown {
  data: PagefindResultData;
  sections: SheetSection[];
}

interface Found {
  shown: Shown[];
  /** Pages read to find them: fewer than all when enough were found. */
  read: number;
}

/** The first results to show, each with its matching sections of the chosen type, if any. */
async function matchingResults(
  results: readonly PagefindResult[],
  section: SearchType | undefined,
): Promise<Found> {
  const shown: Shown[] = [];
  let read = 0;
  const limit = section === undefined ? MAX_RESULTS : MAX_PAGES_READ;
  while (shown.length < MAX_RESULTS && read < Math.min(results.length, limit)) {
    const batch = results.slice(read, read + MAX_RESULTS - shown.length);
    read += batch.length;
    for (const data of await Promise.all(batch.map((result) => result.data()))) {
      const sections = isProductSheet(data)
        ? sheetSections(data).filter((found) => section === undefined || found.type === section)
        : [];
      if (section === undefined || sections.length > 0) shown.push({ data, sections });
    }
  }
  return { shown, read };
}

function isProductSheet(data: PagefindResultData): boolean {
  return data.filters.type?.includes(PAGE_TYPES.productSheet) ?? false;
}

function summary(total: number, found: Found, term: string, filters: PagefindFilters): string {
  const what = term === "" ? "" : ` for “${term}”`;
  const narrowed = Object.values(filters);
  const within = narrowed.length > 0 ? `, narrowed to ${narrowed.join(", ")}` : "";
  const shown = found.shown.length;
  const plural = (count: number) => (count === 1 ? "1 result" : `${count} results`);
  if (sectionType(filters.type) !== undefined && found.read < total) {
    // Only a page that has been read is known to hold a section of the chosen type.
    return `${plural(shown)}${what}${within} among the first ${found.read} of ${total} matching pages; add a word or a filter to narrow them.`;
  }
  const count = sectionType(filters.type) === undefined ? total : shown;
  if (count === 0) return `No results${what}${within}.`;
  const more =
    count > shown ? ` Showing the first ${shown}; add a word or a filter to narrow them.` : "";
  return `${plural(count)}${what}${within}.${more}`;
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
