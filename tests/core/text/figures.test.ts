import { describe, expect, it } from "vitest";
import { findPercentages, unstatedPercentages } from "../../../src/core/text/figures.ts";

const values = (text: string) =>
  findPercentages(text).map(({ value, written }) => [value, written]);

describe("findPercentages", () => {
  it("reads the ways a percentage is written", () => {
    expect(values("99.9% and 99,9 % and 20 percent and 5 per cent")).toEqual([
      [99.9, "99.9%"],
      [99.9, "99,9 %"],
      [20, "20 percent"],
      [5, "5 per cent"],
    ]);
  });

  it("gives the offsets of what was written", () => {
    expect(findPercentages("Up 15%.")).toEqual([{ start: 3, end: 6, value: 15, written: "15%" }]);
  });

  it("ignores numbers without a percent sign and words that only start with percent", () => {
    expect(values("12 regions, 30-day trial, 4 percentage points")).toEqual([]);
  });

  it("does not read the tail of a longer number as a percentage", () => {
    expect(values("version 1.2.3% and 1234%")).toEqual([]);
  });
});

describe("unstatedPercentages", () => {
  it("returns the percentages no approved statement states, comparing values", () => {
    const claims = ["Uptime was 99.9% in 2025.", "Churn fell by 5 percent."];

    expect(
      unstatedPercentages("99,9 % uptime, 5% churn, 99.99% soon", claims).map(
        ({ written }) => written,
      ),
    ).toEqual(["99.99%"]);
  });

  it("treats every percentage as unstated when there are no claims", () => {
    expect(unstatedPercentages("0% risk", []).map(({ value }) => value)).toEqual([0]);
  });
});
