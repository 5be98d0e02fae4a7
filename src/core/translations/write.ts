/**
 * The only writers of `source` stamps: a new translation's scaffold, and approval after review.
 * A scaffold is stamped against no translated text, so it reads as not yet approved until
 * `approve` seals what the reviewer read.
 */
import { parseDocument, stringify } from "yaml";
import type { SheetEntry } from "../source/library.ts";
import type { Locale } from "../schema/policy.ts";
import { stamp } from "./fingerprint.ts";
import { sourceItems } from "./items.ts";
import type { TranslationEntry } from "./read.ts";
import { translationStatus } from "./status.ts";

function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A new translation of `sheet`: the source text to translate in place, for the locale's owner. */
export function scaffoldTranslation(
  sheet: Pick<SheetEntry, "slug" | "product" | "body">,
  locale: Locale,
  language: string,
  today: string,
): string {
  const items = sourceItems(sheet, language);
  const unsealed = (kind: string, key: string) =>
    scalar(stamp(items.find((item) => item.kind === kind && item.key === key)!.parts, []));
  const { product } = sheet;
  const claims = product.claims.map(
    (claim) =>
      `  - id: ${claim.id}\n    text: ${scalar(claim.text)}\n    source: ${unsealed("claim", claim.id)}\n`,
  );
  const promises = product.promises.map(
    (promise) =>
      `  - topic: ${scalar(promise.topic)}\n    may: ${scalar(promise.may)}\n` +
      (promise.mayNot.length > 0
        ? `    mayNot:\n${promise.mayNot.map((phrase) => `      - ${scalar(phrase)}\n`).join("")}`
        : "") +
      `    source: ${unsealed("promise", promise.topic)}\n`,
  );
  return `---
# ${locale.title} translation of products/${sheet.slug}.mdx, created by \`npm run translate\` on ${today}.
# Translate each text in place; keep ids, topics and every figure (written the ${locale.code} way).
# Never edit source: once ${locale.owner} has reviewed the translation, run
#   npm run translate -- approve ${locale.code} ${sheet.slug}
# Until then reps see the source wording. Leave out an item to keep showing it untranslated.
title: ${scalar(product.title)}
summary: ${scalar(product.summary)}
source: ${unsealed("sheet", "")}
claims:
${claims.join("")}promises:
${promises.join("")}approvedBy: ${locale.owner}
approvedOn: ${today}
---
${sheet.body}`;
}

const FRONTMATTER = /^(---[ \t]*\n)([\s\S]*?\n)(---[ \t]*(?:\n|$)[\s\S]*)$/;

/**
 * `text` (the translation's file) with every translated item re-stamped against the source as it
 * is now and the translated text as it is now, and `approvedOn` set to `today`.
 */
export function approveTranslation(
  text: string,
  sheet: Pick<SheetEntry, "product" | "body">,
  entry: TranslationEntry,
  language: string,
  today: string,
): string {
  // As the checker reads it: without a byte order mark, with \n line endings.
  const parts = FRONTMATTER.exec(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  if (!parts) throw new Error(`${entry.file} has no frontmatter block to approve`);
  const doc = parseDocument(parts[2]!);
  for (const item of translationStatus(sheet, entry, language).items) {
    if (!item.translated) continue;
    const written = stamp(item.source.parts, item.translated.texts);
    const path = item.translated.path;
    doc.setIn(item.source.kind === "sheet" ? path : [...path, "source"], written);
  }
  doc.set("approvedOn", today);
  return `${parts[1]}${doc.toString({ lineWidth: 0 })}${parts[3]}`;
}
