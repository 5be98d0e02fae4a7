import { checkLibrary } from "../check.ts";
import type { CheckContext } from "../source/library.ts";
import type { SourceFile } from "../source/file.ts";
import type { PartName } from "./fingerprint.ts";
import { describeItem } from "./items.ts";
import { translationOverview } from "./overview.ts";

/** A translated item that was approved before a change and is stale after it. */
export interface MadeStale {
  /** The locale's title, e.g. Deutsch. */
  language: string;
  /** The translation's file, relative to the library root. */
  file: string;
  /** e.g. `claim "signal-analytics-uptime"`. */
  item: string;
  changed: PartName[];
}

/** Which approved translations a change to the library (from `before` to `after`) made stale. */
export function madeStale(
  before: readonly SourceFile[],
  after: readonly SourceFile[],
  context: CheckContext,
): MadeStale[] {
  const staleBefore = new Set(staleItems(before, context).map(keyOf));
  return staleItems(after, context).filter((item) => !staleBefore.has(keyOf(item)));
}

function keyOf(item: MadeStale): string {
  return `${item.file}#${item.item}`;
}

function staleItems(files: readonly SourceFile[], context: CheckContext): MadeStale[] {
  const { library, translations } = checkLibrary(files, context);
  if (!library || !translations) return [];
  return translationOverview(library, translations).flatMap(({ locale, sheets }) =>
    sheets.flatMap((sheet) =>
      sheet.pending
        .filter((item) => item.state === "stale")
        .map((item) => ({
          language: locale.title,
          file: sheet.translation!.file,
          item: describeItem(item.source),
          changed: item.changed!,
        })),
    ),
  );
}
