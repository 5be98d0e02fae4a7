import type { Product } from "../schema/product.ts";
import { NOTE_KIND_WORDS, NOTE_KINDS, subjectWords, type NoteKind } from "./kinds.ts";
import type { FieldNote } from "./schema.ts";

/** How many quotes of each claim or boundary a report shows, newest first. */
const LATEST_QUOTES = 3;

interface NoteQuote {
  kind: NoteKind;
  date: string;
  quote: string;
}

/** What the field said about one claim, one promise boundary, or the product as a whole. */
export interface SubjectNotes {
  product: string;
  title: string;
  owner: string;
  claim?: string;
  /** The boundary's topic as the sheet writes it. */
  topic?: string;
  /** `claim "99.9% monthly uptime…"`, `promise "SLA"` or "the product". */
  subject: string;
  counts: Record<NoteKind, number>;
  total: number;
  latest: NoteQuote[];
  /** The newest quote of each kind heard. */
  newestOf: Partial<Record<NoteKind, NoteQuote>>;
}

export interface OwnerNotes {
  owner: string;
  subjects: SubjectNotes[];
}

type SheetLike = {
  slug: string;
  product: Pick<Product, "title" | "owner" | "claims" | "promises">;
};

/**
 * Notes counted by kind per claim and boundary, in the sheet's order (claims, then boundaries, then
 * the product as a whole), products by title. Notes on a product not in `sheets` are left out: the
 * checker has already refused them, and a partner build has no notes at all.
 */
export function summarizeNotes(
  notes: readonly FieldNote[],
  sheets: readonly SheetLike[],
): SubjectNotes[] {
  const result: SubjectNotes[] = [];
  for (const { slug, product } of [...sheets].sort((a, b) =>
    a.product.title.localeCompare(b.product.title),
  )) {
    const own = notes.filter((note) => note.product === slug);
    if (own.length === 0) continue;
    const subjects: (Pick<SubjectNotes, "claim" | "topic"> & { claimText?: string })[] = [
      ...product.claims.map((claim) => ({ claim: claim.id, claimText: claim.text })),
      ...product.promises.map((promise) => ({ topic: promise.topic })),
      {},
    ];
    for (const { claimText, ...subject } of subjects) {
      const about = own.filter(
        (note) =>
          note.claim === subject.claim &&
          note.topic?.toLowerCase() === subject.topic?.toLowerCase(),
      );
      if (about.length === 0) continue;
      const counts = Object.fromEntries(NOTE_KINDS.map((kind) => [kind, 0])) as Record<
        NoteKind,
        number
      >;
      for (const note of about) counts[note.kind] += 1;
      const newest = [...about].sort((a, b) => b.date.localeCompare(a.date));
      const newestOf: SubjectNotes["newestOf"] = {};
      for (const { kind, date, quote } of newest) newestOf[kind] ??= { kind, date, quote };
      result.push({
        product: slug,
        title: product.title,
        owner: product.owner,
        ...subject,
        subject: subjectWords(subject, claimText),
        counts,
        total: about.length,
        latest: newest
          .slice(0, LATEST_QUOTES)
          .map(({ kind, date, quote }) => ({ kind, date, quote })),
        newestOf,
      });
    }
  }
  return result;
}

export function notesByOwner(subjects: readonly SubjectNotes[]): OwnerNotes[] {
  const owners = new Map<string, SubjectNotes[]>();
  for (const subject of subjects)
    owners.set(subject.owner, [...(owners.get(subject.owner) ?? []), subject]);
  return [...owners]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([owner, list]) => ({ owner, subjects: list }));
}

/** The claims customers push back on most, most first. */
export function mostPushedBack(subjects: readonly SubjectNotes[], limit = 5): SubjectNotes[] {
  return subjects
    .filter((subject) => subject.claim !== undefined && subject.counts.pushback > 0)
    .sort((a, b) => b.counts.pushback - a.counts.pushback || a.title.localeCompare(b.title))
    .slice(0, limit);
}

/** Out-of-bounds asks heard at least twice about the same boundary, claim or product. */
export function recurringAsks(subjects: readonly SubjectNotes[], atLeast = 2): SubjectNotes[] {
  return subjects
    .filter((subject) => subject.counts["out-of-bounds-ask"] >= atLeast)
    .sort(
      (a, b) =>
        b.counts["out-of-bounds-ask"] - a.counts["out-of-bounds-ask"] ||
        a.title.localeCompare(b.title),
    );
}

/** "2 pushed back, 1 worked": the kinds heard, most first. */
export function countWords(counts: Record<NoteKind, number>): string {
  return NOTE_KINDS.filter((kind) => counts[kind] > 0)
    .sort((a, b) => counts[b] - counts[a])
    .map((kind) => `${counts[kind]} ${NOTE_KIND_WORDS[kind]}`)
    .join(", ");
}
