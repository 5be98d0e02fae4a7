import { describe, expect, it } from "vitest";
import { offerProduct, type Mention } from "../../../src/core/draft-checker/offer-product.ts";

const PRODUCTS = ["Alpha", "Beta", "Gamma"];

/** The product an offer ("N% off", the first unless `which` says) is judged for, by title. */
function judgedFor(text: string, chosen?: string, which = 0) {
  const mentions: Mention[] = [];
  PRODUCTS.forEach((title, product) => {
    for (const match of text.matchAll(new RegExp(title, "g")))
      mentions.push({ start: match.index, end: match.index + title.length, product });
  });
  mentions.sort((a, b) => a.start - b.start);
  const offer = [...text.matchAll(/\d+% off/g)][which]!;
  const found = offerProduct(
    text,
    { start: offer.index, end: offer.index + offer[0].length },
    mentions,
    chosen === undefined ? undefined : PRODUCTS.indexOf(chosen),
  );
  return found && { product: PRODUCTS[found.product], assumed: found.assumed };
}

describe("the product an offer is judged for", () => {
  it("is none in a draft naming no product, with none chosen", () => {
    expect(judgedFor("We can do 20% off.")).toBeUndefined();
  });

  it("is the chosen product in a draft naming none", () => {
    expect(judgedFor("We can do 20% off.", "Beta")).toEqual({ product: "Beta", assumed: false });
  });

  it("is the one product a draft names, before or after the offer", () => {
    expect(judgedFor("Alpha at 20% off.")).toEqual({ product: "Alpha", assumed: false });
    expect(judgedFor("20% off. Alpha is yours.")).toEqual({ product: "Alpha", assumed: false });
  });

  it("is the nearest product named before it in the same sentence", () => {
    const text = "Alpha, Beta and Gamma: Gamma at 20% off, Alpha at 5% off.";
    expect(judgedFor(text)).toEqual({ product: "Gamma", assumed: false });
    expect(judgedFor(text, undefined, 1)).toEqual({ product: "Alpha", assumed: false });
  });

  it("prefers the product named in its sentence to the chosen one", () => {
    expect(judgedFor("For Beta, 20% off.", "Alpha")).toEqual({ product: "Beta", assumed: false });
  });

  it("is the nearest product before it in the paragraph when its sentence names none", () => {
    const text = "Gamma fits.\n\nAlpha is next. Beta too. We can do 20% off. Gamma later.";
    expect(judgedFor(text)).toEqual({ product: "Beta", assumed: false });
  });

  it("is never a product from an earlier paragraph over the chosen one", () => {
    expect(judgedFor("Gamma fits.\n\nWe can do 20% off.", "Alpha")).toEqual({
      product: "Alpha",
      assumed: false,
    });
  });

  it("is assumed to be the first product named when three are named only after it", () => {
    expect(judgedFor("20% off.\n\nBeta, Gamma and Alpha all fit.")).toEqual({
      product: "Beta",
      assumed: true,
    });
  });

  it("does not take a product named after it in its own sentence over one before", () => {
    expect(judgedFor("Alpha: 20% off, unlike Gamma.")).toEqual({
      product: "Alpha",
      assumed: false,
    });
  });
});
