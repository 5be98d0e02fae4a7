// How figures and dates are written everywhere on the site, so a sheet and a checker never disagree.
// Formatters are made once (per currency): creating one costs about a millisecond, and a large
// library's pages call these hundreds of thousands of times.

const MONEY = new Map<string, Intl.NumberFormat>();

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

const DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "2026-03-02" -> "2 Mar 2026": unambiguous whatever the reader's locale. */
export function formatDate(iso: string): string {
  return DATE.format(new Date(`${iso}T00:00:00Z`));
}
