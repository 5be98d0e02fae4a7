import type { CheckContext, Library, SheetEntry } from "../source/library.ts";
import { formatFieldPath, type Problem } from "../problem.ts";
import { foldPhrase } from "../text/normalize.ts";
import { repeats } from "./repeats.ts";

/**
 * Data that the site would read one way and its author another is refused: a role or promise topic
 * given twice, two term bonuses for the same term, a bonus that lifts a rung past 100%, a review
 * date that has not come yet, a claim or promise marked for more than its sheet, and a phrase rule
 * that can never match.
 */
export function checkAmbiguity(library: Library, context: CheckContext): Problem[] {
  return [
    ...duplicateRoles(library),
    ...unfindablePhrases(library),
    ...library.sheets.flatMap((sheet) => [
      ...duplicateTopics(sheet),
      ...widerThanSheet(sheet),
      ...duplicateTerms(sheet),
      ...rungsAboveAll(sheet),
      ...reviewedInFuture(sheet, context),
    ]),
  ];
}

function duplicateRoles({ policy }: Library): Problem[] {
  return repeats(policy.policy.roles, (role) => role.id).map(({ item: role, index, first }) => ({
    severity: "error",
    file: policy.file,
    ...policy.locate(["roles", index, "id"], "value"),
    field: `roles[${index}].id`,
    message: `the role "${role.id}" is also roles[${first}]: its place in the order of authority is ambiguous`,
    hint: "List each role once, in its one place from least to most authority.",
    rule: "duplicate-role",
  }));
}

/** Topics that read the same ("SLA", "sla") are the same boundary, and the same address on the page. */
function duplicateTopics(sheet: SheetEntry): Problem[] {
  return repeats(sheet.product.promises, (promise) => foldPhrase(promise.topic)).map(
    ({ item: promise, index, first }) => ({
      severity: "error",
      file: sheet.file,
      ...sheet.locate(["promises", index, "topic"], "value"),
      field: `promises[${index}].topic`,
      message: `the topic "${promise.topic}" is also promises[${first}]: two boundaries for one topic contradict each other`,
      hint: "Merge the two promises into one, or give each its own topic.",
      rule: "duplicate-topic",
    }),
  );
}

function duplicateTerms(sheet: SheetEntry): Problem[] {
  return repeats(sheet.product.termBonus, (bonus) => bonus.minMonths).map(
    ({ item: bonus, index, first }) => ({
      severity: "error",
      file: sheet.file,
      ...sheet.locate(["termBonus", index, "minMonths"], "value"),
      field: `termBonus[${index}].minMonths`,
      message: `termBonus[${first}] is also for ${bonus.minMonths} months: which extra applies is ambiguous`,
      hint: "Keep one term bonus per minMonths.",
      rule: "duplicate-term-bonus",
    }),
  );
}

/**
 * A claim or promise marked for an audience its sheet is not published to reads as if that
 * audience saw it; the sheet decides, so the wider mark is refused rather than silently narrowed.
 */
function widerThanSheet(sheet: SheetEntry): Problem[] {
  const { product } = sheet;
  const items = [
    ...product.claims.map((claim, index) => ({ key: "claims", index, audience: claim.audience })),
    ...product.promises.map((promise, index) => ({
      key: "promises",
      index,
      audience: promise.audience,
    })),
  ];
  return items.flatMap(({ key, index, audience }): Problem[] => {
    const beyond = (audience ?? []).filter((reader) => !product.audience.includes(reader));
    if (beyond.length === 0) return [];
    return [
      {
        severity: "error",
        file: sheet.file,
        ...sheet.locate([key, index, "audience"], "value"),
        field: `${key}[${index}].audience`,
        message: `names ${beyond.join(" and ")}, but the sheet is published to ${product.audience.join(" and ")} only`,
        hint: `Remove ${beyond.join(" and ")} here, or add it to the sheet's audience if the whole sheet is for them.`,
        rule: "audience-wider-than-sheet",
      },
    ];
  });
}

/**
 * A phrase with no letter or digit (only emoji or punctuation) is never found in any text: the
 * rule would look enforced and enforce nothing.
 */
function unfindablePhrases({ policy, sheets }: Library): Problem[] {
  const refuse = (
    entry: { file: string; locate: SheetEntry["locate"] },
    path: (string | number)[],
    phrase: string,
  ): Problem[] =>
    foldPhrase(phrase) !== ""
      ? []
      : [
          {
            severity: "error",
            file: entry.file,
            ...entry.locate(path, "value"),
            field: formatFieldPath(path),
            message: `"${phrase}" has no letter or digit: no text can ever be found to hold it`,
            hint: "Write the words the phrase is made of; a rule on emoji or punctuation alone cannot be checked.",
            rule: "unfindable-phrase",
          },
        ];
  return [
    ...policy.policy.forbidden.flatMap((rule, index) =>
      refuse(policy, ["forbidden", index, "phrase"], rule.phrase),
    ),
    ...sheets.flatMap((sheet) => [
      ...sheet.product.forbidden.flatMap((rule, index) =>
        refuse(sheet, ["forbidden", index, "phrase"], rule.phrase),
      ),
      ...sheet.product.promises.flatMap((promise, index) =>
        promise.mayNot.flatMap((phrase, at) =>
          refuse(sheet, ["promises", index, "mayNot", at], phrase),
        ),
      ),
    ]),
  ];
}

/** Past 100% a rung would approve any price down to nothing; without a floor, nothing stops it. */
function rungsAboveAll(sheet: SheetEntry): Problem[] {
  const { discounts, termBonus } = sheet.product;
  const top = discounts.reduce<(typeof discounts)[number] | undefined>(
    (highest, rung) => (highest === undefined || rung.upTo > highest.upTo ? rung : highest),
    undefined,
  );
  if (!top) return [];
  return termBonus.flatMap((bonus, index): Problem[] =>
    top.upTo + bonus.extra > 100
      ? [
          {
            severity: "error",
            file: sheet.file,
            ...sheet.locate(["termBonus", index, "extra"], "value"),
            field: `termBonus[${index}].extra`,
            message: `from ${bonus.minMonths} months, ${top.role}'s ${top.upTo}% rises to ${top.upTo + bonus.extra}%, more than the whole price`,
            hint: `Lower the extra to at most ${100 - top.upTo} points, or lower the rung.`,
            rule: "term-bonus-above-100",
          },
        ]
      : [],
  );
}

/** A review dated after today would keep the stale warning off until then. */
function reviewedInFuture(sheet: SheetEntry, { asOf }: CheckContext): Problem[] {
  if (sheet.product.lastReviewed <= asOf) return [];
  return [
    {
      severity: "error",
      file: sheet.file,
      ...sheet.locate(["lastReviewed"], "value"),
      field: "lastReviewed",
      message: `lastReviewed ${sheet.product.lastReviewed} is after today (${asOf})`,
      hint: "Write the date the sheet was actually reviewed, today at the latest.",
      rule: "review-in-future",
    },
  ];
}
