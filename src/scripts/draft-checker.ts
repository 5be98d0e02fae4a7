// The draft checker island: the core's checkDraft over the compact phrase index, and the core's
// advice for where the draft goes. The draft never leaves this page: no request carries it, nothing
// stores it; the only requests are for the library's own files.
import {
  adviseOn,
  DEFAULT_DESTINATION,
  READERS,
  suggestionSwap,
  type Destination,
  type Wording,
} from "../core/draft-checker/draft-advice.ts";
import {
  checkDraft,
  compileDraftIndex,
  type DraftCheck,
  type DraftFinding,
  type DraftIndex,
  type DraftMatcher,
} from "../core/draft-checker/draft.ts";
import { CHANNELS } from "../core/schema/values.ts";
import {
  adviceInLanguage,
  indexInLanguage,
  type DraftLanguage,
} from "../core/translations/draft-language.ts";
import type { DraftCheckerData } from "../site/page-data.ts";
import { claimAddress } from "../site/standing.ts";
import { fetchOnce, fetchSheets, sheetAtHand } from "./checker-files.ts";
import { adviceNodes } from "./draft-advice-view.ts";
import { DraftMarks } from "./draft-marks.ts";
import { draftFindingNote } from "./draft-finding-note.ts";
import { element } from "./dom.ts";
import { markForNote } from "./field-note-target.ts";
import { readPageData } from "./page-data.ts";
import { usableHere, WITHDRAWALS_EVENT } from "./standing-store.ts";

const data = readPageData<DraftCheckerData>("draft-data");
const form = document.querySelector<HTMLFormElement>("#draft-form")!;
const textarea = document.querySelector<HTMLTextAreaElement>("#draft-text")!;
const channel = document.querySelector<HTMLSelectElement>("#draft-channel")!;
const reader = document.querySelector<HTMLSelectElement>("#draft-reader")!;
/** Absent when the library has no language but its source language. */
const languageChoice = document.querySelector<HTMLSelectElement>("#draft-language");
const scope = document.querySelector<HTMLInputElement>("#draft-scope")!;
const scopeHint = document.querySelector<HTMLElement>("#draft-scope-hint")!;
/** The page's own hint, shown again once the scope names a product or nothing. */
const scopeDefault = scopeHint.textContent ?? "";
const datalist = document.querySelector<HTMLDataListElement>("#draft-products")!;
const summary = document.querySelector<HTMLElement>("#draft-summary")!;
const mirrorWrap = document.querySelector<HTMLElement>("#draft-mirror-wrap")!;
const mirror = document.querySelector<HTMLElement>("#draft-mirror")!;
const list = document.querySelector<HTMLOListElement>("#draft-findings")!;
const replaced = document.querySelector<HTMLElement>("#draft-replaced")!;
const replacedText = document.querySelector<HTMLElement>("#draft-replaced-text")!;
const undo = document.querySelector<HTMLButtonElement>("#draft-undo")!;

/** The source language's matcher, and the one in use: the chosen language's, once its data is in. */
let sourceMatcher: DraftMatcher | undefined;
let matcher: DraftMatcher | undefined;
let loading: Promise<void> | undefined;
/** The chosen language's data; undefined for the source language. */
let language: DraftLanguage | undefined;
const languageMatchers = new Map<string, DraftMatcher>();
/** Bumped at every check, so advice fetched for an older draft is never shown. */
let generation = 0;
let undoText: string | undefined;
/** Set by a paste: the check that follows brings its first finding into view (a phone shows little). */
let reveal = false;

/** A percentage counts as approved only while a claim stating it may be used on this device. */
const compiled = (index: DraftIndex) =>
  compileDraftIndex(index, (slug, id, expires) => usableHere(claimAddress(slug, id), expires));

// A newer withdrawals list may take a claim's figure back: check the draft again by it.
addEventListener(WITHDRAWALS_EVENT, () => {
  if (!sourceMatcher) return;
  sourceMatcher = compiled(sourceMatcher.index);
  languageMatchers.clear();
  void chooseLanguage().then(update);
});

/** Fetches and compiles the phrase index once, when the reader starts using the form. */
function load(): Promise<void> {
  loading ??= fetchOnce<DraftIndex>("/draft-phrases.json").then(async (index) => {
    sourceMatcher = compiled(index);
    await chooseLanguage();
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

/**
 * Checks in the chosen language: its data is fetched the first time it is chosen, and its
 * forbidden phrases join the source language's. Until it is in, the draft is checked as before.
 */
async function chooseLanguage(): Promise<void> {
  const code = languageChoice?.value ?? "";
  if (!sourceMatcher) return;
  if (code === "") {
    language = undefined;
    matcher = sourceMatcher;
    return;
  }
  const chosen = await fetchOnce<DraftLanguage>(
    `/draft-languages/${encodeURIComponent(code)}.json`,
  ).catch(() => undefined);
  if (!chosen) {
    // Not at hand (offline before it was ever fetched): the choice shows what is checked.
    languageChoice!.value = "";
    language = undefined;
    matcher = sourceMatcher;
    return;
  }
  // Another language was chosen while this one was fetched: its own choice sets the matcher.
  if ((languageChoice?.value ?? "") !== code) {
    matcher ??= sourceMatcher;
    return;
  }
  let inLanguage = languageMatchers.get(code);
  if (!inLanguage) {
    inLanguage = compiled(indexInLanguage(sourceMatcher.index, chosen));
    languageMatchers.set(code, inLanguage);
  }
  language = chosen;
  matcher = inLanguage;
}

function destination(): Destination {
  const chosen =
    CHANNELS.find((candidate) => candidate === channel.value) ?? DEFAULT_DESTINATION.channel;
  const who = READERS.find((candidate) => candidate === reader.value) ?? DEFAULT_DESTINATION.reader;
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

/** A finding on screen: kept, with its advice, while typing leaves it as it was. */
interface Shown {
  key: string;
  finding: DraftFinding;
  item: HTMLLIElement;
  advice: HTMLElement;
  done: boolean;
}

const marks = new DraftMarks(mirror);
let shown: Shown[] = [];

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
    picked === "unknown"
      ? `No product called “${scope.value.trim()}”: checking all products.`
      : scopeDefault;
  const check = checkDraft(text, matcher, { chosen });
  const { findings } = check;
  const against = chosen === undefined ? "all products" : index.products[chosen]![1];
  const about = check.about.map((product) => index.products[product]![1]);

  mirrorWrap.hidden = findings.length === 0;
  marks.show(text, findings);
  showFindings(text, check, chosen);
  if (reveal && text.trim() !== "") {
    reveal = false;
    list.firstElementChild?.scrollIntoView({ block: "nearest" });
  }
  const aboutNote =
    chosen === undefined && about.length > 0 ? `; the draft names ${about.join(", ")}` : "";
  const said =
    text.trim() === ""
      ? "Nothing to check yet."
      : findings.length === 0
        ? `Nothing out of bounds for ${against}${aboutNote}.`
        : `${findings.length === 1 ? "1 thing" : `${findings.length} things`} to change (checked against ${against}${aboutNote}).`;
  if (summary.textContent !== said) summary.textContent = said;
  void advise(check, ++generation);
}

/**
 * The list of findings, keeping each item (and its advice) whose finding is unchanged: the same
 * text, in the same context (where the draft goes, which products it is about). Typing elsewhere
 * in the draft then costs no list work at all.
 */
function showFindings(text: string, check: DraftCheck, chosen: number | undefined): void {
  const where = destination();
  const context = `${language?.code ?? ""}|${where.channel}|${where.reader}|${chosen}|${check.about.join(",")}`;
  const previous = new Map(shown.map((entry) => [entry.key, entry]));
  const seen = new Map<string, number>();
  shown = check.findings.map((finding, at) => {
    const written = text.slice(finding.start, finding.end);
    const detail = finding.kind === "offer" ? `|${finding.offer.months}` : "";
    const base = `${context}|${finding.kind}|${written}${detail}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const key = `${base}#${occurrence}`;
    const entry = previous.get(key) ?? newEntry(key, written, finding);
    entry.finding = finding;
    const id = `finding-${at + 1}`;
    if (entry.item.id !== id) entry.item.id = id;
    return entry;
  });
  const items = shown.map((entry) => entry.item);
  if (items.length !== list.children.length || items.some((item, at) => list.children[at] !== item))
    list.replaceChildren(...items);
}

const KIND_LABELS: Record<DraftFinding["kind"], string> = {
  phrase: "Out of bounds",
  figure: "Figure no approved claim states",
  offer: "Discount offer",
};

function newEntry(key: string, written: string, finding: DraftFinding): Shown {
  const item = element("li");
  item.dataset.kind = finding.kind;
  const head = element("p");
  head.append(
    element("mark", "", written),
    " — ",
    element("strong", "", KIND_LABELS[finding.kind]),
  );
  const advice = element("div", "advice");
  advice.append(element("p", "hint", "Looking up the sheet…"));
  item.append(head, advice);
  return { key, finding, item, advice, done: false };
}

/** Fills in the advice of new findings, fetching the few sheets they need; stops if the draft changed. */
async function advise(check: DraftCheck, current: number): Promise<void> {
  const { index } = matcher!;
  const where = destination();
  const context = {
    matcher: matcher!,
    check,
    destination: where,
    sheet: (slug: string) => sheetAtHand(slug) ?? undefined,
  };
  for (let round = 0; round < 3; round++) {
    const needs = new Set<string>();
    for (const entry of shown) {
      if (entry.done) continue;
      const found = adviseOn(entry.finding, context);
      if ("needs" in found) {
        for (const slug of found.needs) needs.add(slug);
        continue;
      }
      const result = language ? adviceInLanguage(found, language) : found;
      entry.done = true;
      entry.advice.dataset.done = "";
      const written = textarea.value.slice(entry.finding.start, entry.finding.end);
      markForNote(entry.item, draftFindingNote(written, entry.finding, { ...context, index }));
      entry.advice.replaceChildren(
        ...adviceNodes(result, {
          roles: index.roles,
          ...(index.partners ? { partners: index.partners } : {}),
          currency: index.currency,
          destination: where,
          dealChecker: data.dealChecker,
          use: (wording) => propose(entry, wording),
        }),
      );
    }
    if (needs.size === 0) return;
    await fetchSheets([...needs]);
    if (current !== generation) return;
  }
}

/** Shows the finding's clause (or sentence) before and after the approved wording, for the rep to accept. */
function propose(entry: Shown, wording: Wording): void {
  entry.advice.querySelector(".swap")?.remove();
  const swap = suggestionSwap(textarea.value, entry.finding, wording.claim.text);
  const box = element("div", "swap no-print");
  const accept = element("button", "", `Replace the ${swap.unit}`);
  const cancel = element("button", "", "Keep mine");
  accept.type = cancel.type = "button";
  const actions = element("p");
  actions.append(accept, " ", cancel);
  box.append(
    element(
      "p",
      "",
      swap.unit === "clause"
        ? "The approved wording replaces the part of the sentence that holds it:"
        : "The approved wording replaces the whole sentence:",
    ),
    element("p", "swap-before", `Before: ${swap.before}`),
    element("p", "swap-after", `After: ${swap.after}`),
    actions,
  );
  // The draft may have changed since: the clause is found again where the finding is now.
  accept.addEventListener("click", () => {
    const now = suggestionSwap(textarea.value, entry.finding, wording.claim.text);
    replace(now.start, now.end, now.after);
  });
  cancel.addEventListener("click", () => box.remove());
  entry.advice.append(box);
  accept.focus();
}

/** Puts `wording` in place of the draft's `start`..`end`; Undo puts the draft back. */
function replace(start: number, end: number, wording: string): void {
  const text = textarea.value;
  undoText = text;
  textarea.value = text.slice(0, start) + wording + text.slice(end);
  const caret = start + wording.length;
  textarea.setSelectionRange(caret, caret);
  replacedText.textContent = `Replaced “${text.slice(start, end)}” with the approved wording.`;
  replaced.hidden = false;
  update();
  undo.focus();
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
textarea.addEventListener("paste", () => {
  reveal = true;
});
textarea.addEventListener("input", () => {
  if (undoText !== undefined) {
    undoText = undefined;
    replaced.hidden = true;
  }
  update();
});
for (const control of [channel, reader, scope]) control.addEventListener("input", update);
languageChoice?.addEventListener("input", () => {
  if (!sourceMatcher) return void load();
  void chooseLanguage().then(update);
});
// A reload keeps what was typed in the form: check it straight away.
if (textarea.value.trim() !== "" || scope.value !== "") void load();
