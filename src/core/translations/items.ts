/**
 * What a translation is made of, item by item, beside the source items it translates: the sheet's
 * title, summary and talk track as one item, each claim by id and each promise by topic.
 */
import type { SheetEntry } from "../source/library.ts";
import type { SourceParts } from "./fingerprint.ts";
import { sourceFigures } from "./numbers.ts";
import type { Translation } from "./schema.ts";

export type ItemKind = "sheet" | "claim" | "promise";

export interface SourceItem {
  kind: ItemKind;
  /** The claim id or promise topic; "" for the sheet's own texts. */
  key: string;
  /** What is translated: shown in its place while the translation is not approved. */
  texts: string[];
  parts: SourceParts;
}

export interface TranslatedItem {
  kind: ItemKind;
  key: string;
  texts: string[];
  source: string;
  /** Field path of the item in the translation's frontmatter. */
  path: (string | number)[];
}

function sourceItem(
  kind: ItemKind,
  key: string,
  texts: string[],
  language: string,
  evidence?: unknown,
): SourceItem {
  return {
    kind,
    key,
    texts,
    parts: { wording: texts.join("\n"), figures: sourceFigures(texts, language).values, evidence },
  };
}

/** The items of a source sheet, read in the policy's source `language`. */
export function sourceItems(sheet: Pick<SheetEntry, "product" | "body">, language: string) {
  const { product } = sheet;
  return [
    sourceItem("sheet", "", [product.title, product.summary, sheet.body], language),
    ...product.claims.map((claim) =>
      sourceItem("claim", claim.id, [claim.text], language, claim.evidence),
    ),
    ...product.promises.map((promise) =>
      sourceItem("promise", promise.topic, [promise.may, ...promise.mayNot], language),
    ),
  ];
}

export function translatedItems(translation: Translation, body: string): TranslatedItem[] {
  return [
    {
      kind: "sheet",
      key: "",
      texts: [translation.title, translation.summary, body],
      source: translation.source,
      path: ["source"],
    },
    ...translation.claims.map((claim, index) => ({
      kind: "claim" as const,
      key: claim.id,
      texts: [claim.text],
      source: claim.source,
      path: ["claims", index],
    })),
    ...translation.promises.map((promise, index) => ({
      kind: "promise" as const,
      key: promise.topic,
      texts: [promise.may, ...promise.mayNot],
      source: promise.source,
      path: ["promises", index],
    })),
  ];
}

/** "claim analytics-uptime", "the promise on SLA", "the title, summary and talk track". */
export function describeItem(item: Pick<SourceItem, "kind" | "key">): string {
  if (item.kind === "sheet") return "the title, summary and talk track";
  return item.kind === "claim" ? `claim "${item.key}"` : `the promise on ${item.key}`;
}
