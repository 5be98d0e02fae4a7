import { describe, expect, it } from "vitest";
import { checkPlaceholders } from "../../../src/core/rules/placeholders.ts";
import { check, edit, libraryOf, MONITORING, validLibrary } from "../fixture-library.ts";

const base = validLibrary();

describe("checkPlaceholders", () => {
  it("finds nothing in a finished library", () => {
    expect(checkPlaceholders(libraryOf(base))).toEqual([]);
  });

  it("warns at each frontmatter value that still holds a TODO, with its field", () => {
    const scaffolded = edit(base, MONITORING, "category: Operations", "category: TODO");

    expect(checkPlaceholders(libraryOf(scaffolded))).toEqual([
      {
        severity: "warning",
        file: MONITORING,
        line: 4,
        column: 11,
        field: "category",
        message: "still holds a TODO placeholder",
        hint: "Replace the TODO with the real text before the sheet is published.",
        rule: "placeholder",
      },
    ]);
  });

  it("warns at the line of a TODO left in the talk track", () => {
    const scaffolded = edit(
      base,
      MONITORING,
      "Every check runs",
      "TODO: say why. Every check runs",
    );

    expect(checkPlaceholders(libraryOf(scaffolded))).toMatchObject([
      { file: MONITORING, line: 26, column: 1, field: "", rule: "placeholder" },
    ]);
  });

  it("is a warning, so a freshly scaffolded sheet still passes the checker", () => {
    const scaffolded = edit(
      base,
      MONITORING,
      "summary: Uptime checks with alerts.",
      "summary: TODO",
    );

    expect(check(scaffolded).problems.map((problem) => problem.severity)).toEqual(["warning"]);
  });
});
