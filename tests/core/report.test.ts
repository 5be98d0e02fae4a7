import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkLibrary } from "../../src/core/check.ts";
import { contentHealth, healthTimeline, relativeDays } from "../../src/core/health/report.ts";
import { FIXTURES, readFolder } from "./fixture-library.ts";

const AS_OF = "2026-12-01";

function fixtureLibrary() {
  const { library } = checkLibrary(readFolder(join(FIXTURES, "report-library")), { asOf: AS_OF });
  if (!library) throw new Error("tests/fixtures/report-library must be readable");
  return library;
}

describe("content health", () => {
  test("finds exactly the expiring claims and the overdue and upcoming reviews, by owner", () => {
    const library = fixtureLibrary();

    const report = contentHealth(library.sheets, library.policy.policy.reviewIntervalDays, {
      asOf: AS_OF,
      withinDays: 30,
    });

    const alpha = { file: "products/alpha.mdx", slug: "alpha", title: "Alpha" };
    const beta = { file: "products/beta.mdx", slug: "beta", title: "Beta" };
    expect(report).toEqual({
      asOf: "2026-12-01",
      withinDays: 30,
      until: "2026-12-31",
      reviewIntervalDays: 90,
      owners: [
        {
          owner: "ana@example.com",
          expiringClaims: [
            { ...alpha, claimId: "alpha-expired", expires: "2026-11-20", daysLeft: -11 },
            { ...alpha, claimId: "alpha-last-day", expires: "2026-12-31", daysLeft: 30 },
          ],
          overdueReviews: [
            { ...alpha, lastReviewed: "2026-09-01", due: "2026-11-30", daysLeft: -1 },
          ],
          upcomingReviews: [],
        },
        {
          owner: "ben@example.com",
          expiringClaims: [{ ...beta, claimId: "beta-today", expires: "2026-12-01", daysLeft: 0 }],
          overdueReviews: [],
          upcomingReviews: [
            { ...beta, lastReviewed: "2026-09-02", due: "2026-12-01", daysLeft: 0 },
          ],
        },
      ],
      totals: { expiringClaims: 3, overdueReviews: 1, upcomingReviews: 1 },
    });
  });

  test("a wider window reaches the claims and reviews further out", () => {
    const library = fixtureLibrary();

    const report = contentHealth(library.sheets, 90, { asOf: AS_OF, withinDays: 60 });

    const ana = report.owners.find((owner) => owner.owner === "ana@example.com")!;
    expect(ana.expiringClaims.map((claim) => claim.claimId)).toEqual([
      "alpha-expired",
      "alpha-last-day",
      "alpha-after-window",
    ]);
    expect(ana.upcomingReviews.map((review) => [review.title, review.due])).toEqual([
      ["Gamma", "2027-01-30"],
    ]);
  });

  test("the timeline holds every dated claim and every review due date, by date", () => {
    const library = fixtureLibrary();

    const events = healthTimeline(library.sheets, 90, AS_OF);

    expect(events.map((event) => [event.date, event.kind, event.claimId ?? event.title])).toEqual([
      ["2026-11-20", "claim-expires", "alpha-expired"],
      ["2026-11-30", "review-due", "Alpha"],
      ["2026-12-01", "claim-expires", "beta-today"],
      ["2026-12-01", "review-due", "Beta"],
      ["2026-12-31", "claim-expires", "alpha-last-day"],
      ["2027-01-01", "claim-expires", "alpha-after-window"],
      ["2027-01-30", "review-due", "Gamma"],
      ["2027-06-30", "claim-expires", "gamma-later"],
    ]);
  });

  test.each([
    [0, "today"],
    [1, "in 1 day"],
    [30, "in 30 days"],
    [-1, "1 day ago"],
    [-11, "11 days ago"],
  ])("%i days from today reads %s", (days, words) => {
    expect(relativeDays(days)).toBe(words);
  });
});
