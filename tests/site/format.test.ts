import { expect, test } from "vitest";
import { formatDate, formatMoney, formatPercent } from "../../src/site/format.ts";

test("money is written in the library's currency, whichever currency came before", () => {
  expect(formatMoney(1234.5, "EUR")).toBe("€1,234.50");
  expect(formatMoney(1234.5, "USD")).toBe("$1,234.50");
  expect(formatMoney(99, "EUR")).toBe("€99.00");
});

test("percentages keep at most two decimals", () => {
  expect(formatPercent(12.5)).toBe("12.5%");
  expect(formatPercent(31.034482)).toBe("31.03%");
  expect(formatPercent(20)).toBe("20%");
});

test("dates read the same in every locale", () => {
  expect(formatDate("2026-03-02")).toBe("2 Mar 2026");
});
