import type { CheckContext, Library } from "../source/library.ts";
import { nearest } from "../text/nearest.ts";
import type { Problem } from "../problem.ts";
import type { FieldNoteEntry } from "./read.ts";

/**
 * Rules across files: a note is about an existing product, and about one of its claims or promise
 * topics. Notes are only read by these rules and by reports; nothing a rep may say depends on them.
 */
export function checkFieldNotes(
  library: Library,
  notes: readonly FieldNoteEntry[],
  context: CheckContext,
): Problem[] {
  const sheets = new Map(library.sheets.map((sheet) => [sheet.slug, sheet]));
  const problems: Problem[] = [];
  for (const entry of notes) {
    const { note } = entry;
    const at = (
      field: "product" | "claim" | "topic" | "date",
      message: string,
      hint: string,
      rule: string,
    ) =>
      problems.push({
        severity: "error",
        file: entry.file,
        ...entry.locate([field], "value"),
        field,
        message,
        hint,
        rule,
      });
    if (note.date > context.asOf) {
      at(
        "date",
        `the date ${note.date} is after today (${context.asOf})`,
        "Write the day the customer said it, as YYYY-MM-DD.",
        "field-note-date",
      );
    }
    const sheet = sheets.get(note.product);
    if (!sheet) {
      at(
        "product",
        `no product sheet is called "${note.product}"`,
        suggest(note.product, [...sheets.keys()], "a product sheet's file name without .mdx"),
        "field-note-product",
      );
      continue;
    }
    if (note.claim !== undefined && note.topic !== undefined) {
      at(
        "topic",
        "a note is about one claim or one promise topic, not both",
        "Keep claim or topic, or split it into two notes.",
        "field-note-subject",
      );
      continue;
    }
    const { claims, promises } = sheet.product;
    if (note.claim !== undefined && !claims.some((claim) => claim.id === note.claim)) {
      const elsewhere = library.sheets.find((other) =>
        other.product.claims.some((claim) => claim.id === note.claim),
      );
      at(
        "claim",
        `${sheet.product.title} has no claim "${note.claim}"`,
        elsewhere
          ? `That claim is on ${elsewhere.file}: set product: ${elsewhere.slug}.`
          : suggest(
              note.claim,
              claims.map((claim) => claim.id),
              "a claim id of the sheet",
            ),
        "field-note-claim",
      );
    }
    const topic = note.topic?.toLowerCase();
    if (topic !== undefined && !promises.some((promise) => promise.topic.toLowerCase() === topic)) {
      at(
        "topic",
        `${sheet.product.title} has no promise boundary on "${note.topic}"`,
        suggest(
          note.topic!,
          promises.map((promise) => promise.topic),
          "a promise topic of the sheet",
        ),
        "field-note-topic",
      );
    }
  }
  return problems;
}

function suggest(value: string, known: string[], what: string): string {
  if (known.length === 0) return `Use ${what}; this one has none.`;
  const near = nearest(value, known);
  if (near) return `Did you mean "${near}"?`;
  // A list of a thousand sheets helps no one; a sheet's claims or topics are a handful.
  return known.length > 12 ? `Use ${what}.` : `Use ${what}: ${known.join(", ")}.`;
}
