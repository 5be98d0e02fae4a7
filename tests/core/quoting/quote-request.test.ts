import { describe, expect, it } from "vitest";
import { parseQuoteSearch } from "../../../src/core/quoting/quote-address.ts";
import { readQuote, type SheetLookup } from "../../../src/core/quoting/quote-request.ts";
import { ANALYTICS, libraryOf, sheetOf, validLibrary } from "../fixture-library.ts";

const analytics = sheetOf(libraryOf(validLibrary()), ANALYTICS).product;
/** The library has "analytics"; "loading" has not arrived yet; anything else is unknown. */
const sheets: SheetLookup = (slug) =>
  slug === "analytics" ? analytics : slug === "loading" ? undefined : null;
const read = (search: string) => readQuote(parseQuoteSearch(search), sheets, ["Analytics"]);

describe("readQuote", () => {
  it("reads numbers as typed, with a comma or a percent sign", () => {
    const [line] = read("?months=24&product=analytics&quantity=3&discount=12,5%25").lines;

    expect(line?.line).toMatchObject({ quantity: 3, discountPercent: 12.5 });
    expect(read("?months=24").months).toBe(24);
  });

  it.each([
    [
      "?product=analytics&discount=abc",
      'The discount "abc" is not a number: enter a percentage, such as 12.5.',
    ],
    [
      "?product=analytics&price=ten",
      'The target unit price "ten" is not a number: enter an amount, such as 24.50.',
    ],
    [
      "?product=analytics&quantity=two&discount=5",
      'The quantity "two" is not a number: enter a whole number, at least 1.',
    ],
    [
      "?months=a+year&product=analytics&discount=5",
      'The term "a year" is not a number of months: enter a whole number, at least 1.',
    ],
    ["?product=anlytics", 'No product "anlytics" in this library. Did you mean Analytics?'],
    ["?product=zzz", 'No product "zzz" in this library.'],
    ["?product=loading", "Loading the product…"],
    ["?quantity2=4&product=analytics", "Choose a product."],
  ])("marks the line of %s: %s", (search, problem) => {
    const lines = read(search).lines;

    expect(lines.at(-1)).toMatchObject({ problem });
    expect(lines.at(-1)?.line).toBeUndefined();
  });

  it("will not quote a withdrawn sheet, and says why", () => {
    const withdrawn = { ...analytics, withdrawn: { on: "2026-12-07", reason: "No longer sold." } };
    const [line] = readQuote(
      parseQuoteSearch("?product=analytics&discount=5"),
      () => withdrawn,
    ).lines;

    expect(line).toMatchObject({
      problem: "Analytics was withdrawn on 2026-12-07: No longer sold. It may not be quoted.",
    });
    expect(line?.line).toBeUndefined();
  });

  it("keeps a line the address gave twice, decided, with what was wrong", () => {
    const [line] = read("?product=analytics&product=other&discount=5").lines;

    expect(line?.line?.discountPercent).toBe(5);
    expect(line?.notes).toEqual([
      'The address gives this line 2 products ("analytics", "other"): the first is used.',
    ]);
  });
});
