// How figures and dates are written everywhere on the site, so a sheet and a checker never disagree.

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** 12.5 -> "12.5%", 31.034482 -> "31.03%". */
export function formatPercent(value: number): string {
  return `${new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(value)}%`;
}

// Made once: creating a formatter costs about a millisecond, and every page's footer shows a date.
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
