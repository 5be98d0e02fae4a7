import { describe, expect, it } from "vitest";
import { decideQuote, type QuoteLine } from "../../../src/core/quoting/quote.ts";
import { ANALYTICS, libraryOf, MONITORING, sheetOf, validLibrary } from "../fixture-library.ts";

const library = libraryOf(validLibrary());
const policy = library.policy.policy;
/** List price 100 a month, floor 70; rep 10%, manager 20%, director 25%; +5 points from 24 months. */
const analytics = sheetOf(library, ANALYTICS).product;
/** List price 20 a month, no floor; rep 5%, manager 15%. */
const monitoring = sheetOf(library, MONITORING).product;
const monthly = <T extends typeof analytics>(product: T): T => ({
  ...product,
  pricing: { ...product.pricing, per: "month" },
});

const line = (product: typeof analytics, input: Partial<QuoteLine>): QuoteLine => ({
  slug: product.title.toLowerCase(),
  product: monthly(product),
  quantity: 1,
  ...input,
});

describe("decideQuote", () => {
  it("needs the highest approval any line needs, here from its second line", () => {
    const decision = decideQuote(policy, {
      months: 12,
      lines: [
        line(monitoring, { discountPercent: 12 }),
        line(analytics, { discountPercent: 22, quantity: 3 }),
      ],
    });

    expect(decision.lines.map(({ decision }) => decision.verdict.kind)).toEqual([
      "needs-approval",
      "needs-approval",
    ]);
    expect(decision.verdict).toMatchObject({
      kind: "needs-approval",
      role: { id: "director" },
      lines: [1],
    });
  });

  it("is within the rep's authority only when every line is", () => {
    const decision = decideQuote(policy, {
      months: 12,
      lines: [line(monitoring, { discountPercent: 5 }), line(analytics, { discountPercent: 10 })],
    });

    expect(decision.verdict).toMatchObject({ kind: "within-authority", role: { id: "rep" } });
  });

  it("is not allowed when any line is not, naming that line", () => {
    const decision = decideQuote(policy, {
      months: 12,
      lines: [line(analytics, { discountPercent: 5 }), line(monitoring, { discountPercent: 16 })],
    });

    expect(decision.verdict).toEqual({ kind: "not-allowed", lines: [1] });
  });

  it("adds up the lines' contract values over the term", () => {
    const decision = decideQuote(policy, {
      months: 24,
      lines: [
        line(analytics, { targetPrice: 90, quantity: 2 }),
        line(monitoring, { discountPercent: 0, quantity: 10 }),
      ],
    });

    expect(decision.lines.map(({ decision }) => decision.contractValue)).toEqual([4320, 4800]);
    expect(decision.contractValue).toBe(9120);
  });

  it("is invalid when a line's numbers are, and empty without lines", () => {
    expect(
      decideQuote(policy, { months: 12, lines: [line(analytics, { discountPercent: NaN })] })
        .verdict,
    ).toEqual({ kind: "invalid", lines: [0] });
    expect(decideQuote(policy, { months: 12, lines: [] }).verdict).toEqual({ kind: "empty" });
  });
});
