import type { SheetEntry } from "../source/library.ts";
import { readStamp, type PartName } from "./fingerprint.ts";
import {
  describeItem,
  sourceItems,
  translatedItems,
  type SourceItem,
  type TranslatedItem,
} from "./items.ts";
import type { Translation } from "./schema.ts";

type ItemState = "approved" | "stale" | "missing" | "malformed" | "edited";

export interface ItemStatus {
  source: SourceItem;
  /** Absent when the item is missing from the translation. */
  translated?: TranslatedItem;
  state: ItemState;
  /** For a stale item: what changed in the source since it was approved. */
  changed?: PartName[];
}

export interface SheetTranslationStatus {
  items: ItemStatus[];
  /** Translated items with no source item: a claim id or topic the sheet does not have. */
  orphans: TranslatedItem[];
}

/**
 * Where each item of a sheet stands in one language. Only an `approved` item may be shown
 * translated; every other state shows the source wording with a notice.
 */
export function translationStatus(
  sheet: Pick<SheetEntry, "product" | "body">,
  translation: { translation: Translation; body: string } | undefined,
  language: string,
): SheetTranslationStatus {
  const translated = translation ? translatedItems(translation.translation, translation.body) : [];
  const byKey = new Map(translated.map((item) => [`${item.kind}:${item.key}`, item]));
  const items = sourceItems(sheet, language).map((source): ItemStatus => {
    const item = byKey.get(`${source.kind}:${source.key}`);
    byKey.delete(`${source.kind}:${source.key}`);
    if (!item) return { source, state: "missing" };
    const read = readStamp(item.source, source.parts, item.texts);
    return read.state === "stale"
      ? { source, translated: item, state: "stale", changed: read.changed }
      : { source, translated: item, state: read.state };
  });
  return { items, orphans: [...byKey.values()] };
}

/** `claim "x": its wording and figures changed`, `the promise on SLA: not translated`. */
export function describeStatus(item: ItemStatus): string {
  const name = describeItem(item.source);
  if (item.state === "missing") return `${name}: not translated`;
  if (item.state === "stale")
    return `${name}: its ${new Intl.ListFormat("en").format(item.changed!)} changed`;
  return `${name}: ${item.state === "approved" ? "approved" : "not approved"}`;
}
