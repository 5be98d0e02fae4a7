// What a field note can say, without the schema: the browser islands use these too, and must not
// carry zod with them.

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
 * The note's subject in words, as an owner reads it in an e-mail subject or a report: a claim by its
 * wording (`claim "99.9% monthly uptime…"`), a boundary by its topic (`promise "SLA"`), or "the
 * product". A claim's id is shown only when its wording is not at hand: a note kept on a device by
 * an older version of the site.
 */
export function subjectWords(note: { claim?: string; topic?: string }, claimText?: string): string {
  if (note.claim) return claimText ? `claim "${claimText}"` : `claim ${note.claim}`;
  if (note.topic) return `promise "${note.topic}"`;
  return "the product";
}
