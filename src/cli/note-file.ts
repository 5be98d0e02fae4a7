import { stringify } from "yaml";
import { FIELD_NOTES_DIR, type FieldNote } from "../core/field-notes/index.ts";
import { fileNameSlug } from "./slug.ts";

/** The keys in the order a marketer reads them. */
const KEY_ORDER: (keyof FieldNote)[] = [
  "product",
  "claim",
  "topic",
  "kind",
  "date",
  "quote",
  "dealSize",
  "stage",
  "source",
];

/** A note as its file holds it. */
export function noteYaml(note: FieldNote): string {
  const ordered = Object.fromEntries(
    KEY_ORDER.filter((key) => note[key] !== undefined).map((key) => [key, note[key]]),
  );
  return stringify(ordered, { lineWidth: 0 });
}

/**
 * `field-notes/2026-11-29-signal-analytics-uptime.yaml`: date, product and subject, numbered when
 * `taken` already holds that name. A claim id starts with its product's slug, which is not repeated.
 */
export function noteFilePath(note: FieldNote, taken: ReadonlySet<string>): string {
  const subject = note.claim ?? note.topic ?? "product";
  const words = [note.date, note.product, fileNameSlug(subject.replace(`${note.product}-`, ""))];
  const stem = `${FIELD_NOTES_DIR}${words.filter(Boolean).join("-")}`;
  for (let number = 1; ; number++) {
    const path = number === 1 ? `${stem}.yaml` : `${stem}-${number}.yaml`;
    if (!taken.has(path)) return path;
  }
}

/** Two notes saying the same thing on the same day about the same subject are one note. */
export function sameNote(a: FieldNote, b: FieldNote): boolean {
  return (
    a.product === b.product &&
    a.claim === b.claim &&
    a.topic?.toLowerCase() === b.topic?.toLowerCase() &&
    a.kind === b.kind &&
    a.date === b.date &&
    a.quote === b.quote
  );
}
