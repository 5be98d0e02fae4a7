import { bodyPosition, talkTrackOf, talkTrackProblems, type Library } from "../source/library.ts";
import { formatFieldPath, type Problem } from "../problem.ts";
import { checkWording } from "../rules/wording.ts";
import type { Locale } from "../schema/policy.ts";
import type { Product } from "../schema/product.ts";
import type { SpokenText } from "../guardrails/spoken.ts";
import { decodeReferences } from "../text/entities.ts";
import { didYouMean } from "../text/nearest.ts";
import type { PartName } from "./fingerprint.ts";
import { describeItem, type SourceItem } from "./items.ts";
import { formatFigures, sourceFigures, unsourcedNumbers, type SourceFigures } from "./numbers.ts";
import type { TranslationEntry } from "./read.ts";
import { translationStatus, type ItemStatus } from "./status.ts";

const APPROVE = (locale: string, slug: string) => `npm run translate -- approve ${locale} ${slug}`;

/** Policy locales must each be a language of their own, not the source language again. */
export function checkLocales({ policy }: Library): Problem[] {
  const seen = new Set([canonical(policy.policy.language)]);
  return policy.policy.locales.flatMap((locale, index) => {
    const code = canonical(locale.code);
    if (!seen.has(code)) {
      seen.add(code);
      return [];
    }
    return [
      {
        severity: "error" as const,
        file: policy.file,
        ...policy.locate(["locales", index, "code"], "value"),
        field: `locales[${index}].code`,
        message: `"${locale.code}" is ${code === canonical(policy.policy.language) ? "the source language" : "listed twice"}`,
        hint: "List each language reps read translations in once, other than language:.",
        rule: "translation-locale",
      },
    ];
  });
}

function canonical(code: string): string {
  return Intl.getCanonicalLocales(code)[0]!;
}

/**
 * Each translation names a language of the policy and a sheet of the library, translates only
 * items the sheet has, states only its figures, says nothing forbidden in that language, was
 * approved by the language's owner against the source as it is now, and leaves nothing out.
 */
export function checkTranslations(
  library: Library,
  translations: readonly TranslationEntry[],
): Problem[] {
  const { policy } = library.policy;
  return translations.flatMap((entry) => {
    const problems: Problem[] = [];
    const at = (
      path: (string | number)[],
      message: string,
      hint: string,
      rule: string,
      severity: Problem["severity"] = "error",
    ): Problem => ({
      severity,
      file: entry.file,
      ...entry.locate(path, "value"),
      field: formatFieldPath(path),
      message,
      hint,
      rule,
    });
    const locale = policy.locales.find((candidate) => candidate.code === entry.locale);
    const codes = policy.locales.map((candidate) => candidate.code);
    if (!locale) {
      problems.push({
        ...at(
          [],
          `"${entry.locale}" is not a language in policy.yaml`,
          `${didYouMean(entry.locale, codes)}Move the file to a folder named after one of the locales in policy.yaml (${codes.join(", ") || "none yet"}), or add the language to locales: there.`,
          "translation-locale",
        ),
        line: 1,
        column: 1,
      });
    }
    const sheet = library.sheets.find((candidate) => candidate.slug === entry.slug);
    if (!sheet) {
      problems.push({
        ...at(
          [],
          `there is no sheet products/${entry.slug}.mdx to translate`,
          `${didYouMean(
            entry.slug,
            library.sheets.map((candidate) => candidate.slug),
          )}Name the file after the sheet it translates, or delete it if the sheet was removed.`,
          "translation-unknown",
        ),
        line: 1,
        column: 1,
      });
      return problems;
    }
    const { translation } = entry;
    const title = locale?.title ?? entry.locale;
    if (locale && translation.approvedBy.toLowerCase() !== locale.owner.toLowerCase()) {
      problems.push(
        at(
          ["approvedBy"],
          `${translation.approvedBy} does not approve translations into ${title}: ${locale.owner} does`,
          `Have ${locale.owner} review the translation and run ${APPROVE(entry.locale, entry.slug)}.`,
          "translation-approver",
        ),
      );
    }

    const status = translationStatus(sheet, entry, policy.language);
    problems.push(...duplicates(entry, at));
    for (const orphan of status.orphans) {
      const [noun, field, keys] =
        orphan.kind === "claim"
          ? ["claim", "id", sheet.product.claims.map((claim) => claim.id)]
          : ["promise on", "topic", sheet.product.promises.map((promise) => promise.topic)];
      problems.push(
        at(
          [...orphan.path, field],
          `${sheet.file} has no ${noun} "${orphan.key}" to translate`,
          `${didYouMean(orphan.key, keys)}A translation may only translate what the sheet says: remove the item, or name one of ${keys.join(", ")}.`,
          "translation-unknown",
        ),
      );
    }
    const sheetFigures = sourceFigures(
      status.items.flatMap((item) => item.source.texts),
      policy.language,
    );
    for (const item of status.items) {
      problems.push(...itemProblems(item, { entry, title, sheetFile: sheet.file, at }));
      // A stale item's figures are those of the source it was approved against: reported as stale.
      if (item.translated && item.state !== "stale")
        problems.push(
          ...figureProblems(
            item,
            entry,
            item.source.kind === "sheet"
              ? sheetFigures
              : sourceFigures(item.source.texts, policy.language),
          ),
        );
    }
    problems.push(
      ...bodyProblems(
        entry,
        sheet.product.claims.map((claim) => claim.id),
      ),
    );
    if (locale) problems.push(...wordingProblems(entry, locale, sheet.product, policy));
    return problems;
  });

  function itemProblems(item: ItemStatus, { entry, title, sheetFile, at }: ItemContext): Problem[] {
    const name = describeItem(item.source);
    const approve = APPROVE(entry.locale, entry.slug);
    if (item.state === "missing") {
      const list = item.source.kind === "claim" ? "claims" : "promises";
      return [
        at(
          [list],
          `${name} of ${sheetFile} is not translated into ${title}: reps see the ${sourceLanguageName()} wording`,
          `Add its translation here (the source text is in ${sheetFile}), have it reviewed, then run ${approve}; or leave it in the ${sourceLanguageName()} wording.`,
          "translation-missing",
          "warning",
        ),
      ];
    }
    const path = [...item.translated!.path, ...(item.source.kind === "sheet" ? [] : ["source"])];
    if (item.state === "malformed")
      return [
        at(
          path,
          `"${item.translated!.source}" is not a fingerprint written by npm run translate`,
          `Never write source by hand: after review, run ${approve}.`,
          "translation-source",
        ),
      ];
    if (item.state === "edited")
      return [
        at(
          path,
          `the fingerprint of ${name} does not seal its text: the translation was not approved since it was written or last edited, or the fingerprint was edited by hand`,
          `Have the ${title} owner review the translation, then run ${approve}.`,
          "translation-source",
        ),
      ];
    if (item.state === "stale")
      return [
        at(
          path,
          `${name} changed in ${sheetFile} since it was approved in ${title} on ${entry.translation.approvedOn}: ${describeChange(item.changed!, item.source)}; until it is approved again, reps see the ${sourceLanguageName()} wording`,
          `Bring the translation in line with the source, have it reviewed, then run ${approve}.`,
          "translation-stale",
          policy.staleTranslations,
        ),
      ];
    return [];
  }

  function sourceLanguageName(): string {
    return languageName(policy.language);
  }
}

interface ItemContext {
  entry: TranslationEntry;
  title: string;
  sheetFile: string;
  at: (
    path: (string | number)[],
    message: string,
    hint: string,
    rule: string,
    severity?: Problem["severity"],
  ) => Problem;
}

/** "English" for en: the source language by its name in English, for messages. */
function languageName(code: string): string {
  return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
}

function describeChange(changed: readonly PartName[], source: SourceItem): string {
  const parts = changed.map((part) =>
    part === "figures"
      ? `its figures (now ${formatFigures(source.parts.figures, "en") || "none"})`
      : part === "wording"
        ? "its wording"
        : "its evidence",
  );
  return new Intl.ListFormat("en").format(parts);
}

function duplicates(entry: TranslationEntry, at: ItemContext["at"]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const lists = [
    ["claims", "id", entry.translation.claims.map((claim) => claim.id)],
    ["promises", "topic", entry.translation.promises.map((promise) => promise.topic)],
  ] as const;
  for (const [list, field, keys] of lists) {
    keys.forEach((key, index) => {
      if (!seen.has(`${list}:${key}`)) return void seen.add(`${list}:${key}`);
      problems.push(
        at(
          [list, index, field],
          `"${key}" is translated twice`,
          "Keep one translation of each item.",
          "translation-duplicate",
        ),
      );
    });
  }
  return problems;
}

/** Every figure a translated text states must be one its source states, whatever the format. */
function figureProblems(
  item: ItemStatus,
  entry: TranslationEntry,
  figures: SourceFigures,
): Problem[] {
  // Worded only for a problem found: most items have none, and formatting costs (bench/findings.md, "Two languages").
  const problem = (written: string, position: Pick<Problem, "line" | "column">, field: string) => ({
    severity: "error" as const,
    file: entry.file,
    ...position,
    field,
    message: `"${written}" is not a figure of the source, which states ${formatFigures(figures.values, entry.locale) || "no figures"}`,
    hint: `Translate the figures exactly, written the ${entry.locale} way (99.9% becomes ${formatFigures([99.9], entry.locale)} %); change a figure in the source sheet first.`,
    rule: "translation-figure",
  });
  const { translated } = item;
  const { kind } = item.source;
  if (kind === "sheet") {
    const fields = [
      ["title", entry.translation.title],
      ["summary", entry.translation.summary],
    ] as const;
    return [
      ...fields.flatMap(([field, text]) =>
        unsourcedNumbers(text, entry.locale, figures).map((number) =>
          problem(number.written, entry.locate([field], "value"), field),
        ),
      ),
      ...talkTrackOf(entry, "a product sheet").spoken.flatMap((run) =>
        unsourcedNumbers(run.text, entry.locale, figures).map((number) =>
          problem(number.written, bodyPosition(entry, run.origin(number.start)), ""),
        ),
      ),
    ];
  }
  const fields = kind === "claim" ? ["text"] : ["may", "mayNot"];
  return translated!.texts.flatMap((text, index) => {
    const path = [...translated!.path, fields[Math.min(index, fields.length - 1)]!];
    if (kind === "promise" && index > 0) path.push(index - 1);
    return unsourcedNumbers(text, entry.locale, figures).map((number) =>
      problem(number.written, entry.locate(path, "value"), formatFieldPath(path)),
    );
  });
}

/** The talk track holds only what a sheet's may, and names only the sheet's claims. */
function bodyProblems(entry: TranslationEntry, claimIds: readonly string[]): Problem[] {
  const track = talkTrackOf(entry, "a product sheet");
  return [
    ...talkTrackProblems(entry, "a product sheet"),
    ...track.claims
      .filter((claim) => !claimIds.includes(claim.id))
      .map((claim) => ({
        severity: "error" as const,
        file: entry.file,
        ...bodyPosition(entry, claim.offset),
        field: "",
        message: `<Claim id="${claim.id}"/> is not a claim of the sheet this translates`,
        hint: `${didYouMean(claim.id, claimIds)}Name one of its claims: ${claimIds.join(", ")}.`,
        rule: "translation-unknown",
      })),
  ];
}

/**
 * Nothing translated says what the company forbids, what Legal forbids in this language, or what
 * a translated boundary rules out.
 */
function wordingProblems(
  entry: TranslationEntry,
  locale: Locale,
  source: Product,
  policy: Library["policy"]["policy"],
): Problem[] {
  const { translation } = entry;
  const product: Product = {
    ...source,
    title: translation.title,
    forbidden: [],
    promises: translation.promises.map((promise) => ({
      ...promise,
      escalate: source.promises.find((item) => item.topic === promise.topic)?.escalate ?? "",
    })),
  };
  const products = [product];
  const field = (path: (string | number)[], text: string): SpokenText => ({
    file: entry.file,
    field: formatFieldPath(path),
    text: decodeReferences(text),
    at: () => entry.locate(path, "value"),
    products,
  });
  const texts: SpokenText[] = [
    field(["title"], translation.title),
    field(["summary"], translation.summary),
    ...translation.claims.map((claim, index) => field(["claims", index, "text"], claim.text)),
    ...translation.promises.map((promise, index) => field(["promises", index, "may"], promise.may)),
    ...talkTrackOf(entry, "a product sheet").spoken.map((run) => ({
      file: entry.file,
      field: "",
      text: run.text,
      at: (offset: number) => bodyPosition(entry, run.origin(offset)),
      products,
      talkTrack: "a product sheet" as const,
    })),
  ];
  return checkWording(texts, { forbidden: [...policy.forbidden, ...locale.forbidden] });
}
