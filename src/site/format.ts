// How figures and dates are written everywhere on the site, so a sheet and a checker never disagree.
// Amounts are written by the core (src/core/quoting/money.ts), which checkers and e-mails share.

export { formatMoney, formatPercent } from "../core/quoting/money.ts";

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
