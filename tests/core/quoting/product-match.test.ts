import { describe, expect, it } from "vitest";
import { matchProduct, type ProductNames } from "../../../src/core/quoting/product-match.ts";

const products: ProductNames[] = [
  ["analytics", "Analytics", "AN-1"],
  ["analytics-pro", "Analytics Pro", "AN-2"],
  // A title that is another product's sku, which no checker rule forbids.
  ["an-legacy", "AN-2", "LEG-1"],
];

describe("matchProduct", () => {
  it("takes the product whose title, sku or slug is typed, as written or in another case", () => {
    expect(matchProduct(products, "Analytics")).toEqual({ slug: "analytics" });
    expect(matchProduct(products, " an-1 ")).toEqual({ slug: "analytics" });
    expect(matchProduct(products, "analytics-pro")).toEqual({ slug: "analytics-pro" });
  });

  it("never takes a product whose name only begins with what was typed", () => {
    expect(matchProduct(products, "Analytics P")).toEqual({ none: true });
    expect(matchProduct(products, "")).toEqual({ none: true });
  });

  it("names both products when what was typed fits two, rather than taking the first", () => {
    expect(matchProduct(products, "AN-2")).toEqual({
      ambiguous: ["Analytics Pro (AN-2)", "AN-2 (LEG-1)"],
    });
  });

  it("prefers the exact spelling over a match in another case", () => {
    const cased: ProductNames[] = [
      ["a", "Edge", "E-1"],
      ["b", "EDGE", "E-2"],
    ];
    expect(matchProduct(cased, "EDGE")).toEqual({ slug: "b" });
    expect(matchProduct(cased, "edge")).toEqual({ ambiguous: ["Edge (E-1)", "EDGE (E-2)"] });
  });
});
