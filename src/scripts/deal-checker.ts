// The deal checker island: a quote of one or more lines, decided by the core's decideQuote (each line
// by decideDeal, as in the build). What is typed lives in the address: back, reload and share work.
import { quoteHandoff, type QuoteHandoff } from "../core/quoting/approval.ts";
import type { DealDecision } from "../core/quoting/deal.ts";
import { formatMoney, formatPercent, perUnit } from "../core/quoting/money.ts";
import { matchProduct } from "../core/quoting/product-match.ts";
import { decideQuote, type QuoteDecision, type QuoteLine } from "../core/quoting/quote.ts";
import {
  MAX_LINES,
  parseQuoteSearch,
  type LineRequest,
  type QuoteContext,
  type QuoteRequest,
} from "../core/quoting/quote-address.ts";
import { readQuote } from "../core/quoting/quote-request.ts";
import type { DealCheckerData, ProductIndex } from "../site/page-data.ts";
import { fetchProductIndex, fetchSheets, quotableSheet } from "./checker-files.ts";
import { element } from "./dom.ts";
import { markForNote } from "./field-note-target.ts";
import { readPageData } from "./page-data.ts";
import { LADDER_ANCHOR, sitePath } from "../site/paths.ts";
import { pageSearch } from "./page-address.ts";

const data = readPageData<DealCheckerData>("deal-data");
const policy = { roles: data.roles, currency: data.currency };
const money = (amount: number) => formatMoney(amount, data.currency);

const form = document.querySelector<HTMLFormElement>("#deal-form")!;
const list = document.querySelector<HTMLOListElement>("#quote-lines")!;
const template = document.querySelector<HTMLTemplateElement>("#line-template")!;
const months = document.querySelector<HTMLInputElement>("#deal-months")!;
const addLine = document.querySelector<HTMLButtonElement>("#add-line")!;
const datalist = document.querySelector<HTMLDataListElement>("#deal-products")!;
const verdict = document.querySelector<HTMLElement>("#deal-verdict")!;
const ask = document.querySelector<HTMLElement>("#deal-ask")!;
const mailto = document.querySelector<HTMLAnchorElement>("#deal-mailto")!;
const copy = document.querySelector<HTMLButtonElement>("#deal-copy")!;
const copyStatus = document.querySelector<HTMLElement>("#deal-copy-status")!;
const status = document.querySelector<HTMLElement>("#deal-status")!;
const contextFold = document.querySelector<HTMLDetailsElement>("#deal-context")!;
const context = (name: keyof QuoteContext) =>
  document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#deal-${name}`)!;

/** The slug each line's product field stands for: its text is a title, the address holds slugs. */
const slugs = new WeakMap<HTMLElement, string>();
/** What the address got wrong on a line, shown until the rep edits that line. */
const addressNotes = new WeakMap<HTMLElement, string[]>();
/** The products a line's typed name could stand for, when it fits more than one. */
const ambiguous = new WeakMap<HTMLElement, string[]>();
let index: ProductIndex | undefined;
let copyText = "";

const field = <T extends HTMLElement = HTMLInputElement>(line: HTMLElement, name: string) =>
  line.querySelector<T>(`[data-field="${name}"]`)!;
const lines = () => [...list.querySelectorAll<HTMLLIElement>(":scope > li")];

function newLine(request?: LineRequest): HTMLLIElement {
  const line = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  list.append(line);
  renumber();
  if (request) {
    slugs.set(line, request.slug);
    if (request.problems) addressNotes.set(line, request.problems);
    field(line, "product").value = titleOf(request.slug) ?? request.slug;
    if (request.quantity !== "") field(line, "quantity").value = request.quantity;
    field<HTMLSelectElement>(line, "mode").value = request.mode;
    field(line, "amount").value = request.amount;
  }
  showMode(line);
  return line;
}

/** Ids, labels and legends follow the line's position, so line 2 is always "Line 2". */
function renumber(): void {
  lines().forEach((line, at) => {
    const n = at + 1;
    line.querySelector("[data-line-legend]")!.textContent = `Line ${n}`;
    for (const label of line.querySelectorAll<HTMLLabelElement>("label[data-for]")) {
      label.htmlFor = `line-${n}-${label.dataset.for}`;
    }
    for (const input of line.querySelectorAll<HTMLElement>("[data-field]")) {
      input.id = `line-${n}-${input.dataset.field}`;
    }
    const remove = line.querySelector<HTMLButtonElement>("[data-remove-line]")!;
    remove.hidden = lines().length === 1;
    remove.textContent = `Remove line ${n}`;
  });
  addLine.hidden = lines().length >= MAX_LINES;
}

function showMode(line: HTMLElement): void {
  const price = field<HTMLSelectElement>(line, "mode").value === "price";
  line.querySelector("[data-amount-label]")!.textContent = price
    ? `Target unit price (${data.currency})`
    : "Discount (%)";
}

function titleOf(slug: string): string | undefined {
  if (slug === "") return undefined;
  const sheet = quotableSheet(slug);
  if (sheet) return sheet.title;
  return index?.find(([candidate]) => candidate === slug)?.[1];
}

async function loadIndex(): Promise<void> {
  if (index) return;
  index = await fetchProductIndex();
  datalist.replaceChildren(
    ...index.map(([, title, sku]) => {
      const option = element("option");
      option.value = title;
      option.label = sku;
      return option;
    }),
  );
}

function request(): QuoteRequest {
  return {
    months: months.value,
    lines: lines().map((line) => ({
      slug: slugs.get(line) ?? "",
      quantity: field(line, "quantity").value,
      mode: field<HTMLSelectElement>(line, "mode").value === "price" ? "price" : "percent",
      amount: field(line, "amount").value,
    })),
    context: {
      customer: context("customer").value,
      opportunity: context("opportunity").value,
      justification: context("justification").value,
    },
  };
}

/** A product the library does not have is known as such once the index is at hand. */
function sheetOf(slug: string) {
  const sheet = quotableSheet(slug);
  if (sheet !== undefined || !index) return sheet;
  return index.some(([candidate]) => candidate === slug) ? undefined : null;
}

/** Whether the field being typed in already has its own history entry, replaced as it changes. */
let editing = false;

/** Writes the quote into the address: one history entry per edited field, so back undoes it. */
function remember(search: string): void {
  if (search === location.search) return;
  history[editing ? "replaceState" : "pushState"](null, "", search);
  editing = true;
}

/** Decides the quote as it stands and shows it; the address, e-mail and text come from the same. */
function update(): QuoteHandoff {
  const typed = request();
  const read = readQuote(
    typed,
    sheetOf,
    index?.map(([, title]) => title),
  );
  const term = read.months;
  const missing = read.lines.flatMap((line, at) => (line.line ? [] : [at]));
  /** Where each decided line is in the form: lines that cannot be read are not decided. */
  const positions = read.lines.flatMap((line, at) => (line.line ? [at] : []));
  const decision = decideQuote(policy, {
    months: term,
    lines: read.lines.flatMap(({ line }) => (line ? [line] : [])),
  });
  let decided = 0;
  lines().forEach((line, at) => {
    const { line: product, problem } = read.lines[at]!;
    const pricing = line.querySelector("[data-line-pricing]")!;
    if (product) pricing.replaceChildren(pricingHint(product), " ", sheetLink(line, product));
    else pricing.replaceChildren();
    const box = line.querySelector<HTMLElement>("[data-line-verdict]")!;
    if (!product) {
      line.querySelector<HTMLElement>("[data-line-ladder]")!.hidden = true;
      box.dataset.verdict = "invalid";
      const choices = ambiguous.get(line);
      const message = choices
        ? `"${field(line, "product").value.trim()}" names ${choices.join(" and ")}: type the sku of the one you mean.`
        : problem!;
      box.replaceChildren(element("p", "verdict-title", message));
      markForNote(box, undefined);
    } else {
      const lineDecision = decision.lines[decided++]!.decision;
      showLine(box, lineDecision, product, term);
      showLadder(line.querySelector<HTMLDetailsElement>("[data-line-ladder]")!, lineDecision, term);
    }
    const notes = addressNotes.get(line) ?? [];
    if (notes.length > 0) {
      box.dataset.verdict = "invalid";
      box.append(...notes.map((note) => element("p", "address-note", note)));
    }
  });
  const handoff = quoteHandoff(
    policy,
    typed,
    decision,
    term,
    `${location.origin}${location.pathname}`,
  );
  showQuote(decision, missing, positions, term, handoff);
  return handoff;
}

function pricingHint({ product }: QuoteLine): string {
  const { listPrice, floorPrice } = product.pricing;
  const floor = floorPrice === undefined ? "no floor price" : `floor price ${money(floorPrice)}`;
  return `List price ${money(listPrice)} ${perUnit(product.pricing)}; ${floor}.`;
}

/** The line's product sheet at its ladder: the rep may look, and Back returns to the quote. */
function sheetLink(line: HTMLElement, { product }: QuoteLine): HTMLAnchorElement {
  // "Sheet" is what a phone has room for; a screen reader hears which one.
  const link = element("a");
  link.append(element("span", "visually-hidden", `${product.title} `), "Sheet");
  link.href = sitePath(`/products/${slugs.get(line)}/#${LADDER_ANCHOR}`);
  return link;
}

const TITLES: Record<DealDecision["verdict"]["kind"], string> = {
  "within-authority": "Within your authority",
  "needs-approval": "Needs approval",
  "above-ladder": "Not allowed: above the discount ladder",
  "below-floor": "Not allowed: below the floor price",
  invalid: "Check the numbers",
};

function showLine(box: HTMLElement, decision: DealDecision, line: QuoteLine, term: number): void {
  const { verdict: outcome } = decision;
  box.dataset.verdict = outcome.kind;
  const title =
    outcome.kind === "needs-approval"
      ? `Needs approval from ${outcome.role.title}`
      : TITLES[outcome.kind];
  if (outcome.kind === "invalid") {
    box.replaceChildren(element("p", "verdict-title", title), element("p", "", outcome.message));
    markForNote(box, undefined);
    return;
  }
  box.replaceChildren(
    element("p", "verdict-title", title),
    element("p", "deal-figures", lineFigures(decision, line, term)),
    element("p", "deal-rule", `Rule: ${decision.reason}`),
  );
  const { slug, product } = line;
  markForNote(box, {
    product: slug,
    title: product.title,
    owner: product.owner,
    about: `Deal verdict: ${title}`,
  });
}

/** The line's product ladder for the quote's term, with the rung that decides the line marked. */
function showLadder(details: HTMLDetailsElement, decision: DealDecision, term: number): void {
  const { verdict: outcome } = decision;
  details.hidden = decision.ladder.length === 0 || outcome.kind === "invalid";
  if (details.hidden) return;
  const decidedRole = "role" in outcome ? outcome.role.id : undefined;
  const bonus =
    decision.termExtra > 0 ? `, including +${decision.termExtra} points for the term` : "";
  details.querySelector("caption")!.textContent = `The ladder for a ${term}-month term${bonus}`;
  details.querySelector("tbody")!.replaceChildren(
    ...decision.ladder.map((rung) => {
      const row = element("tr");
      const name = element(
        "th",
        "",
        data.roles.find((role) => role.id === rung.role)?.title ?? rung.role,
      );
      name.scope = "row";
      row.append(name, element("td", "num", formatPercent(rung.limit)));
      if (rung.role === decidedRole) {
        row.className = "decided";
        name.append(" (decides this line)");
      }
      return row;
    }),
  );
}

function lineFigures(
  decision: DealDecision,
  { product, quantity }: QuoteLine,
  term: number,
): string {
  const { per } = product.pricing;
  const unit = `${formatPercent(decision.discountPercent)} off list: ${money(decision.unitPrice)} ${perUnit(product.pricing)}`;
  const period =
    per === undefined || per === "one-time"
      ? `${money(decision.periodPrice)} for ${quantity}`
      : `${money(decision.periodPrice)} per ${per} for ${quantity}`;
  const value =
    decision.contractValue === undefined
      ? "no contract value: the sheet does not say what period its price is for"
      : `contract value ${money(decision.contractValue)} over ${term} months`;
  return `${unit}; ${period}; ${value}.`;
}

function showQuote(
  decision: QuoteDecision,
  missing: number[],
  positions: number[],
  term: number,
  handoff: QuoteHandoff,
): void {
  const { verdict: outcome } = decision;
  const name = (at: number) => decision.lines[at]!.line.product.title;
  const lineList = (ats: number[]) =>
    ats.map((at) => `line ${positions[at]! + 1} (${name(at)})`).join(", ");
  const nodes: Node[] = [];
  let kind: string = outcome.kind;
  let summary: string;
  ask.hidden = true;
  copyText = "";
  if (missing.length > 0) {
    kind = "invalid";
    summary = `Choose a product for line ${missing[0]! + 1}`;
    nodes.push(element("p", "verdict-title", summary));
  } else if (outcome.kind === "empty" || outcome.kind === "invalid") {
    kind = "invalid";
    summary = "Check the numbers";
    nodes.push(element("p", "verdict-title", summary));
    if (outcome.kind === "invalid") nodes.push(element("p", "", `See ${lineList(outcome.lines)}.`));
  } else if (outcome.kind === "not-allowed") {
    summary = "Not allowed";
    nodes.push(
      element("p", "verdict-title", summary),
      element("p", "", `No one may approve ${lineList(outcome.lines)}.`),
    );
  } else if (outcome.kind === "within-authority") {
    summary = "Within your authority";
    nodes.push(
      element("p", "verdict-title", summary),
      element("p", "", `As ${outcome.role.title.toLowerCase()} you may agree this yourself.`),
    );
  } else {
    summary = `Needs approval from ${outcome.role.title}`;
    nodes.push(
      element("p", "verdict-title", summary),
      element("p", "", `Decided by ${lineList(outcome.lines)}.`),
    );
    const approval = handoff.approval!;
    const contact = element("p");
    if (approval.to) {
      const address = element("a", "", approval.to);
      address.href = `mailto:${approval.to}`;
      contact.append("Ask ", address, ".");
    } else {
      contact.append(`Ask the ${outcome.role.title.toLowerCase()}.`);
    }
    nodes.push(contact);
    mailto.href = approval.mailto;
    copyText = handoff.text;
    ask.hidden = false;
  }
  if (missing.length === 0 && decision.contractValue !== undefined && outcome.kind !== "invalid") {
    const total = `${money(decision.contractValue)} in total: the contract value over ${term} months${
      decision.lines.length > 1 ? `, ${decision.lines.length} lines` : ""
    }.`;
    nodes.push(element("p", "deal-figures", total));
    summary += ` · ${money(decision.contractValue)} in total`;
  }
  verdict.dataset.verdict = kind;
  verdict.replaceChildren(...nodes);
  status.dataset.verdict = kind;
  status.textContent = summary;
}

async function restore(): Promise<void> {
  editing = false;
  // While search is open over the page, the address holds its words and the state the quote.
  const saved = parseQuoteSearch(pageSearch());
  if (saved.months !== "") months.value = saved.months;
  for (const name of ["customer", "opportunity", "justification"] as const)
    context(name).value = saved.context?.[name] ?? "";
  // Folded away until used: a quote that carries context shows it.
  contextFold.open ||= saved.context !== undefined;
  list.replaceChildren();
  await fetchSheets(saved.lines.map((line) => line.slug).filter((slug) => slug !== ""));
  // A product the library lacks is offered its nearest title: the index has them all.
  if (saved.lines.some((line) => quotableSheet(line.slug) === null))
    await loadIndex().catch(() => undefined);
  if (saved.lines.length === 0) newLine();
  for (const line of saved.lines) newLine(line);
  update();
}

form.addEventListener("submit", (event) => event.preventDefault());
form.addEventListener("focusin", (event) => {
  if ((event.target as HTMLElement).dataset.field === "product") void loadIndex();
});
form.addEventListener("input", (event) => {
  const target = event.target as HTMLElement;
  const line = target.closest<HTMLLIElement>(".quote-line");
  if (line) addressNotes.delete(line);
  if (line && target.dataset.field === "product") {
    void chooseProductFor(line, (target as HTMLInputElement).value);
    return;
  }
  if (line && target.dataset.field === "mode") showMode(line);
  remember(update().search);
});
form.addEventListener("change", () => {
  editing = false;
});

async function chooseProductFor(line: HTMLLIElement, text: string): Promise<void> {
  await loadIndex();
  const match = matchProduct(index ?? [], text);
  ambiguous.delete(line);
  if ("ambiguous" in match) ambiguous.set(line, match.ambiguous);
  // What matches no product stays as typed: the line says so and offers the nearest title.
  const found = "slug" in match ? match.slug : undefined;
  slugs.set(line, found ?? text.trim());
  if (found !== undefined) await fetchSheets([found]);
  remember(update().search);
}

addLine.addEventListener("click", () => {
  const line = newLine();
  editing = false;
  remember(update().search);
  editing = false;
  field(line, "product").focus();
});
list.addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest("[data-remove-line]");
  const line = button?.closest<HTMLLIElement>(".quote-line");
  if (!line) return;
  const next = line.nextElementSibling ?? line.previousElementSibling;
  line.remove();
  renumber();
  editing = false;
  remember(update().search);
  editing = false;
  (next?.querySelector<HTMLInputElement>('[data-field="product"]') ?? addLine).focus();
});
copy.addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(copyText);
    copyStatus.textContent = "Copied: paste it into the chat with the approver.";
  } catch {
    copyStatus.textContent = "Could not copy here: the e-mail button has the same text.";
  }
});
// The bar repeats the verdict only while the answer itself is out of view (a phone's keyboard up).
new IntersectionObserver(([entry]) => {
  status.hidden = entry?.isIntersecting ?? false;
}).observe(verdict);
window.addEventListener("popstate", () => void restore());
void restore();
