import { describe, expect, it } from "vitest";
import type { SourceFile } from "../../../src/core/source/file.ts";
import { checkBodies } from "../../../src/core/rules/body.ts";
import { ANALYTICS, edit, libraryOf, MONITORING, validLibrary } from "../fixture-library.ts";

const base = validLibrary();
/** The first line of monitoring's body, line 26 of the file. */
const FIRST_LINE = "Every check runs from many places:";

function monitoringSays(line: string): SourceFile[] {
  return edit(base, MONITORING, FIRST_LINE, line);
}

function problemsIn(files: SourceFile[]) {
  return checkBodies(libraryOf(files)).filter((problem) => problem.rule !== "mdx-safety");
}

const RISK_FREE = {
  severity: "error",
  file: MONITORING,
  field: "",
  hint: 'Say instead: <Claim id="analytics-trial"/>, or quote it inside <DontSay>…</DontSay>.',
  rule: "forbidden-phrase",
};

describe("checkBodies: forbidden phrases", () => {
  it("finds nothing in the valid bodies, whose forbidden wording sits inside <DontSay>", () => {
    expect(checkBodies(libraryOf(base))).toEqual([]);
  });

  it("reports a policy-wide phrase at its line and column, with the claim to say instead", () => {
    expect(problemsIn(monitoringSays("Every check is risk-free."))).toEqual([
      {
        ...RISK_FREE,
        line: 26,
        column: 16,
        message: '"risk-free" is a forbidden phrase: No contract is free of risk.',
      },
    ]);
  });

  it.each([
    ["Risk-Free", "RISK-FREE"],
    ["a space", "risk free"],
    ["a non-breaking hyphen (U+2011)", "Risk\u2011free"],
    ["an en dash", "risk\u2013free"],
    ["a soft hyphen inside a word", "ri\u00ADsk-free"],
    ["Cyrillic look-alike letters", "risk-fr\u0435\u0435"],
  ])("matches it written with %s", (_variant, written) => {
    expect(problemsIn(monitoringSays(`Every check is ${written}.`))).toEqual([
      {
        ...RISK_FREE,
        line: 26,
        column: 16,
        // Invisible characters are written out, so the message shows what is really there.
        message: `"${written.replace("\u00AD", "<U+00AD>")}" is a forbidden phrase: No contract is free of risk.`,
      },
    ]);
  });

  it("matches it across a line break, reported where it starts", () => {
    expect(
      problemsIn(monitoringSays("Every check is risk\nfree, and\nguaranteed\n  ROI.")),
    ).toMatchObject([
      {
        line: 26,
        column: 16,
        message: '"risk free" is a forbidden phrase: No contract is free of risk.',
      },
      {
        line: 28,
        column: 1,
        message:
          '"guaranteed ROI" is a forbidden phrase: We do not contract for financial outcomes.',
      },
    ]);
  });

  it("matches whole words only", () => {
    expect(
      problemsIn(monitoringSays("Every check is brisk-freely done, and ROI is not guaranteed.")),
    ).toEqual([]);
  });

  it("reports the sheet's own forbidden phrase only in that sheet", () => {
    const inAnalytics = edit(
      base,
      ANALYTICS,
      "Analytics has kept 99.9% uptime:",
      "It shows real-time everything at 99.9%:",
    );
    const inMonitoring = monitoringSays("It shows real-time everything.");

    expect(problemsIn(inAnalytics)).toEqual([
      {
        severity: "error",
        file: ANALYTICS,
        line: 44,
        column: 10,
        field: "",
        message: '"real-time everything" is a forbidden phrase: Dashboards refresh on a schedule.',
        hint: "Rephrase it, or quote it inside <DontSay>…</DontSay> if the talk track warns against it.",
        rule: "forbidden-phrase",
      },
    ]);
    expect(problemsIn(inMonitoring)).toEqual([]);
  });

  it("reports a mayNot phrase of the sheet's promises with the topic and what may be said", () => {
    const files = edit(
      base,
      ANALYTICS,
      "Analytics has kept 99.9% uptime:",
      "Analytics has kept 99.9% uptime, with zero downtime:",
    );

    expect(problemsIn(files)).toEqual([
      {
        severity: "error",
        file: ANALYTICS,
        line: 44,
        column: 39,
        field: "",
        message:
          '"zero downtime" is out of bounds (SLA): Analytics promises on SLA stop at: Commit to the standard monthly uptime SLA.',
        hint: "Rephrase it, or quote it inside <DontSay>…</DontSay> if the talk track warns against it.",
        rule: "may-not-phrase",
      },
    ]);
  });

  it("exempts a <DontSay> block, and only the block", () => {
    const files = monitoringSays(
      "Never say\n<DontSay>\nIt is risk-free.\n</DontSay>\nbecause risk free it is not.",
    );

    expect(problemsIn(files)).toMatchObject([{ line: 30, column: 9, rule: "forbidden-phrase" }]);
  });
});

describe("checkBodies: figures", () => {
  it("accepts a percentage an approved claim of the sheet states, however it is written", () => {
    const files = edit(
      base,
      ANALYTICS,
      "Analytics has kept 99.9% uptime:",
      "Analytics has kept 99,9 % uptime, 99.9 percent of the time:",
    );

    expect(problemsIn(files)).toEqual([]);
  });

  it("warns about a percentage no claim of the sheet states, at the figure", () => {
    const files = edit(
      base,
      ANALYTICS,
      "Analytics has kept 99.9% uptime:",
      "Analytics has kept 99.99% uptime:",
    );

    expect(problemsIn(files)).toEqual([
      {
        severity: "warning",
        file: ANALYTICS,
        line: 44,
        column: 20,
        field: "",
        message: '"99.99%" is not stated by any approved claim of this sheet',
        hint: "Use <Claim id=…/> for figures, or add the figure to an approved claim with its evidence.",
        rule: "unstated-figure",
      },
    ]);
  });

  it("does not accept another sheet's figures", () => {
    expect(problemsIn(monitoringSays("Checks keep 99.9% uptime."))).toMatchObject([
      { severity: "warning", file: MONITORING, line: 26, column: 13, rule: "unstated-figure" },
    ]);
  });

  it("exempts figures quoted in <DontSay>", () => {
    expect(problemsIn(monitoringSays("Never promise <DontSay>100% uptime</DontSay>."))).toEqual([]);
  });
});
