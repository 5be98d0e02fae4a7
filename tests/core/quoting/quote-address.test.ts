import { describe, expect, it } from "vitest";
import {
  parseQuoteSearch,
  quoteSearch,
  type QuoteRequest,
} from "../../../src/core/quoting/quote-address.ts";

describe("quote addresses", () => {
  it("writes a quote into the address and reads the same quote back", () => {
    const quote: QuoteRequest = {
      months: "24",
      lines: [
        { slug: "edge-shield", quantity: "3", mode: "percent", amount: "12" },
        { slug: "log-vault", quantity: "500", mode: "price", amount: "0.4" },
      ],
    };
    const search = quoteSearch(quote);

    expect(search).toBe(
      "?months=24&product=edge-shield&quantity=3&discount=12&product2=log-vault&quantity2=500&price2=0.4",
    );
    expect(parseQuoteSearch(search)).toEqual(quote);
  });

  it("reads a one-product link as a quote of one line", () => {
    expect(parseQuoteSearch("?product=edge-shield")).toEqual({
      months: "",
      lines: [{ slug: "edge-shield", quantity: "", mode: "percent", amount: "" }],
    });
  });

  it("reads no lines from an address without a product", () => {
    expect(parseQuoteSearch("")).toEqual({ months: "", lines: [] });
  });
});

describe("quote addresses edited by hand", () => {
  it("keeps the customer, opportunity and justification with the quote", () => {
    const quote: QuoteRequest = {
      months: "12",
      lines: [{ slug: "edge-shield", quantity: "1", mode: "percent", amount: "5" }],
      context: {
        customer: "Acme GmbH",
        opportunity: "https://crm.example/opp/42",
        justification: "Competing offer",
      },
    };
    const search = quoteSearch(quote);

    expect(search).toContain(
      "&customer=Acme+GmbH&opportunity=https%3A%2F%2Fcrm.example%2Fopp%2F42",
    );
    expect(parseQuoteSearch(search)).toEqual(quote);
  });

  it("reads a line after a gap instead of stopping at it", () => {
    const lines = parseQuoteSearch("?product=a&product3=c&discount3=4").lines;

    expect(lines.map((line) => [line.slug, line.amount])).toEqual([
      ["a", ""],
      ["c", "4"],
    ]);
  });

  it("marks a line whose key is given twice, keeping the first value", () => {
    const [line] = parseQuoteSearch("?product=a&product=b&discount=abc").lines;

    expect(line).toEqual({
      slug: "a",
      quantity: "",
      mode: "percent",
      amount: "abc",
      problems: ['The address gives this line 2 products ("a", "b"): the first is used.'],
    });
  });

  it("marks a line given both a discount and a target price", () => {
    const [line] = parseQuoteSearch("?product=a&discount=5&price=10").lines;

    expect(line?.mode).toBe("price");
    expect(line?.problems).toEqual([
      'The address gives this line both a discount ("5") and a target price ("10"): the target price is used.',
    ]);
  });
});
