import type { z } from "zod";
import { bodyPosition, talkTrackOf, type PolicyEntry, type SheetEntry } from "../source/library.ts";
import { formatFieldPath, type Position } from "../problem.ts";
import { checkedFields } from "../schema/checked-fields.ts";
import { PolicySchema } from "../schema/policy.ts";
import { ProductSchema, type Product } from "../schema/product.ts";
import { decodeReferences } from "../text/entities.ts";
import type { TalkTrackKind } from "../text/mdx.ts";

/**
 * One text a rep reads as something they may say, as the reader sees it (character references
 * decoded), with where it was written. Every text field of every file is one, unless its schema
 * marks it exempt (schema/exempt.ts: ids, addresses, dates, and what is quoted on purpose: the
 * `forbidden` and `mayNot` lists, a quiz's question and options); so is every run of a talk track
 * outside `<DontSay>`, and every right answer a generated question may give.
 */
export interface SpokenText {
  file: string;
  /** Frontmatter field path (`claims[0].text`), or "" for the talk track. */
  field: string;
  text: string;
  /** Where character `offset` of `text` was written. */
  at(offset: number): Position;
  /** The products whose own forbidden and may-not phrases apply, beside the company-wide ones. */
  products: readonly Product[];
  /** Set for a talk track, where wording may be quoted inside <DontSay>. */
  talkTrack?: TalkTrackKind;
}

/** A sheet's text fields and its talk track. */
export function sheetTexts(sheet: SheetEntry): SpokenText[] {
  const products = [sheet.product];
  return [
    ...fieldTexts(sheet, ProductSchema, sheet.product, products),
    ...talkTrackTexts(sheet, "a product sheet", products),
  ];
}

/** policy.yaml's text fields (the company's name, role titles): company-wide phrases apply. */
export function policyTexts(policy: PolicyEntry): SpokenText[] {
  return fieldTexts(policy, PolicySchema, policy.policy, []);
}

export function fieldTexts(
  entry: { file: string; locate: SheetEntry["locate"] },
  schema: z.ZodType,
  data: unknown,
  products: readonly Product[],
): SpokenText[] {
  return checkedFields(schema, data).map(({ path, text }) => ({
    file: entry.file,
    field: formatFieldPath(path),
    text: decodeReferences(text),
    // Locating reads the YAML a second, slower way: only done for a text with a problem.
    at: () => entry.locate(path, "value"),
    products,
  }));
}

export function talkTrackTexts(
  entry: Pick<SheetEntry, "file" | "body" | "bodyLine">,
  kind: TalkTrackKind,
  products: readonly Product[],
): SpokenText[] {
  return talkTrackOf(entry, kind).spoken.map((run) => ({
    file: entry.file,
    field: "",
    text: run.text,
    at: (offset) => bodyPosition(entry, run.origin(offset)),
    products,
    talkTrack: kind,
  }));
}
