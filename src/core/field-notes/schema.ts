import { z } from "zod";
import { id, isoDate, text } from "../schema/common.ts";

/** What happened in the field, as a rep reports it. */
export const NOTE_KINDS = ["worked", "pushback", "out-of-bounds-ask", "competitor"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The words a rep picks on the form and the issue form shows; the note file holds the kind. */
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  worked: "It worked",
  pushback: "Customer pushed back",
  "out-of-bounds-ask": "Customer asked for something out of bounds",
  competitor: "A competitor said something",
};

/** A kind in a count or next to a quote: "2 pushed back, 1 worked". */
export const NOTE_KIND_WORDS: Record<NoteKind, string> = {
  worked: "worked",
  pushback: "pushed back",
  "out-of-bounds-ask": "asked out of bounds",
  competitor: "competitor said",
};

/** Where the deal stood; a short fixed list, so notes can be counted by stage. */
export const DEAL_STAGES = [
  "discovery",
  "evaluation",
  "proposal",
  "negotiation",
  "closing",
] as const;

/** A quote is what the customer said, not a call transcript: marketing reads many at a glance. */
export const QUOTE_LIMIT = 500;

/**
 * `field-notes/<date>-<product>-<subject>.yaml`: what a customer said about a claim or promise
 * boundary, as a rep reported it. A note informs the sheet's owner; it never changes what reps may say.
 */
export const FieldNoteSchema = z.strictObject({
  product: id.describe("The product sheet's slug (its file name without .mdx)."),
  claim: id.optional().describe("The id of one of the product's claims the note is about."),
  topic: text.optional().describe("Or the topic of one of the product's promise boundaries."),
  kind: z.enum(NOTE_KINDS, { error: `must be one of ${NOTE_KINDS.join(", ")}` }),
  date: isoDate,
  quote: text.max(QUOTE_LIMIT, {
    error: `must be at most ${QUOTE_LIMIT} characters: the customer's own words, shortened`,
  }),
  dealSize: z
    .number({ error: "must be a number (the deal's value in the policy currency)" })
    .positive({ error: "must be more than 0" })
    .optional(),
  stage: z.enum(DEAL_STAGES, { error: `must be one of ${DEAL_STAGES.join(", ")}` }).optional(),
  /** Where the note came from, such as "GitHub issue #42", so an import never adds it twice. */
  source: text.optional(),
});
export type FieldNote = z.infer<typeof FieldNoteSchema>;

/** The note's subject in words: "claim signal-analytics-uptime", "promise SLA" or "the product". */
export function subjectWords(note: Pick<FieldNote, "claim" | "topic">): string {
  if (note.claim) return `claim ${note.claim}`;
  if (note.topic) return `promise "${note.topic}"`;
  return "the product";
}
