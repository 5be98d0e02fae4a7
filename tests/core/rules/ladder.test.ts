import { describe, expect, it } from "vitest";
import { checkLadders } from "../../../src/core/rules/ladder.ts";
import { ANALYTICS, check, edit, libraryOf, MONITORING, validLibrary } from "../fixture-library.ts";
import type { SourceFile } from "../../../src/core/source/file.ts";

const base = validLibrary();

/** Monitoring (list price 20, no term bonus) with its two rungs and pricing replaced. */
function monitoring(rungs: string, pricing = "  listPrice: 20\n"): SourceFile[] {
  const withRungs = edit(
    base,
    MONITORING,
    "  - { role: rep, upTo: 5 }\n  - { role: manager, upTo: 15 }\n",
    rungs,
  );
  return edit(withRungs, MONITORING, "  listPrice: 20\n", pricing);
}

describe("checkLadders: order", () => {
  it("accepts rungs that follow the role order and climb", () => {
    expect(checkLadders(libraryOf(base))).toEqual([]);
  });

  it("accepts a ladder that skips a role", () => {
    expect(
      checkLadders(
        libraryOf(monitoring("  - { role: rep, upTo: 5 }\n  - { role: director, upTo: 15 }\n")),
      ),
    ).toEqual([]);
  });

  it("reports a rung whose role has less authority than the one before, at its role", () => {
    const files = monitoring("  - { role: manager, upTo: 5 }\n  - { role: rep, upTo: 15 }\n");

    expect(checkLadders(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: MONITORING,
        line: 18,
        column: 13,
        field: "discounts[1].role",
        message: '"rep" comes after "manager" but does not have more authority',
        hint: "List the rungs from least to most authority, in the order of roles in policy.yaml.",
        rule: "ladder-order",
      },
    ]);
  });

  it("reports the same role twice", () => {
    expect(
      checkLadders(
        libraryOf(monitoring("  - { role: rep, upTo: 5 }\n  - { role: rep, upTo: 15 }\n")),
      ),
    ).toMatchObject([{ line: 18, column: 13, field: "discounts[1].role", rule: "ladder-order" }]);
  });

  it("leaves an unknown role to the reference rule instead of guessing its rank", () => {
    expect(
      checkLadders(
        libraryOf(monitoring("  - { role: rep, upTo: 5 }\n  - { role: vp, upTo: 15 }\n")),
      ),
    ).toEqual([]);
  });
});

describe("checkLadders: strictly increasing", () => {
  it.each([
    [
      "  - { role: rep, upTo: 15 }\n  - { role: manager, upTo: 15 }\n",
      "15% is not above the previous rung's 15%",
    ],
    [
      "  - { role: rep, upTo: 5 }\n  - { role: manager, upTo: 4 }\n",
      "4% is not above the previous rung's 5%",
    ],
  ])("reports a rung that does not climb, at its upTo: %j", (rungs, message) => {
    expect(checkLadders(libraryOf(monitoring(rungs)))).toEqual([
      {
        severity: "error",
        file: MONITORING,
        line: 18,
        column: 28,
        field: "discounts[1].upTo",
        message,
        hint: "Each rung must allow strictly more than the one before it.",
        rule: "ladder-increase",
      },
    ]);
  });

  it("reports order and increase together when a rung is wrong both ways", () => {
    expect(
      checkLadders(
        libraryOf(monitoring("  - { role: manager, upTo: 15 }\n  - { role: rep, upTo: 5 }\n")),
      ),
    ).toMatchObject([
      { field: "discounts[1].role", rule: "ladder-order" },
      { field: "discounts[1].upTo", rule: "ladder-increase" },
    ]);
  });
});

describe("checkLadders: floor price", () => {
  it("accepts a floor equal to the list price when there is no discount", () => {
    const files = monitoring("  - { role: rep, upTo: 0 }\n", "  listPrice: 20\n  floorPrice: 20\n");

    expect(checkLadders(libraryOf(files))).toEqual([]);
  });

  it("reports a floor above the list price at the floor", () => {
    const files = edit(base, ANALYTICS, "floorPrice: 70", "floorPrice: 100.01");

    expect(checkLadders(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: ANALYTICS,
        line: 12,
        column: 15,
        field: "pricing.floorPrice",
        message: "the floor price 100.01 is above the list price 100",
        hint: "The floor is the lowest price any approval may reach: it must be at most the list price.",
        rule: "floor-above-list",
      },
    ]);
  });

  it("accepts a top rung that reaches the floor exactly (20 at 15% is 17)", () => {
    expect(
      checkLadders(
        libraryOf(
          monitoring(
            "  - { role: rep, upTo: 5 }\n  - { role: manager, upTo: 15 }\n",
            "  listPrice: 20\n  floorPrice: 17\n",
          ),
        ),
      ),
    ).toEqual([]);
  });

  it("reports a rung that goes one cent below the floor", () => {
    const files = monitoring(
      "  - { role: rep, upTo: 5 }\n  - { role: manager, upTo: 15 }\n",
      "  listPrice: 20\n  floorPrice: 17.01\n",
    );

    expect(checkLadders(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: MONITORING,
        line: 19,
        column: 28,
        field: "discounts[1].upTo",
        message: "manager up to 15% reaches 17.00, below the floor price 17.01",
        hint: "Lower this rung, or lower the floor price.",
        rule: "ladder-below-floor",
      },
    ]);
  });

  it("counts the term bonus: 25% plus 5 points reaches the floor of 70 exactly", () => {
    expect(checkLadders(libraryOf(base))).toEqual([]);
  });

  it("reports a rung that only the term bonus takes below the floor", () => {
    const files = edit(
      base,
      ANALYTICS,
      "{ minMonths: 24, extra: 5 }",
      "{ minMonths: 24, extra: 6 }",
    );

    expect(checkLadders(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: ANALYTICS,
        line: 29,
        column: 29,
        field: "discounts[2].upTo",
        message:
          "director up to 25% (with the +6 point term bonus) reaches 69.00, below the floor price 70",
        hint: "Lower this rung or the term bonus, or lower the floor price.",
        rule: "ladder-below-floor",
      },
    ]);
  });

  it("uses the largest term bonus when there are several", () => {
    const files = edit(
      base,
      ANALYTICS,
      "  - { minMonths: 24, extra: 5 }\n",
      "  - { minMonths: 24, extra: 2 }\n  - { minMonths: 36, extra: 11 }\n",
    );

    expect(
      checkLadders(libraryOf(files)).map(({ field, message }) => ({ field, message })),
    ).toEqual([
      {
        field: "discounts[1].upTo",
        message:
          "manager up to 20% (with the +11 point term bonus) reaches 69.00, below the floor price 70",
      },
      {
        field: "discounts[2].upTo",
        message:
          "director up to 25% (with the +11 point term bonus) reaches 64.00, below the floor price 70",
      },
    ]);
  });

  it("never lets a bonus take a rung beyond 100%", () => {
    const files = monitoring(
      "  - { role: rep, upTo: 98 }\n",
      "  listPrice: 20\n  floorPrice: 0.01\n",
    );
    const withBonus = edit(
      files,
      MONITORING,
      "promises:\n",
      "termBonus:\n  - { minMonths: 12, extra: 10 }\npromises:\n",
    );

    expect(checkLadders(libraryOf(withBonus))).toMatchObject([
      {
        field: "discounts[0].upTo",
        message:
          "rep up to 98% (with the +10 point term bonus) reaches 0.00, below the floor price 0.01",
      },
    ]);
  });

  it("has nothing to check without a floor", () => {
    expect(checkLadders(libraryOf(monitoring("  - { role: rep, upTo: 100 }\n")))).toEqual([]);
  });
});

describe("checkLadders: contract terms", () => {
  /** Analytics (a +5 point bonus from 24 months) sold on `terms`. */
  const withTerms = (terms: string) =>
    edit(base, ANALYTICS, "  floorPrice: 70\n", `  floorPrice: 70\n  terms: ${terms}\n`);

  it("accepts terms that hold every bonus", () => {
    expect(checkLadders(libraryOf(withTerms("{ minMonths: 12, maxMonths: 36 }")))).toEqual([]);
    expect(checkLadders(libraryOf(withTerms("{ maxMonths: 24 }")))).toEqual([]);
  });

  it("reports a longest term shorter than the shortest, at the longest", () => {
    expect(checkLadders(libraryOf(withTerms("{ minMonths: 36, maxMonths: 12 }")))).toEqual([
      {
        severity: "error",
        file: ANALYTICS,
        line: 13,
        column: 38,
        field: "pricing.terms.maxMonths",
        message: "the longest term, 12 months, is shorter than the shortest, 36 months",
        hint: "minMonths is the shortest contract and maxMonths the longest: swap them, or correct one.",
        rule: "terms-order",
      },
    ]);
  });

  it("reports a bonus no deal within the terms can reach, or every deal has", () => {
    expect(checkLadders(libraryOf(withTerms("{ maxMonths: 12 }")))).toMatchObject([
      {
        field: "termBonus[0].minMonths",
        message:
          "a bonus from 24 months is above the longest term of 12 months: no deal can reach it",
        rule: "term-bonus-outside-terms",
      },
    ]);
    expect(checkLadders(libraryOf(withTerms("{ minMonths: 36 }")))).toMatchObject([
      {
        field: "termBonus[0].minMonths",
        message:
          "a bonus from 24 months is below the shortest term of 36 months: every deal has it",
        rule: "term-bonus-outside-terms",
      },
    ]);
  });

  it("refuses terms that are not whole months, or name no limit", () => {
    const problems = (terms: string) =>
      check(withTerms(terms)).problems.map(({ field, message }) => ({ field, message }));
    expect(problems("{ minMonths: 12.5 }")).toContainEqual({
      field: "pricing.terms.minMonths",
      message: "must be a whole number of months",
    });
    expect(problems("{ maxMonths: 0 }")).toContainEqual({
      field: "pricing.terms.maxMonths",
      message: "must be more than 0 months",
    });
    expect(problems("{}")).toContainEqual({
      field: "pricing.terms",
      message: "must give minMonths, maxMonths or both",
    });
  });
});
