import { describe, expect, it } from "vitest";
import { checkDates, reviewDue } from "../../../src/core/rules/time.ts";
import { addDays, daysBetween } from "../../../src/core/standing/days.ts";
import {
  ANALYTICS,
  AS_OF,
  check,
  edit,
  libraryOf,
  MONITORING,
  validLibrary,
} from "../fixture-library.ts";

const base = validLibrary();
const withExpiry = (date: string) =>
  edit(base, ANALYTICS, "expires: 2027-06-30", `expires: ${date}`);
const reviewedOn = (date: string) =>
  edit(base, MONITORING, "lastReviewed: 2026-11-15", `lastReviewed: ${date}`);

describe("date arithmetic", () => {
  it("counts whole days, across month ends, leap days and the daylight-saving change", () => {
    expect(daysBetween("2026-10-01", "2026-12-01")).toBe(61);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-12-01", "2026-10-01")).toBe(-61);
  });

  it("adds days to a date", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("puts the review due date reviewIntervalDays after the last review", () => {
    expect(reviewDue("2026-05-01", 180)).toBe("2026-10-28");
  });
});

describe("checkDates: expired claims", () => {
  it("warns of a claim that expired the day before as-of, at its expires value", () => {
    expect(checkDates(libraryOf(withExpiry("2026-11-30")), { asOf: AS_OF })).toEqual([
      {
        severity: "warning",
        file: ANALYTICS,
        line: 19,
        column: 14,
        field: "claims[0].expires",
        message: 'claim "analytics-uptime" expired on 2026-11-30',
        hint: "Renew the evidence and move the date, or remove the claim: until then the site shows it as expired, with nothing to copy, and leaves it out of search, checkers and guardrails.json.",
        rule: "claim-expired",
      },
    ]);
  });

  it("still approves a claim on the day it expires, with a warning", () => {
    expect(checkDates(libraryOf(withExpiry("2026-12-01")), { asOf: AS_OF })).toEqual([
      {
        severity: "warning",
        file: ANALYTICS,
        line: 19,
        column: 14,
        field: "claims[0].expires",
        message: 'claim "analytics-uptime" expires on 2026-12-01, in 0 days',
        hint: "Renew the evidence and move the date before then: from the day after, reps' devices show the claim as expired. (Warned 30 days ahead: expiringWithinDays in policy.yaml.)",
        rule: "claim-expiring",
      },
    ]);
  });

  it("warns of a claim expiring within the policy's expiringWithinDays, and not before", () => {
    const library = libraryOf(withExpiry("2026-12-31"));
    const rules = (asOf: string) => checkDates(library, { asOf }).map((problem) => problem.rule);

    expect(rules("2026-11-30")).toEqual([]);
    expect(rules("2026-12-01")).toEqual(["claim-expiring"]);
    library.policy.policy.expiringWithinDays = 10;
    expect(rules("2026-12-20")).toEqual([]);
    expect(rules("2026-12-21")).toEqual(["claim-expiring"]);
  });

  it("follows as-of: the same claim is fine before and expired after", () => {
    const library = libraryOf(withExpiry("2026-11-30"));
    const rules = (asOf: string) => checkDates(library, { asOf }).map((problem) => problem.rule);

    expect(rules("2026-11-30")).toEqual(["claim-expiring"]);
    expect(rules("2026-12-01")).toEqual(["claim-expired"]);
  });

  it("is only a warning for the whole library check: the day passes without a commit, and the scheduled build must still publish", () => {
    expect(check(withExpiry("2026-01-01")).problems).toEqual([
      expect.objectContaining({ severity: "warning", rule: "claim-expired" }),
    ]);
  });
});

describe("checkDates: review due", () => {
  it("warns when the last review is older than reviewIntervalDays, at the lastReviewed value", () => {
    expect(checkDates(libraryOf(reviewedOn("2026-06-03")), { asOf: AS_OF })).toEqual([
      {
        severity: "warning",
        file: MONITORING,
        line: 7,
        column: 15,
        field: "lastReviewed",
        message: "last reviewed 2026-06-03, more than 180 days ago (due 2026-11-30)",
        hint: "Review the sheet with its owner, then set lastReviewed to the review date.",
        rule: "review-due",
      },
    ]);
  });

  it("does not warn on the due date itself", () => {
    expect(reviewDue("2026-06-04", 180)).toBe(AS_OF);
    expect(checkDates(libraryOf(reviewedOn("2026-06-04")), { asOf: AS_OF })).toEqual([]);
  });

  it("uses the policy's interval", () => {
    const files = edit(
      reviewedOn("2026-06-03"),
      "policy.yaml",
      "reviewIntervalDays: 180",
      "reviewIntervalDays: 365",
    );

    expect(checkDates(libraryOf(files), { asOf: AS_OF })).toEqual([]);
  });

  it("is only a warning: the library still checks without errors", () => {
    const { problems } = check(reviewedOn("2025-01-01"));

    expect(problems.map(({ severity, rule }) => ({ severity, rule }))).toEqual([
      { severity: "warning", rule: "review-due" },
    ]);
  });
});
