import {
  relativeDays,
  type ExpiringClaim,
  type HealthReport,
  type OwnerHealth,
  type ReviewDue,
} from "../core/health/index.ts";

function claimWords(claim: ExpiringClaim): string {
  return `${claim.claimId} (${claim.title}) ${claim.daysLeft < 0 ? "expired" : "expires"} ${claim.expires}, ${relativeDays(claim.daysLeft)}`;
}

function reviewWords(review: ReviewDue): string {
  return `${review.title}: review ${review.daysLeft < 0 ? "was due" : "due"} ${review.due}, ${relativeDays(review.daysLeft)} (last reviewed ${review.lastReviewed})`;
}

function heading(report: HealthReport): string {
  return `Content health as of ${report.asOf}: claims expiring within ${report.withinDays} days (until ${report.until}) and reviews due every ${report.reviewIntervalDays} days`;
}

function totalsWords(report: HealthReport): string {
  const { expiringClaims, overdueReviews, upcomingReviews } = report.totals;
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return `${plural(expiringClaims, "claim expiring", "claims expiring")}, ${plural(overdueReviews, "review overdue", "reviews overdue")}, ${plural(upcomingReviews, "review due soon", "reviews due soon")}.`;
}

const SECTIONS: { title: string; items: (owner: OwnerHealth) => string[] }[] = [
  { title: "Claims expiring", items: (owner) => owner.expiringClaims.map(claimWords) },
  { title: "Reviews overdue", items: (owner) => owner.overdueReviews.map(reviewWords) },
  { title: "Reviews due soon", items: (owner) => owner.upcomingReviews.map(reviewWords) },
];

export function formatReportText(report: HealthReport, root: string): string {
  const lines = [heading(report), ""];
  if (report.owners.length === 0) {
    lines.push(`Nothing needs attention in ${root}/ within ${report.withinDays} days.`);
    return lines.join("\n");
  }
  for (const owner of report.owners) {
    lines.push(owner.owner);
    for (const section of SECTIONS) {
      const items = section.items(owner);
      if (items.length > 0)
        lines.push(`  ${section.title}`, ...items.map((item) => `    - ${item}`));
    }
    lines.push("");
  }
  lines.push(totalsWords(report));
  return lines.join("\n");
}

export function formatReportMarkdown(report: HealthReport, root: string): string {
  const lines = ["## Content health", "", `${heading(report)}.`, ""];
  if (report.owners.length === 0) {
    lines.push(`Nothing needs attention in \`${root}/\` within ${report.withinDays} days.`);
    return lines.join("\n");
  }
  lines.push(`**${totalsWords(report)}**`);
  for (const owner of report.owners) {
    lines.push("", `### ${owner.owner}`);
    for (const section of SECTIONS) {
      const items = section.items(owner);
      if (items.length > 0)
        lines.push("", `**${section.title}**`, "", ...items.map((item) => `- ${item}`));
    }
  }
  return lines.join("\n");
}
