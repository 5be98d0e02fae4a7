// The draft checker island: the core's checkDraft over the compact phrase index, and the core's
// advice for where the draft goes. The draft never leaves this page: no request carries it, nothing
// stores it; the only requests are for the library's own files.
import {
  adviseOn,
  READERS,
  type Advice,
  type Destination,
  type Instead,
  type OfferAdvice,
  type PhraseAdvice,
  type Wording,
} from "../core/draft-advice.ts";
import {
  checkDraft,
  compileDraftIndex,
  type DraftCheck,
  type DraftFinding,
  type DraftIndex,
  type DraftMatcher,
} from "../core/draft.ts";
import { formatMoney, formatPercent, perUnit } from "../core/money.ts";
import { CHANNELS, type Channel } from "../core/schema/values.ts";
import { escalationTarget } from "../site/escalation.ts";
import type { DraftCheckerData } from "../site/page-data.ts";
import { claimPath, sitePath } from "../site/paths.ts";
import { fetchOnce, fetchSheets, sheetAtHand } from "./checker-files.ts";
import { element } from "./dom.ts";
import { readPageData } from "./page-data.ts";

const data = readPageData<DraftCheckerData>("draft-data");
const form = document.querySelector<HTMLFormElement>("#draft-form")!;
const textarea = document.querySelector<HTMLTextAreaElement>("#draft-text")!;
const channel = document.querySelector<HTMLSelectElement>("#draft-channel")!;
const reader = document.querySelector<HTMLSelectElement>("#draft-reader")!;
const scope = document.querySelector<HTMLInputElement>("#draft-scope")!;
const scopeHint = document.querySelector<HTMLElement>("#draft-scope-hint")!;
const datalist = document.querySelector<HTMLDataListElement>("#draft-products")!;
const summary = document.querySelector<HTMLElement>("#draft-summary")!;
const mirrorWrap = document.querySelector<HTMLElement>("#draft-mirror-wrap")!;
const mirror = document.querySelector<HTMLElement>("#draft-mirror")!;
const list = document.querySelector<HTMLOListElement>("#draft-findings")!;
const replaced = document.querySelector<HTMLElement>("#draft-replaced")!;
const replacedText = document.querySelector<HTMLElement>("#draft-replaced-text")!;
const undo = document.querySelector<HTMLButtonElement>("#draft-undo")!;

const CHANNEL_NAMES: Record<Channel, string> = {
  email: "an e-mail",
  call: "a call",
  deck: "a deck",
  social: "a social post",
  web: "a web page",
  print: "print",
};

let matcher: DraftMatcher | undefined;
let loading: Promise<void> | undefined;
/** Bumped at every check, so advice fetched for an older draft is never shown. */
let generation = 0;
let undoText: string | undefined;

/** Fetches and compiles the phrase index once, when the reader starts using the form. */
function load(): Promise<void> {
  loading ??= fetchOnce<DraftIndex>("/draft-phrases.json").then((index) => {
    matcher = compileDraftIndex(index);
    datalist.replaceChildren(
      ...index.products.map(([, title, sku]) => {
        const option = element("option");
        option.value = title;
        option.label = sku;
        return option;
      }),
    );
    form.dataset.ready = "";
    update();
  });
  return loading;
}

function destination(): Destination {
  const chosen = CHANNELS.find((candidate) => candidate === channel.value) ?? "email";
  const who = READERS.find((candidate) => candidate === reader.value) ?? "customer";
  return { channel: chosen, reader: who };
}

/** The product the scope field names (title, sku or slug, any case); undefined for all products. */
function chosenProduct(index: DraftIndex): number | undefined | "unknown" {
  const wanted = scope.value.trim().toLowerCase();
  if (wanted === "") return undefined;
  const at = index.products.findIndex((entry) =>
    entry.some((value) => value.toLowerCase() === wanted),
  );
  return at === -1 ? "unknown" : at;
}

function update(): void {
  if (!matcher) {
    if (textarea.value.trim() !== "") {
      summary.textContent = "Loading the guardrails…";
      void load();
    }
    return;
  }
  const { index } = matcher;
  const text = textarea.value;
  const picked = chosenProduct(index);
  const chosen = typeof picked === "number" ? picked : undefined;
  scopeHint.textContent =
    picked === "unknown" ? `No product called “${scope.value.trim()}”: checking all products.` : "";
  const check = checkDraft(text, matcher, { chosen });
  const { findings } = check;
  const against = chosen === undefined ? "all products" : index.products[chosen]![1];
  const about = check.about.map((product) => index.products[product]![1]);

  mirrorWrap.hidden = findings.length === 0;
  mirror.replaceChildren(...(findings.length > 0 ? marked(text, findings) : []));
  const items = findings.map((finding, at) => findingItem(text, finding, at + 1));
  list.replaceChildren(...items.map(({ item }) => item));
  const aboutNote =
    chosen === undefined && about.length > 0 ? `; the draft names ${about.join(", ")}` : "";
  summary.textContent =
    text.trim() === ""
      ? "Nothing to check yet."
      : findings.length === 0
        ? `Nothing out of bounds for ${against}${aboutNote}.`
        : `${findings.length === 1 ? "1 thing" : `${findings.length} things`} to change (checked against ${against}${aboutNote}).`;
  void advise(check, items, text, ++generation);
}

/** Fills in each finding's advice, fetching the few sheets it needs; stops if the draft changed. */
async function advise(
  check: DraftCheck,
  items: { finding: DraftFinding; advice: HTMLElement }[],
  text: string,
  current: number,
): Promise<void> {
  const context = {
    matcher: matcher!,
    check,
    destination: destination(),
    sheet: (slug: string) => sheetAtHand(slug) ?? undefined,
  };
  for (let round = 0; round < 3; round++) {
    const needs = new Set<string>();
    for (const { finding, advice } of items) {
      if (advice.dataset.done !== undefined) continue;
      const result = adviseOn(finding, context);
      if ("needs" in result) {
        for (const slug of result.needs) needs.add(slug);
        continue;
      }
      advice.dataset.done = "";
      advice.replaceChildren(...adviceNodes(result, finding, text, context.destination));
    }
    if (needs.size === 0) return;
    await fetchSheets([...needs]);
    if (current !== generation) return;
  }
}

/** The draft as written, each finding marked in place and numbered like the list below it. */
function marked(text: string, findings: DraftFinding[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  findings.forEach((finding, index) => {
    nodes.push(document.createTextNode(text.slice(at, finding.start)));
    const mark = element("mark", "", text.slice(finding.start, finding.end));
    const hidden = element("span", "visually-hidden", ` (finding ${index + 1})`);
    const number = element("span", "finding-number", String(index + 1));
    number.setAttribute("aria-hidden", "true");
    mark.append(hidden);
    nodes.push(mark, number);
    at = finding.end;
  });
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

const KIND_LABELS: Record<DraftFinding["kind"], string> = {
  phrase: "Out of bounds",
  figure: "Figure no approved claim states",
  offer: "Discount offer",
};

function findingItem(text: string, finding: DraftFinding, number: number) {
  const item = element("li");
  item.id = `finding-${number}`;
  item.dataset.kind = finding.kind;
  const head = element("p");
  head.append(
    element("mark", "", text.slice(finding.start, finding.end)),
    " — ",
    element("strong", "", KIND_LABELS[finding.kind]),
  );
  const advice = element("div", "advice");
  advice.append(element("p", "hint", "Looking up the sheet…"));
  item.append(head, advice);
  return { item, finding, advice };
}

function adviceNodes(
  advice: Advice,
  finding: DraftFinding,
  text: string,
  where: Destination,
): Node[] {
  if (advice.kind === "offer") return offerNodes(advice);
  if (advice.kind === "figure") {
    const instead = element("p", "instead");
    if (advice.instead.kind === "none")
      instead.append("Leave the figure out: no approved claim states a percentage here.");
    else insteadNodes(instead, advice.instead, "Approved figure: ", where);
    return [instead, ...useButton(advice.instead, finding, text)];
  }
  return phraseNodes(advice, finding, text, where);
}

function phraseNodes(
  advice: PhraseAdvice,
  finding: DraftFinding,
  text: string,
  where: Destination,
): Node[] {
  const nodes: Node[] = [];
  if (advice.kind === "forbidden") {
    const source = advice.product ? `on the ${advice.product} sheet` : "company-wide";
    nodes.push(
      element("p", "", `Forbidden phrase (“${advice.phrase}”, ${source}).`),
      element("p", "", `Why: ${advice.why}`),
    );
    const instead = element("p", "instead");
    if (advice.instead.kind === "none")
      instead.append(
        element("strong", "", "Say instead: "),
        "a specific, evidenced claim from the product sheet.",
      );
    else insteadNodes(instead, advice.instead, "Say instead: ", where);
    nodes.push(instead, ...useButton(advice.instead, finding, text));
  } else {
    nodes.push(element("p", "", `${advice.product} promises on ${advice.topic}.`));
    const instead = element("p", "instead");
    instead.append(element("strong", "", "You may: "), advice.may);
    nodes.push(instead);
    const target = escalationTarget({ roles: matcher!.index.roles }, advice.escalate);
    const ask = element("p", "", `Beyond that, ask ${target.label}`);
    if (target.email && target.email !== target.label) ask.append(` (${target.email})`);
    ask.append(".");
    nodes.push(ask);
  }
  if (advice.others.length > 0) nodes.push(element("p", "", alsoRuledOut(advice.others)));
  return nodes;
}

function alsoRuledOut(others: string[]): string {
  const named = others.slice(0, 3);
  const rest = others.length - named.length;
  return `Also ruled out by ${named.join(", ")}${rest > 0 ? ` and ${rest} other ${rest === 1 ? "product" : "products"}` : ""}.`;
}

function insteadNodes(
  paragraph: HTMLElement,
  instead: Exclude<Instead, { kind: "none" }>,
  label: string,
  where: Destination,
): void {
  if (instead.kind === "claim") {
    const { claim, slug, sheet } = instead.wording;
    const link = element("a", "", `(${sheet})`);
    link.href = claimPath(slug, claim.id);
    paragraph.append(element("strong", "", label), `“${claim.text}” `, link);
    return;
  }
  const owner = element("a", "", instead.owner);
  owner.href = `mailto:${instead.owner}`;
  const to = where.reader === "partner" ? "a partner" : "a customer";
  paragraph.append(
    element("strong", "", "No approved wording fits: "),
    `no approved claim of ${instead.sheet} may be used in ${CHANNEL_NAMES[where.channel]} to ${to}. Ask the sheet's owner, `,
    owner,
    ".",
  );
}

/** "Use the approved wording": puts the claim in place of the marked text, with an undo. */
function useButton(instead: Instead, finding: DraftFinding, text: string): Node[] {
  if (instead.kind !== "claim") return [];
  const button = element("button", "", "Use the approved wording");
  button.type = "button";
  button.addEventListener("click", () => replace(finding, instead.wording, text));
  const paragraph = element("p", "no-print");
  paragraph.append(button);
  return [paragraph];
}

function replace(finding: DraftFinding, wording: Wording, text: string): void {
  if (textarea.value !== text) return;
  undoText = text;
  const written = text.slice(finding.start, finding.end);
  textarea.value = text.slice(0, finding.start) + wording.claim.text + text.slice(finding.end);
  const caret = finding.start + wording.claim.text.length;
  textarea.setSelectionRange(caret, caret);
  replacedText.textContent = `Replaced “${written}” with the approved wording.`;
  replaced.hidden = false;
  update();
  undo.focus();
}

function offerNodes(advice: OfferAdvice): Node[] {
  const { index } = matcher!;
  const money = (amount: number) => formatMoney(amount, index.currency);
  const term = advice.monthsStated
    ? `a ${advice.months}-month term`
    : `a ${advice.months}-month term (the draft names none)`;
  const nodes: Node[] = [];
  if (!data.dealChecker) {
    nodes.push(
      element("p", "", "Agree any discount with your Northwind contact before you offer it."),
    );
    return nodes;
  }
  if (advice.verdicts.length === 0) {
    nodes.push(
      element(
        "p",
        "",
        "Name the product in the draft, or choose it above, to check this discount against its ladder.",
      ),
    );
  }
  for (const { title, decision, slug } of advice.verdicts) {
    const { verdict } = decision;
    const product = sheetAtHand(slug)!;
    const outcome =
      verdict.kind === "within-authority"
        ? "within your authority"
        : verdict.kind === "needs-approval"
          ? `needs approval from ${verdict.role.title}`
          : verdict.kind === "invalid"
            ? verdict.message
            : "not allowed";
    const line = element("p", "offer-verdict");
    line.dataset.verdict = verdict.kind;
    line.append(
      element("strong", "", `${title}: ${outcome}`),
      ` for ${term}: ${formatPercent(decision.discountPercent)} off, ${money(decision.unitPrice)} ${perUnit(product.pricing)}. `,
      `Rule: ${decision.reason}`,
    );
    nodes.push(line);
  }
  const link = element("a", "", "Check this deal in the deal checker");
  link.href = sitePath(`/deal-checker/${advice.search === "?" ? "" : advice.search}`);
  const paragraph = element("p");
  paragraph.append(link);
  nodes.push(paragraph);
  return nodes;
}

undo.addEventListener("click", () => {
  if (undoText === undefined) return;
  textarea.value = undoText;
  undoText = undefined;
  replaced.hidden = true;
  update();
  textarea.focus();
});
form.addEventListener("focusin", () => void load(), { once: true });
form.addEventListener("pointerdown", () => void load(), { once: true });
textarea.addEventListener("input", () => {
  if (undoText !== undefined) {
    undoText = undefined;
    replaced.hidden = true;
  }
  update();
});
for (const control of [channel, reader, scope]) control.addEventListener("input", update);
// A reload keeps what was typed in the form: check it straight away.
if (textarea.value.trim() !== "" || scope.value !== "") void load();
