import { describe, expect, it } from "vitest";
import { checkWithdrawals } from "../../../src/core/rules/withdrawals.ts";
import type { SourceFile } from "../../../src/core/source/file.ts";
import {
  ANALYTICS,
  check,
  edit,
  libraryOf,
  MONITORING,
  POLICY,
  validLibrary,
} from "../fixture-library.ts";

const base = validLibrary();
const UPTIME = "    expires: 2027-06-30\n    channels: [web, deck]\n";
const TRIAL_LINK = "      link: https://example.com/msa\n";

/** Analytics' uptime claim withdrawn with `block` (the fields inside `withdrawn: { … }`). */
function withdrawUptime(block: string, files: readonly SourceFile[] = base): SourceFile[] {
  return edit(files, ANALYTICS, UPTIME, `${UPTIME}    withdrawn: { ${block} }\n`);
}

/** …and its <Claim> taken out of the talk track, as a withdrawal requires. */
function withdrawUptimeCleanly(block: string): SourceFile[] {
  return edit(withdrawUptime(block), ANALYTICS, '<Claim id="analytics-uptime" />', "");
}

const rulesOf = (files: SourceFile[]) => check(files).problems.map((problem) => problem.rule);

describe("a withdrawn claim, boundary or sheet", () => {
  it("passes with a date up to today and a reason, its talk-track reference removed", () => {
    const files = withdrawUptimeCleanly(
      'on: 2026-11-30, reason: "The 2025 report is being re-audited.", insteadSay: analytics-trial',
    );
    expect(check(files).problems).toEqual([]);
  });

  it("needs a reason a rep can read: file, line and field", () => {
    const problems = check(withdrawUptimeCleanly("on: 2026-11-30")).problems;
    expect(problems).toMatchObject([
      {
        severity: "error",
        file: ANALYTICS,
        line: 21,
        field: "claims[0].withdrawn.reason",
        message: "is required",
        hint: expect.stringContaining("Say why it is withdrawn"),
      },
    ]);
  });

  it("refuses a withdrawal dated after today: a later end is an expires date", () => {
    const library = libraryOf(withdrawUptimeCleanly('on: 2026-12-02, reason: "Re-audit."'));
    expect(checkWithdrawals(library, { asOf: "2026-12-01" })).toEqual([
      {
        severity: "error",
        file: ANALYTICS,
        line: 21,
        column: 22,
        field: "claims[0].withdrawn.on",
        message: "withdrawn on 2026-12-02, which is after today (2026-12-01)",
        hint: expect.stringContaining("expires date"),
        rule: "withdrawn-in-future",
      },
    ]);
  });

  it("names an unknown insteadSay with the claim it probably means", () => {
    const files = withdrawUptimeCleanly(
      'on: 2026-11-30, reason: "Re-audit.", insteadSay: analytics-trail',
    );
    expect(check(files).problems).toMatchObject([
      {
        file: ANALYTICS,
        line: 21,
        field: "claims[0].withdrawn.insteadSay",
        message: 'unknown claim id "analytics-trail"',
        hint: expect.stringContaining('Did you mean "analytics-trial"?'),
        rule: "unknown-claim",
      },
    ]);
  });

  it("refuses an insteadSay that is itself withdrawn", () => {
    const bothWithdrawn = edit(
      withdrawUptimeCleanly('on: 2026-11-30, reason: "Re-audit.", insteadSay: monitoring-regions'),
      MONITORING,
      "      document: Architecture overview\n",
      '      document: Architecture overview\n    withdrawn: { on: 2026-11-01, reason: "Two regions closed." }\n',
    );
    const withoutReference = edit(
      bothWithdrawn,
      MONITORING,
      '<Claim id="monitoring-regions" />',
      "",
    );
    expect(check(withoutReference).problems).toMatchObject([
      {
        file: ANALYTICS,
        field: "claims[0].withdrawn.insteadSay",
        message: 'insteadSay: claim "monitoring-regions" was withdrawn on 2026-11-01',
        rule: "withdrawn-reference",
      },
    ]);
  });

  it("only warns of an insteadSay that has expired since: no commit made the date pass", () => {
    const library = libraryOf(
      withdrawUptimeCleanly('on: 2026-11-30, reason: "Re-audit.", insteadSay: analytics-trial'),
    );
    const trial = library.sheets[0]!.product.claims[1]!;
    trial.expires = "2026-11-15";
    const problems = checkWithdrawals(library, { asOf: "2026-12-01" });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        field: "claims[0].withdrawn.insteadSay",
        message: 'insteadSay: claim "analytics-trial" expired on 2026-11-15',
        rule: "expired-reference",
      }),
    );
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("only warns of a <Claim> on another sheet and a forbidden phrase's insteadSay naming a claim once it has expired", () => {
    const library = libraryOf(base);
    expect(checkWithdrawals(library, { asOf: "2027-06-30" })).toEqual([]);
    const afterTrial = { asOf: "2027-07-01" };
    library.sheets[0]!.product.claims[1]!.expires = "2027-06-30";
    expect(checkWithdrawals(library, afterTrial)).toEqual([
      expect.objectContaining({
        severity: "warning",
        file: POLICY,
        field: "forbidden[0].insteadSay",
        message: 'insteadSay: claim "analytics-trial" expired on 2027-06-30',
        rule: "expired-reference",
      }),
      expect.objectContaining({
        severity: "warning",
        file: MONITORING,
        message: '<Claim id="analytics-trial"/>: the claim expired on 2027-06-30',
        rule: "expired-reference",
      }),
    ]);
  });

  it("refuses a <Claim> of a withdrawn claim in a talk track, at its line", () => {
    const problems = check(withdrawUptime('on: 2026-11-30, reason: "Re-audit."')).problems;
    expect(problems).toMatchObject([
      {
        file: ANALYTICS,
        line: 47,
        field: "",
        message: '<Claim id="analytics-uptime"/>: the claim was withdrawn on 2026-11-30',
        rule: "withdrawn-reference",
      },
    ]);
  });

  it("refuses a forbidden phrase's insteadSay pointing at a withdrawn claim", () => {
    const files = edit(
      base,
      ANALYTICS,
      TRIAL_LINK,
      `${TRIAL_LINK}    withdrawn: { on: 2026-11-30, reason: "Evaluations are 14 days now." }\n`,
    );
    const withoutReference = edit(
      files,
      MONITORING,
      'Try it first: <Claim id="analytics-trial" />',
      "",
    );
    expect(check(withoutReference).problems).toMatchObject([
      {
        file: POLICY,
        field: "forbidden[0].insteadSay",
        message: 'insteadSay: claim "analytics-trial" was withdrawn on 2026-11-30',
        rule: "withdrawn-reference",
      },
    ]);
  });

  it("passes a whole sheet's withdrawal down to its claims: others may not point at them", () => {
    const files = edit(
      base,
      MONITORING,
      "claims:\n",
      'withdrawn: { on: 2026-11-20, reason: "Monitoring is no longer sold." }\nclaims:\n',
    );
    expect(rulesOf(files)).toEqual([]);
    const pointing = edit(
      files,
      ANALYTICS,
      "Do not say:",
      '<Claim id="monitoring-regions" />\n\nDo not say:',
    );
    expect(check(pointing).problems).toContainEqual(
      expect.objectContaining({
        file: ANALYTICS,
        message: '<Claim id="monitoring-regions"/>: the claim was withdrawn on 2026-11-20',
        rule: "withdrawn-reference",
      }),
    );
  });

  it("withdraws a promise boundary with the same fields", () => {
    const files = edit(
      base,
      MONITORING,
      "    escalate: solutions@example.com\n",
      '    escalate: solutions@example.com\n    withdrawn: { on: 2026-11-20, reason: "The integrations list is being rewritten." }\n',
    );
    expect(check(files).problems).toEqual([]);
    expect(libraryOf(files).sheets[1]!.product.promises[0]!.withdrawn).toEqual({
      on: "2026-11-20",
      reason: "The integrations list is being rewritten.",
    });
  });
});
