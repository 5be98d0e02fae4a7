import { describe, expect, it } from "vitest";
import {
  decideDeal,
  effectiveLadder,
  termExtraFor,
  type DealInput,
} from "../../../src/core/quoting/deal.ts";
import type { Product } from "../../../src/core/schema/product.ts";
import { ANALYTICS, libraryOf, MONITORING, sheetOf, validLibrary } from "../fixture-library.ts";

const library = libraryOf(validLibrary());
const policy = library.policy.policy;
/** List price 100, floor 70; rep 10%, manager 20%, director 25%; +5 points from 24 months. */
const analytics = sheetOf(library, ANALYTICS).product;
/** List price 20, no floor, no term bonus; rep 5%, manager 15%. */
const monitoring = sheetOf(library, MONITORING).product;

const deal = (product: Product, input: Partial<DealInput>) =>
  decideDeal(policy, product, { months: 12, quantity: 1, ...input });
const verdictOf = (product: Product, input: Partial<DealInput>) => {
  const { verdict } = deal(product, input);
  return "role" in verdict ? `${verdict.kind} ${verdict.role.id}` : verdict.kind;
};

describe("decideDeal: the ladder", () => {
  it("keeps a discount exactly at the rep's rung within the rep's authority", () => {
    expect(deal(analytics, { discountPercent: 10 })).toEqual({
      verdict: { kind: "within-authority", role: { id: "rep", title: "Account executive" } },
      discountPercent: 10,
      unitPrice: 90,
      periodPrice: 90,
      contractValue: undefined,
      termExtra: 0,
      ladder: [
        { role: "rep", upTo: 10, limit: 10 },
        { role: "manager", upTo: 20, limit: 20 },
        { role: "director", upTo: 25, limit: 25 },
      ],
      reason: "Account executive may approve up to 10%.",
    });
  });

  it.each([
    [0, "within-authority rep"],
    [10.01, "needs-approval manager"],
    [20, "needs-approval manager"],
    [20.5, "needs-approval director"],
    [25, "needs-approval director"],
    [25.01, "above-ladder"],
  ])("sends %s%% to: %s", (discountPercent, verdict) => {
    expect(verdictOf(analytics, { discountPercent })).toBe(verdict);
  });

  it("names the approver and the limit in the reason", () => {
    expect(deal(analytics, { discountPercent: 18 }).reason).toBe(
      "Sales manager may approve up to 20%.",
    );
    expect(deal(analytics, { discountPercent: 26 }).reason).toBe(
      "26% is above the highest rung, Sales director up to 25%: no one may approve it.",
    );
  });

  it("lets the list price through without approval even when there is no ladder", () => {
    const noLadder = { ...monitoring, discounts: [] };

    expect(verdictOf(noLadder, { discountPercent: 0 })).toBe("within-authority rep");
    expect(deal(noLadder, { discountPercent: 1 }).reason).toBe(
      "This product has no discount ladder: no discount may be given.",
    );
  });
});

describe("decideDeal: term bonus", () => {
  it("raises every rung by the bonus from its minimum term on, and not a month before", () => {
    expect(verdictOf(analytics, { discountPercent: 15, months: 23 })).toBe(
      "needs-approval manager",
    );
    expect(verdictOf(analytics, { discountPercent: 15, months: 24 })).toBe("within-authority rep");
    expect(deal(analytics, { discountPercent: 15, months: 24 }).reason).toBe(
      "Account executive may approve up to 15% (including +5 points for a 24-month term).",
    );
  });

  it("reports the bonus and the raised ladder", () => {
    const decision = deal(analytics, { discountPercent: 30, months: 36 });

    expect(decision.termExtra).toBe(5);
    expect(decision.ladder.map(({ limit }) => limit)).toEqual([15, 25, 30]);
    expect(decision.verdict).toMatchObject({ kind: "needs-approval", role: { id: "director" } });
  });

  it("picks the largest bonus the term reaches", () => {
    const bonuses = {
      termBonus: [
        { minMonths: 36, extra: 8 },
        { minMonths: 12, extra: 2 },
        { minMonths: 24, extra: 5 },
      ],
    };

    expect([11, 12, 24, 35, 36, 60].map((months) => termExtraFor(bonuses, months))).toEqual([
      0, 2, 5, 5, 8, 8,
    ]);
  });

  it("never raises a rung beyond 100%", () => {
    const product = {
      discounts: [{ role: "rep", upTo: 98 }],
      termBonus: [{ minMonths: 1, extra: 5 }],
    };

    expect(effectiveLadder(product, 12)).toEqual([{ role: "rep", upTo: 98, limit: 100 }]);
  });
});

describe("decideDeal: floor price", () => {
  it("accepts a price exactly at the floor", () => {
    expect(deal(analytics, { discountPercent: 30, months: 24 })).toMatchObject({
      verdict: { kind: "needs-approval", role: { id: "director" } },
      unitPrice: 70,
    });
  });

  it("refuses a price one cent below the floor, whoever would approve the discount", () => {
    expect(deal(analytics, { discountPercent: 30.01, months: 24 })).toMatchObject({
      verdict: { kind: "below-floor", floorPrice: 70 },
      unitPrice: 69.99,
      reason:
        "30.01% off makes the unit price €69.99, which is below the floor price of €70.00: no one may approve it.",
    });
  });
});

describe("decideDeal: target price", () => {
  it("turns a target unit price into the discount it means", () => {
    expect(deal(analytics, { targetPrice: 80 })).toMatchObject({
      discountPercent: 20,
      unitPrice: 80,
      verdict: { kind: "needs-approval", role: { id: "manager" } },
    });
  });

  it("puts a target price that is exactly a rung's price on that rung, despite floating point", () => {
    const product = { ...monitoring, pricing: { listPrice: 42, unit: "seat" } };

    expect(deal(product, { targetPrice: 39.9 })).toMatchObject({
      discountPercent: 5,
      verdict: { kind: "within-authority" },
    });
    expect(deal(product, { targetPrice: 35.7 })).toMatchObject({
      discountPercent: 15,
      verdict: { kind: "needs-approval" },
    });
  });

  it("prices in cents: 18% off 42.00 is 34.44, and 7 of them cost 241.08 a period", () => {
    const product = { ...monitoring, pricing: { listPrice: 42, unit: "seat" } };

    expect(deal(product, { discountPercent: 18, quantity: 7 })).toMatchObject({
      unitPrice: 34.44,
      periodPrice: 241.08,
    });
  });

  it("says a target price a cent below the floor, as typed, with the currency", () => {
    expect(deal(analytics, { targetPrice: 69.99, months: 60 }).reason).toBe(
      "A target price of €69.99 is below the floor price of €70.00: no one may approve it.",
    );
  });

  it("refuses a target price below the floor", () => {
    expect(verdictOf(analytics, { targetPrice: 69.99, months: 60 })).toBe("below-floor");
  });

  it("sells at the list price when the target is the list price", () => {
    expect(deal(analytics, { targetPrice: 100 })).toMatchObject({
      discountPercent: 0,
      verdict: { kind: "within-authority" },
    });
  });
});

describe("decideDeal: invalid input", () => {
  it.each([
    [{ discountPercent: undefined }, "Enter a discount or a target price."],
    [{ discountPercent: Number.NaN }, "Enter a discount or a target price."],
    [
      { targetPrice: 101 },
      "The target price of €101.00 is above the list price of €100.00: no discount is needed.",
    ],
    [
      { discountPercent: -5 },
      "A discount cannot be negative: -5% would raise the price above the list price of €100.00.",
    ],
    [{ discountPercent: 100.5 }, "A discount cannot exceed 100%: 100.5% was entered."],
    [
      { discountPercent: 10, months: 0 },
      "The term must be a whole number of months, at least 1: 0 was entered.",
    ],
    [
      { discountPercent: 10, months: 1.5 },
      "The term must be a whole number of months, at least 1: 1.5 was entered.",
    ],
    [
      { discountPercent: 10, months: Number.NaN },
      "The term must be a whole number of months, at least 1.",
    ],
    [
      { discountPercent: 10, quantity: 0 },
      "The quantity must be a whole number, at least 1: 0 was entered.",
    ],
    [
      { discountPercent: 10, quantity: 2.5 },
      "The quantity must be a whole number, at least 1: 2.5 was entered.",
    ],
    [{ targetPrice: -5 }, "A target unit price cannot be negative: -€5.00 was entered."],
    [{ targetPrice: Number.NaN }, "Enter a target unit price."],
  ])("refuses %j: %s", (input, message) => {
    expect(deal(analytics, input)).toMatchObject({
      verdict: { kind: "invalid", message },
      reason: message,
    });
  });
});

describe("decideDeal: the sheet's contract terms", () => {
  const soldOn = (terms: NonNullable<Product["pricing"]["terms"]>): Product => ({
    ...analytics,
    pricing: { ...analytics.pricing, terms },
  });

  it.each([
    [
      { minMonths: 12, maxMonths: 36 },
      48,
      "48 months is outside the 12–36 month terms of Analytics.",
    ],
    [
      { minMonths: 12, maxMonths: 36 },
      6,
      "6 months is outside the 12–36 month terms of Analytics.",
    ],
    [{ minMonths: 12 }, 1, "1 month is shorter than the 12-month minimum term of Analytics."],
    [{ maxMonths: 24 }, 36, "36 months is longer than the 24-month maximum term of Analytics."],
  ])("refuses terms %j for %i months: %s", (terms, months, message) => {
    expect(deal(soldOn(terms), { discountPercent: 5, months })).toMatchObject({
      verdict: { kind: "invalid", message },
    });
  });

  it("judges a term at either limit on the ladder", () => {
    const product = soldOn({ minMonths: 12, maxMonths: 36 });
    expect(verdictOf(product, { discountPercent: 5, months: 12 })).toBe("within-authority rep");
    expect(verdictOf(product, { discountPercent: 5, months: 36 })).toBe("within-authority rep");
  });
});

describe("decideDeal: what the deal is worth", () => {
  const perMonth = (per: Product["pricing"]["per"]) => ({
    ...analytics,
    pricing: { ...analytics.pricing, listPrice: 261, per },
  });

  it("gives the unit price, the price per period and the contract value over the term", () => {
    // 13.33…% off 261 is 226.20 a month; 24 months of it is 5,428.80, not "226.20 in total".
    expect(deal(perMonth("month"), { targetPrice: 226.2, months: 24 })).toMatchObject({
      unitPrice: 226.2,
      periodPrice: 226.2,
      contractValue: 5428.8,
    });
  });

  it("counts a yearly price once per year of the term and a one-time price once", () => {
    expect(
      deal(perMonth("year"), { discountPercent: 0, months: 36, quantity: 2 }).contractValue,
    ).toBe(1566);
    expect(
      deal(perMonth("one-time"), { discountPercent: 0, months: 36, quantity: 2 }).contractValue,
    ).toBe(522);
  });

  it("has no contract value when the sheet does not say what period its price is for", () => {
    expect(deal(analytics, { discountPercent: 0, months: 24 }).contractValue).toBeUndefined();
  });

  it("writes every amount of a 100% discount with its currency", () => {
    expect(deal(analytics, { discountPercent: 100 }).reason).toBe(
      "100% off makes the unit price €0.00, which is below the floor price of €70.00: no one may approve it.",
    );
  });
});
