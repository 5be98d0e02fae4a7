import type { Library, SheetEntry } from "../source/library.ts";
import type { Problem } from "../problem.ts";

/**
 * Ladders climb in role order, strictly upwards, and never below the floor price; a sheet's terms
 * run from a minimum to a maximum no smaller, and each term bonus starts within them.
 */
export function checkLadders(library: Library): Problem[] {
  const rank = new Map(library.policy.policy.roles.map((role, index) => [role.id, index]));
  return library.sheets.flatMap((sheet) => [
    ...checkOrder(sheet, rank),
    ...checkFloor(sheet),
    ...checkTerms(sheet),
  ]);
}

function checkTerms(sheet: SheetEntry): Problem[] {
  const { terms } = sheet.product.pricing;
  if (!terms) return [];
  const { minMonths = 1, maxMonths = Infinity } = terms;
  if (minMonths > maxMonths)
    return [
      {
        severity: "error",
        file: sheet.file,
        ...sheet.locate(["pricing", "terms", "maxMonths"], "value"),
        field: "pricing.terms.maxMonths",
        message: `the longest term, ${maxMonths} months, is shorter than the shortest, ${minMonths} months`,
        hint: "minMonths is the shortest contract and maxMonths the longest: swap them, or correct one.",
        rule: "terms-order",
      },
    ];
  return sheet.product.termBonus.flatMap((bonus, index) => {
    if (bonus.minMonths >= minMonths && bonus.minMonths <= maxMonths) return [];
    // Below the shortest term the bonus applies to every deal; above the longest, to none.
    const outside =
      bonus.minMonths > maxMonths
        ? `above the longest term of ${maxMonths} months: no deal can reach it`
        : `below the shortest term of ${minMonths} months: every deal has it`;
    return [
      {
        severity: "error",
        file: sheet.file,
        ...sheet.locate(["termBonus", index, "minMonths"], "value"),
        field: `termBonus[${index}].minMonths`,
        message: `a bonus from ${bonus.minMonths} months is ${outside}`,
        hint:
          bonus.minMonths > maxMonths
            ? "Start the bonus within pricing.terms, or raise maxMonths."
            : "Start the bonus within pricing.terms, or put the points into the discount ladder.",
        rule: "term-bonus-outside-terms",
      },
    ];
  });
}

function checkOrder(sheet: SheetEntry, rank: Map<string, number>): Problem[] {
  const problems: Problem[] = [];
  const rungs = sheet.product.discounts;
  rungs.forEach((rung, index) => {
    const previous = rungs[index - 1];
    if (!previous) return;
    const field = `discounts[${index}]`;
    const where = { severity: "error" as const, file: sheet.file, field };
    const rankNow = rank.get(rung.role);
    const rankBefore = rank.get(previous.role);
    if (rankNow !== undefined && rankBefore !== undefined && rankNow <= rankBefore) {
      problems.push({
        ...where,
        ...sheet.locate(["discounts", index, "role"], "value"),
        field: `${field}.role`,
        message: `"${rung.role}" comes after "${previous.role}" but does not have more authority`,
        hint: "List the rungs from least to most authority, in the order of roles in policy.yaml.",
        rule: "ladder-order",
      });
    }
    if (rung.upTo <= previous.upTo) {
      problems.push({
        ...where,
        ...sheet.locate(["discounts", index, "upTo"], "value"),
        field: `${field}.upTo`,
        message: `${rung.upTo}% is not above the previous rung's ${previous.upTo}%`,
        hint: "Each rung must allow strictly more than the one before it.",
        rule: "ladder-increase",
      });
    }
  });
  return problems;
}

function checkFloor(sheet: SheetEntry): Problem[] {
  const { listPrice, floorPrice } = sheet.product.pricing;
  if (floorPrice === undefined) return [];
  if (floorPrice > listPrice) {
    return [
      {
        severity: "error",
        file: sheet.file,
        ...sheet.locate(["pricing", "floorPrice"], "value"),
        field: "pricing.floorPrice",
        message: `the floor price ${floorPrice} is above the list price ${listPrice}`,
        hint: "The floor is the lowest price any approval may reach: it must be at most the list price.",
        rule: "floor-above-list",
      },
    ];
  }
  const maxExtra = Math.max(0, ...sheet.product.termBonus.map((bonus) => bonus.extra));
  const problems: Problem[] = [];
  sheet.product.discounts.forEach((rung, index) => {
    const lowest = listPrice * (1 - Math.min(100, rung.upTo + maxExtra) / 100);
    if (Math.round(lowest * 100) < Math.round(floorPrice * 100)) {
      const withBonus = maxExtra > 0 ? ` (with the +${maxExtra} point term bonus)` : "";
      problems.push({
        severity: "error",
        file: sheet.file,
        ...sheet.locate(["discounts", index, "upTo"], "value"),
        field: `discounts[${index}].upTo`,
        message: `${rung.role} up to ${rung.upTo}%${withBonus} reaches ${lowest.toFixed(2)}, below the floor price ${floorPrice}`,
        hint: `Lower this rung${withBonus ? " or the term bonus" : ""}, or lower the floor price.`,
        rule: "ladder-below-floor",
      });
    }
  });
  return problems;
}
