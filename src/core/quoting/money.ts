// How amounts and prices are written and added up, everywhere: a sheet, a checker, an approval
// e-mail and the build never disagree. Formatters are made once per currency: creating one costs
// about a millisecond, and a large library's pages call these hundreds of thousands of times.
import type { PricePeriod, Product } from "../schema/product.ts";

const MONEY = new Map<string, Intl.NumberFormat>();

/** 5428.8, "EUR" -> "€5,428.80": every amount carries its currency. */
export function formatMoney(amount: number, currency: string): string {
  let money = MONEY.get(currency);
  if (!money) {
    money = new Intl.NumberFormat("en", {
      style: "currency",
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    MONEY.set(currency, money);
  }
  return money.format(amount);
}

const PERCENT = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** 12.5 -> "12.5%", 31.034482 -> "31.03%". */
export function formatPercent(value: number): string {
  return `${PERCENT.format(value)}%`;
}

/** Amounts are added in cents so that 18% of 42.00 is exactly 34.44, not 34.440000000000005. */
export const cents = (amount: number): number => Math.round(amount * 100);
export const roundCents = (amount: number): number => cents(amount) / 100;

/** What one unit is priced for: "per seat per month", "per consultant day, one-time". */
export function perUnit(pricing: Pick<Product["pricing"], "unit" | "per">): string {
  if (pricing.per === undefined) return `per ${pricing.unit}`;
  return pricing.per === "one-time"
    ? `per ${pricing.unit}, one-time`
    : `per ${pricing.unit} per ${pricing.per}`;
}

/**
 * What `quantity` units at `unitPrice` are worth over a term of `months`: each month or each year
 * of it, or once. Undefined when the sheet does not say what period its price is for.
 */
export function contractValue(
  per: PricePeriod | undefined,
  unitPrice: number,
  quantity: number,
  months: number,
): number | undefined {
  if (per === undefined) return undefined;
  const periods = per === "month" ? months : per === "year" ? months / 12 : 1;
  return roundCents(unitPrice * quantity * periods);
}
