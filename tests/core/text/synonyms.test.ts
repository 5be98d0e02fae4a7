import { describe, expect, it } from "vitest";
import { alternativesOf, sayings, variantsOf } from "../../../src/core/text/synonyms.ts";

const SYNONYMS = [
  ["uptime", "availability", "SLA"],
  ["zero downtime", "never be down"],
];

describe("synonyms", () => {
  it("gives a word its group, itself first, whatever its case", () => {
    expect(alternativesOf("Availability", SYNONYMS)).toEqual(["availability", "uptime", "sla"]);
    expect(alternativesOf("refund", SYNONYMS)).toEqual(["refund"]);
  });

  it("says a ruled-out phrase with every other word or phrase of its group", () => {
    expect(variantsOf("zero downtime", SYNONYMS)).toEqual(["never be down"]);
    expect(variantsOf("99.99% uptime", SYNONYMS)).toEqual(["99.99% availability", "99.99% SLA"]);
  });

  it("swaps whole words only", () => {
    expect(variantsOf("uptimes dashboard", SYNONYMS)).toEqual([]);
  });

  it("searches the words as typed first, then with each synonym", () => {
    expect(sayings(["uptime", "edge", "shield"], SYNONYMS)).toEqual([
      ["uptime", "edge", "shield"],
      ["availability", "edge", "shield"],
      ["sla", "edge", "shield"],
    ]);
  });
});
