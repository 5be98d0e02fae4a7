import { describe, expect, it } from "vitest";
import { parseQuoteSearch, quoteSearch, type QuoteRequest } from "../../src/core/quote-address.ts";

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
