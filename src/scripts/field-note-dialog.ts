// The "Tell marketing" form, built once on first use. It keeps the note in this browser only;
// the list that follows offers the e-mail and the issue form, which the rep opens by clicking.
import {
  DEAL_STAGES,
  NOTE_KIND_LABELS,
  NOTE_KINDS,
  QUOTE_LIMIT,
  type NoteKind,
} from "../core/field-notes/kinds.ts";
import { MARKETING } from "../core/field-notes/tell.ts";
import { element } from "./dom.ts";
import { renderNotes } from "./field-note-list.ts";
import { keepNote, onNotesChange } from "./field-note-store.ts";
import type { NoteTarget } from "./field-note-target.ts";

interface NoteDialog {
  dialog: HTMLDialogElement;
  open(target: NoteTarget, opener: HTMLElement): void;
}

let built: NoteDialog | undefined;

/** Whom the buttons and the form name: the page's own (the partner edition names its team). */
export function noteRecipientOnPage(): string {
  return (
    document.querySelector<HTMLMetaElement>('meta[name="fieldguide-note-recipient"]')?.content ||
    MARKETING
  );
}

export function noteDialog(): NoteDialog {
  return (built ??= buildDialog());
}

function field(id: string, label: string, control: HTMLElement): HTMLDivElement {
  const wrap = element("div", "field");
  const labelElement = element("label", "", label);
  labelElement.htmlFor = id;
  control.id = id;
  wrap.append(labelElement, control);
  return wrap;
}

function buildDialog(): NoteDialog {
  const dialog = element("dialog", "field-note-dialog");
  dialog.setAttribute("aria-labelledby", "field-note-title");
  const form = element("form", "field-note-form");
  form.noValidate = true;
  const title = element("h2", "", `Tell ${noteRecipientOnPage()}`);
  title.id = "field-note-title";
  const about = element("p", "field-note-about");
  const privacy = element(
    "p",
    "hint",
    "Kept on this device only. Nothing leaves it until you click “Send by e-mail” or “Open a GitHub issue” afterwards.",
  );
  privacy.id = "field-note-privacy";

  const kinds = element("fieldset");
  kinds.append(element("legend", "", "What happened"));
  for (const kind of NOTE_KINDS) {
    const label = element("label");
    const radio = element("input");
    Object.assign(radio, { type: "radio", name: "kind", value: kind, required: true });
    label.append(radio, ` ${NOTE_KIND_LABELS[kind]}`);
    kinds.append(label);
  }
  const quote = element("textarea");
  Object.assign(quote, { name: "quote", rows: 4, maxLength: QUOTE_LIMIT, required: true });
  quote.setAttribute("aria-describedby", "field-note-quote-hint");
  const quoteField = field("field-note-quote", "The customer's words", quote);
  const quoteHint = element(
    "p",
    "hint",
    `As close to their words as you can, up to ${QUOTE_LIMIT} characters.`,
  );
  quoteHint.id = "field-note-quote-hint";
  quoteField.append(quoteHint);
  const size = element("input");
  Object.assign(size, {
    name: "dealSize",
    type: "number",
    min: "1",
    step: "any",
    inputMode: "decimal",
  });
  const stage = element("select");
  stage.name = "stage";
  stage.append(
    new Option("Not given", ""),
    ...DEAL_STAGES.map((value) => new Option(value, value)),
  );
  const error = element("p", "field-note-error");
  error.setAttribute("role", "alert");
  const keep = element("button", "", `Keep for ${noteRecipientOnPage()}`);
  keep.type = "submit";
  const cancel = element("button", "", "Cancel");
  cancel.type = "button";
  const buttons = element("p", "field-note-buttons");
  buttons.append(keep, cancel);
  form.append(
    title,
    about,
    privacy,
    kinds,
    quoteField,
    field("field-note-size", "Deal size (optional)", size),
    field("field-note-stage", "Deal stage (optional)", stage),
    error,
    buttons,
  );

  const saved = element("section", "field-note-saved");
  saved.hidden = true;
  saved.setAttribute("aria-labelledby", "field-note-saved-title");
  const savedTitle = element("h2", "", "Kept on this device");
  savedTitle.id = "field-note-saved-title";
  savedTitle.tabIndex = -1;
  const list = element("div", "field-notes");
  const close = element("button", "", "Close");
  close.type = "button";
  saved.append(savedTitle, list, close);
  dialog.append(form, saved);
  document.body.append(dialog);

  let target: NoteTarget | undefined;
  let opener: HTMLElement | undefined;
  onNotesChange(() => {
    if (!saved.hidden) renderNotes(list);
  });
  cancel.addEventListener("click", () => dialog.close());
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => opener?.focus());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!target) return;
    const data = new FormData(form);
    const kind = data.get("kind") as NoteKind | null;
    const words = String(data.get("quote") ?? "").trim();
    if (!kind || words === "") {
      error.textContent = !kind ? "Choose what happened." : "Write down what the customer said.";
      (!kind ? kinds.querySelector("input") : quote)?.focus();
      return;
    }
    const dealSize = Number(data.get("dealSize"));
    const stageValue = String(data.get("stage") ?? "");
    keepNote({
      note: {
        product: target.product,
        ...(target.claim ? { claim: target.claim } : {}),
        ...(target.topic ? { topic: target.topic } : {}),
        kind,
        date: localToday(),
        quote: words,
        ...(dealSize > 0 ? { dealSize } : {}),
        ...(stageValue ? { stage: stageValue as (typeof DEAL_STAGES)[number] } : {}),
      },
      sheet: {
        title: target.title,
        owner: target.owner,
        ...(target.claimText ? { claimText: target.claimText } : {}),
      },
      about: target.about,
    });
    form.hidden = true;
    saved.hidden = false;
    renderNotes(list);
    savedTitle.focus();
  });

  return {
    dialog,
    open(next, from) {
      target = next;
      opener = from;
      form.reset();
      error.textContent = "";
      about.textContent = `${next.title}. ${next.about}`;
      form.hidden = false;
      saved.hidden = true;
      dialog.showModal();
    },
  };
}

/** The rep's own calendar day, as the note's date. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
