import { describe, expect, it } from "vitest";
import {
  compareProblems,
  formatFieldPath,
  hasErrors,
  type Problem,
} from "../../src/core/problem.ts";

const problem = (
  file: string,
  line: number,
  column: number,
  severity: Problem["severity"] = "error",
): Problem => ({
  severity,
  file,
  line,
  column,
  field: "",
  message: "m",
  hint: "h",
  rule: "r",
});

describe("formatFieldPath", () => {
  it("writes keys with dots and list indexes in brackets", () => {
    expect(formatFieldPath(["claims", 2, "evidence", "link"])).toBe("claims[2].evidence.link");
    expect(formatFieldPath(["audience", 0])).toBe("audience[0]");
    expect(formatFieldPath([0, "id"])).toBe("[0].id");
    expect(formatFieldPath([])).toBe("");
  });
});

describe("compareProblems", () => {
  it("sorts by file, then line, then column", () => {
    const sorted = [
      problem("b", 1, 1),
      problem("a", 9, 1),
      problem("a", 2, 7),
      problem("a", 2, 3),
    ].sort(compareProblems);

    expect(sorted.map(({ file, line, column }) => `${file}:${line}:${column}`)).toEqual([
      "a:2:3",
      "a:2:7",
      "a:9:1",
      "b:1:1",
    ]);
  });
});

describe("hasErrors", () => {
  it("is true only when at least one problem is an error", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([problem("a", 1, 1, "warning")])).toBe(false);
    expect(hasErrors([problem("a", 1, 1, "warning"), problem("a", 2, 1)])).toBe(true);
  });
});
