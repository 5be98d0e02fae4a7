import { describe, expect, it } from "vitest";
import { findOffers, offerDeal } from "../../../src/core/quoting/offers.ts";

const offers = (text: string) =>
  findOffers(text, "EUR").map(({ written, percent, amountOff, months }) => ({
    written,
    ...(percent !== undefined ? { percent } : {}),
    ...(amountOff !== undefined ? { amountOff } : {}),
    ...(months !== undefined ? { months } : {}),
  }));

describe("findOffers", () => {
  it("recognises percent discounts however they are phrased", () => {
    expect(offers("18% off if you sign. A 20% discount. A discount of 12.5 percent.")).toEqual([
      { written: "18% off", percent: 18 },
      { written: "20% discount", percent: 20 },
      { written: "discount of 12.5 percent", percent: 12.5 },
    ]);
  });

  it("recognises an amount off in the policy currency, per unit", () => {
    expect(offers("We take €30 off per seat, or 25 EUR off.")).toEqual([
      { written: "€30 off per seat", amountOff: 30 },
      { written: "25 EUR off", amountOff: 25 },
    ]);
    expect(offers("We take $30 off per seat.")).toEqual([]);
  });

  it("takes the term from the same sentence only", () => {
    expect(offers("18% off on a 24-month contract. For 36 months, nothing.")).toEqual([
      { written: "18% off", percent: 18, months: 24 },
    ]);
  });

  it("leaves percentages that are not offers alone", () => {
    expect(offers("99.9% uptime and 30% faster queries.")).toEqual([]);
  });
});

describe("offerDeal", () => {
  it("is one unit for the named term, or 12 months, at the discount or the price it leaves", () => {
    const [percent, amount] = findOffers("18% off for 24 months. €30 off per seat.", "EUR");

    expect(offerDeal(percent!, 42)).toEqual({ months: 24, quantity: 1, discountPercent: 18 });
    expect(offerDeal(amount!, 42)).toEqual({ months: 12, quantity: 1, targetPrice: 12 });
  });
});
