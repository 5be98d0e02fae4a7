import type { CheckContext, Library } from "../source/library.ts";
import type { Problem } from "../problem.ts";
import { addDays, daysBetween } from "../standing/days.ts";

/** The date after which a sheet must be reviewed again. */
export function reviewDue(lastReviewed: string, intervalDays: number): string {
  return addDays(lastReviewed, intervalDays);
}

/**
 * An expired claim is no longer approved, and one that expires within the policy's warning window
 * soon will not be; a sheet not reviewed within the interval is stale. Expiry is a warning, not an
 * error: the day passes without a commit, and the scheduled build must still publish the site,
 * which then shows the claim expired everywhere (docs/withdrawals.md).
 */
export function checkDates(library: Library, { asOf }: CheckContext): Problem[] {
  const { reviewIntervalDays: interval, expiringWithinDays } = library.policy.policy;
  const warnUntil = addDays(asOf, expiringWithinDays);
  return library.sheets.flatMap((sheet) => {
    const problems: Problem[] = [];
    sheet.product.claims.forEach((claim, index) => {
      if (claim.expires !== undefined && claim.expires < asOf && !claim.withdrawn) {
        problems.push({
          severity: "warning",
          file: sheet.file,
          ...sheet.locate(["claims", index, "expires"], "value"),
          field: `claims[${index}].expires`,
          message: `claim "${claim.id}" expired on ${claim.expires}`,
          hint: "Renew the evidence and move the date, or remove the claim: until then the site shows it as expired, with nothing to copy, and leaves it out of search, checkers and guardrails.json.",
          rule: "claim-expired",
        });
      } else if (claim.expires !== undefined && claim.expires <= warnUntil && !claim.withdrawn) {
        problems.push({
          severity: "warning",
          file: sheet.file,
          ...sheet.locate(["claims", index, "expires"], "value"),
          field: `claims[${index}].expires`,
          message: `claim "${claim.id}" expires on ${claim.expires}, in ${daysBetween(asOf, claim.expires)} days`,
          hint: `Renew the evidence and move the date before then: from the day after, reps' devices show the claim as expired. (Warned ${expiringWithinDays} days ahead: expiringWithinDays in policy.yaml.)`,
          rule: "claim-expiring",
        });
      }
    });
    const due = reviewDue(sheet.product.lastReviewed, interval);
    if (due < asOf) {
      problems.push({
        severity: "warning",
        file: sheet.file,
        ...sheet.locate(["lastReviewed"], "value"),
        field: "lastReviewed",
        message: `last reviewed ${sheet.product.lastReviewed}, more than ${interval} days ago (due ${due})`,
        hint: "Review the sheet with its owner, then set lastReviewed to the review date.",
        rule: "review-due",
      });
    }
    return problems;
  });
}
