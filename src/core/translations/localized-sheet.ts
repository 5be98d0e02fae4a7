/**
 * What a sheet's page in another language shows, item by item: the approved translation, or the
 * source wording with a notice. Only an item whose stamp still matches its source is ever shown
 * translated; stale, missing, unsealed or edited items fall back to the source, so a rep never
 * reads an outdated translation as approved.
 */
import type { SheetEntry } from "../source/library.ts";
import type { Locale } from "../schema/policy.ts";
import type { ItemKind } from "./items.ts";
import type { Translation } from "./schema.ts";
import { translationStatus } from "./status.ts";

export interface ShownItem {
  /** The language the texts are in: the locale's when approved, else the source language. */
  lang: string;
  /** As the item's texts are listed in items.ts: [title, summary, talk track], [text], [may, ...mayNot]. */
  texts: string[];
  /** Set when the source wording stands in for the translation. */
  notice?: string;
}

export interface LocalizedSheet {
  lang: string;
  /** The policy's source language, which every item not approved is shown in. */
  sourceLang: string;
  /** What an item shown in the source wording says about it. */
  notice: string;
  /** Every item of the source sheet, by `shownKey(kind, key)`. */
  items: ReadonlyMap<string, ShownItem>;
}

function shownKey(kind: ItemKind, key: string): string {
  return `${kind}:${key}`;
}

/** A language's name in that language: "English" for en, as a language switcher names it. */
export function languageName(code: string): string {
  return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
}

/** "Not yet approved in Deutsch: showing the English wording". */
export function notApprovedNotice(locale: Pick<Locale, "title">, language: string): string {
  return `Not yet approved in ${locale.title}: showing the ${languageName(language)} wording`;
}

export function localizedSheet(
  sheet: Pick<SheetEntry, "product" | "body">,
  translation: { translation: Translation; body: string } | undefined,
  locale: Pick<Locale, "code" | "title">,
  language: string,
): LocalizedSheet {
  const notice = notApprovedNotice(locale, language);
  const { items } = translationStatus(sheet, translation, language);
  return {
    lang: locale.code,
    sourceLang: language,
    notice,
    items: new Map(
      items.map((item) => [
        shownKey(item.source.kind, item.source.key),
        item.state === "approved"
          ? { lang: locale.code, texts: item.translated!.texts }
          : { lang: language, texts: item.source.texts, notice },
      ]),
    ),
  };
}

/** The item as the page shows it; the source's own wording for an item the sheet lacks. */
export function shownItem(
  localized: LocalizedSheet,
  kind: ItemKind,
  key: string,
): ShownItem | undefined {
  return localized.items.get(shownKey(kind, key));
}
