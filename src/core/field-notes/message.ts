import { NOTE_KIND_LABELS, NOTE_KINDS, subjectWords } from "./kinds.ts";
import type { FieldNote } from "./schema.ts";

/**
 * The one format a field note travels in, written by the site and read back by
 * `npm run feedback -- import`: markdown sections `### Label` then the value, exactly as GitHub
 * renders an issue form. The e-mail body uses the same sections, so one reader serves both, and
 * .github/ISSUE_TEMPLATE/field-note.yml uses these ids and labels (a test compares them).
 */
export const MESSAGE_FIELDS = [
  { id: "product", label: "Product" },
  { id: "subject", label: "Claim or promise topic" },
  { id: "kind", label: "What happened" },
  { id: "quote", label: "Customer's words" },
  { id: "date", label: "Date" },
  { id: "deal-size", label: "Deal size" },
  { id: "stage", label: "Deal stage" },
] as const;
type MessageFieldId = (typeof MESSAGE_FIELDS)[number]["id"];
export type MessageFields = Partial<Record<MessageFieldId, string>>;

/** The issue form's file name under .github/ISSUE_TEMPLATE/ and the label it gives every note. */
export const ISSUE_TEMPLATE = "field-note.yml";
export const ISSUE_LABEL = "field-note";

/** What a rep records: a note before it has a source. */
export type NoteDraft = Omit<FieldNote, "source">;

/** What the sheet says about itself, for the words around a note. */
export interface NoteSheet {
  title: string;
  owner: string;
  /** The wording of the claim the note is about, for its subject. */
  claimText?: string;
}

/** GitHub writes this for an optional field left empty. */
const NO_RESPONSE = "_No response_";

function messageFields(note: NoteDraft): MessageFields {
  return {
    product: note.product,
    subject: note.claim ?? note.topic ?? "",
    kind: NOTE_KIND_LABELS[note.kind],
    quote: note.quote,
    date: note.date,
    "deal-size": note.dealSize === undefined ? "" : String(note.dealSize),
    stage: note.stage ?? "",
  };
}

function messageTitle(note: NoteDraft, sheet: Pick<NoteSheet, "title" | "claimText">): string {
  return `Field note: ${sheet.title}, ${subjectWords(note, sheet.claimText)} (${NOTE_KIND_LABELS[note.kind].toLowerCase()})`;
}

export function messageBody(note: NoteDraft): string {
  const fields = messageFields(note);
  const sections = MESSAGE_FIELDS.map(
    ({ id, label }) => `### ${label}\n\n${fields[id] || NO_RESPONSE}`,
  );
  return [
    "A field note from the Fieldguide. Please keep the sections below as they are: npm run feedback -- import reads them.",
    ...sections,
  ].join("\n\n");
}

/** A prefilled e-mail to the sheet's owner; nothing is sent until the rep sends it. */
export function mailtoLink(note: NoteDraft, sheet: NoteSheet): string {
  const subject = encodeURIComponent(messageTitle(note, sheet));
  const body = encodeURIComponent(messageBody(note));
  return `mailto:${sheet.owner}?subject=${subject}&body=${body}`;
}

/** A new issue from the field-note form, every field prefilled by its id. */
export function issueFormLink(
  note: NoteDraft,
  sheet: Pick<NoteSheet, "title" | "claimText">,
  repositoryUrl: string,
): string {
  const query = new URLSearchParams({ template: ISSUE_TEMPLATE, title: messageTitle(note, sheet) });
  for (const [id, value] of Object.entries(messageFields(note))) if (value) query.set(id, value);
  return `${repositoryUrl.replace(/\/+$/, "")}/issues/new?${query}`;
}

const LABELS = new Map<string, MessageFieldId>(
  MESSAGE_FIELDS.map(({ id, label }) => [label.toLowerCase(), id]),
);

/**
 * Every note in a text: an issue body, or a pasted e-mail with its headers, a reply's "> " quoting
 * and other text around it. Each "### Product" section starts a new note.
 */
export function readMessages(text: string): MessageFields[] {
  const notes: MessageFields[] = [];
  let note: MessageFields | undefined;
  let field: MessageFieldId | undefined;
  let lines: string[] = [];
  const close = () => {
    if (note && field) {
      const value = lines.join("\n").trim();
      if (value !== "" && value !== NO_RESPONSE) note[field] = value;
    }
    lines = [];
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/^(?:>\s?)+/, "");
    const heading = /^#{3}\s+(.+?)\s*$/.exec(line);
    const id = heading ? LABELS.get(heading[1]!.toLowerCase()) : undefined;
    if (id) {
      close();
      if (id === "product" || !note) notes.push((note = {}));
      field = id;
    } else if (field) lines.push(line);
  }
  close();
  return notes;
}

/**
 * The note a message describes, for the schema to validate: the subject is a claim when the
 * product has a claim by that id, else a promise topic; the kind may be its label or its id.
 */
export function noteFromMessage(
  fields: MessageFields,
  claimsOf: (product: string) => readonly string[],
): Record<string, unknown> {
  const { product, subject, kind, quote, date, stage } = fields;
  const dealSize = fields["deal-size"]?.replace(/[^\d.]/g, "");
  const isClaim =
    subject !== undefined && product !== undefined && claimsOf(product).includes(subject);
  const entries = {
    product,
    ...(subject === undefined ? {} : isClaim ? { claim: subject } : { topic: subject }),
    kind: kindOf(kind),
    date,
    quote,
    dealSize: dealSize ? Number(dealSize) : undefined,
    stage: stage?.toLowerCase(),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

function kindOf(text: string | undefined): string | undefined {
  const wanted = text?.trim().toLowerCase();
  return (
    NOTE_KINDS.find((kind) => kind === wanted || NOTE_KIND_LABELS[kind].toLowerCase() === wanted) ??
    text
  );
}
