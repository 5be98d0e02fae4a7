import type { CheckContext, Library, SheetEntry } from "../library.ts";
import type { Problem } from "../problem.ts";
import { foldPhrase } from "../text/normalize.ts";

/**
 * Data that the site would read one way and its author another is refused: a role or promise topic
 * given twice, two term bonuses for the same term, a bonus that lifts a rung past 100%, and a
 * review date that has not come yet.
 */
export function checkAmbiguity(library: Library, context: CheckContext): Problem[] {
  return [
    ...duplicateRoles(library),
    ...library.sheets.flatMap((sheet) => [
      ...duplicateTopics(sheet),
      ...duplicateTerms(sheet),
      ...rungsAboveAll(sheet),
      ...reviewedInFuture(sheet, context),
    ]),
  ];
}

function duplicateRoles({ policy }: Library): Problem[] {
  const first = new Map<string, number>();
  return policy.policy.roles.flatMap((role, index): Problem[] => {
    const before = first.get(role.id);
    if (before === undefined) {
      first.set(role.id, index);
      return [];
    }
    return [
      {
        severity: "error",
        file: policy.file,
        ...policy.locate(["roles", index, "id"], "value"),
        field: `roles[${index}].id`,
        message: `the role "${role.id}" is also roles[${before}]: its place in the order of authority is ambiguous`,
        hint: "List each role once, in its one place from least to most authority.",
        rule: "duplicate-role",
      },
    ];
  });
}

/** Topics that read the same ("SLA", "sla") are the same boundary, and the same address on the page. */
function duplicateTopics(sheet: SheetEntry): Problem[] {
  const first = new Map<string, number>();
  return sheet.product.promises.flatMap((promise, index): Problem[] => {
    const key = foldPhrase(promise.topic);
    const before = first.get(key);
    if (before === undefined) {
      first.set(key, index);
      return [];
    }
    return [
      {
        severity: "error",
        file: sheet.file,
        ...sheet.locate(["promises", index, "topic"], "value"),
        field: `promises[${index}].topic`,
        message: `the topic "${promise.topic}" is also promises[${before}]: two boundaries for one topic contradict each other`,
        hint: "Merge the two promises into one, or give each its own topic.",
        rule: "duplicate-topic",
      },
    ];
  });
}

function duplicateTerms(sheet: SheetEntry): Problem[] {
  const first = new Map<number, number>();
  return sheet.product.termBonus.flatMap((bonus, index): Problem[] => {
    const before = first.get(bonus.minMonths);
    if (before === undefined) {
      first.set(bonus.minMonths, index);
      return [];
    }
    return [
      {
        severity: "error",
        file: sheet.file,
        ...sheet.locate(["termBonus", index, "minMonths"], "value"),
        field: `termBonus[${index}].minMonths`,
        message: `termBonus[${before}] is also for ${bonus.minMonths} months: which extra applies is ambiguous`,
        hint: "Keep one term bonus per minMonths.",
        rule: "duplicate-term-bonus",
      },
    ];
  });
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
