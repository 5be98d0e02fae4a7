import { describe, expect, it } from "vitest";
import { check, edit, MONITORING, validLibrary, withFile } from "../fixture-library.ts";

const base = validLibrary();

const placeholders = (files: Parameters<typeof check>[0]) =>
  check(files).problems.filter((problem) => problem.rule === "placeholder");

describe("placeholders left by npm run new", () => {
  it("finds nothing in a finished library", () => {
    expect(placeholders(base)).toEqual([]);
  });

  it("refuses each frontmatter value that still holds a TODO, naming the field to fill", () => {
    const scaffolded = edit(base, MONITORING, "category: Operations", "category: TODO");

    expect(check(scaffolded).problems).toEqual([
      {
        severity: "error",
        file: MONITORING,
        line: 4,
        column: 11,
        field: "category",
        message: "still holds a TODO placeholder",
        hint: "Fill in category: replace the TODO with the real value; nothing half-finished is published.",
        rule: "placeholder",
      },
    ]);
  });

  it("refuses a TODO written where a number belongs as a placeholder, not as a wrong number", () => {
    const scaffolded = edit(base, MONITORING, "listPrice: 20", "listPrice: TODO");

    expect(check(scaffolded).problems).toMatchObject([
      {
        severity: "error",
        file: MONITORING,
        line: 9,
        field: "pricing.listPrice",
        message: "still holds a TODO placeholder",
        rule: "placeholder",
      },
    ]);
  });

  it("refuses a TODO left in the talk track, at its line", () => {
    const scaffolded = edit(
      base,
      MONITORING,
      "Every check runs",
      "TODO: say why. Every check runs",
    );

    expect(placeholders(scaffolded)).toMatchObject([
      { severity: "error", file: MONITORING, line: 26, column: 1, field: "" },
    ]);
  });

  it("refuses TODOs in an onboarding track and step, in their fields and talk track", () => {
    const withTrack = withFile(
      base,
      "onboarding/first-week/track.yaml",
      "title: First week\nsummary: TODO One sentence.\norder: 1\n",
    );
    const scaffolded = withFile(
      withTrack,
      "onboarding/first-week/01-welcome.mdx",
      [
        "---",
        "title: Welcome",
        "step: 1",
        "minutes: 5",
        "objectives: [TODO Name what the rep can do]",
        "quiz:",
        "  - question: Which is right?",
        "    options: [Yes, TODO A tempting wrong answer]",
        "    answer: Yes",
        "    explain: Because.",
        "---",
        "",
        "TODO: what the rep learns.",
        "",
      ].join("\n"),
    );

    expect(
      placeholders(scaffolded).map(({ file, line, field }) => ({ file, line, field })),
    ).toEqual([
      { file: "onboarding/first-week/01-welcome.mdx", line: 5, field: "objectives[0]" },
      { file: "onboarding/first-week/01-welcome.mdx", line: 8, field: "quiz[0].options[1]" },
      { file: "onboarding/first-week/01-welcome.mdx", line: 13, field: "" },
      { file: "onboarding/first-week/track.yaml", line: 2, field: "summary" },
    ]);
  });
});
