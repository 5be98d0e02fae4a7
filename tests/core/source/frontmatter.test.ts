import { describe, expect, it } from "vitest";
import type { Problem } from "../../../src/core/problem.ts";
import { parseSheetSource, type SheetSource } from "../../../src/core/source/frontmatter.ts";

const FILE = "products/example.mdx";

function sheet(text: string): SheetSource {
  const result = parseSheetSource(FILE, text);
  if ("problems" in result) throw new Error(JSON.stringify(result.problems));
  return result;
}

function rejected(text: string): Problem[] {
  const result = parseSheetSource(FILE, text);
  if (!("problems" in result)) throw new Error("expected the sheet to be rejected");
  return result.problems;
}

const frontmatterProblem = (line: number, message: string, hint: string): Problem[] => [
  { severity: "error", file: FILE, line, column: 1, field: "", message, hint, rule: "frontmatter" },
];

describe("parseSheetSource", () => {
  it("splits the frontmatter from the talk track and knows the body's first line", () => {
    const source = sheet("---\ntitle: Example\nsku: EX-1\n---\n\n## Overview\n");

    expect(source.frontmatter.data).toEqual({ title: "Example", sku: "EX-1" });
    expect(source.body).toBe("\n## Overview\n");
    expect(source.bodyLine).toBe(5);
  });

  it("locates frontmatter keys at their lines in the file, not in the YAML block", () => {
    const source = sheet("---\ntitle: Example\npricing:\n  listPrice: 10\n---\nBody\n");

    expect(source.frontmatter.locate(["pricing", "listPrice"])).toEqual({ line: 4, column: 3 });
    expect(source.frontmatter.locate(["pricing", "listPrice"], "value")).toEqual({
      line: 4,
      column: 14,
    });
  });

  it("reports YAML errors at their file lines", () => {
    expect(rejected("---\ntitle: A\ntitle: B\n---\n")).toMatchObject([
      { line: 3, column: 1, rule: "yaml" },
    ]);
  });

  it("accepts trailing spaces after a fence and a sheet without a body", () => {
    const source = sheet("---  \ntitle: Example\n--- \n");

    expect(source.frontmatter.data).toEqual({ title: "Example" });
    expect(source.body.trim()).toBe("");
  });

  it("rejects an empty or blank file", () => {
    const empty = frontmatterProblem(
      1,
      "the file is empty",
      'Start from a template: npm run new -- product "Product name".',
    );
    expect(rejected("")).toEqual(empty);
    expect(rejected(" \n\n\t\n")).toEqual(empty);
  });

  it("rejects a file that does not start with ---", () => {
    const hint =
      "The first line must be --- , followed by the fields, and another --- line before the talk track.";
    expect(rejected("title: Example\n---\nBody\n")).toEqual(
      frontmatterProblem(1, "the file does not start with a frontmatter block", hint),
    );
    expect(rejected("\n---\ntitle: Example\n---\n")).toEqual(
      frontmatterProblem(1, "the file does not start with a frontmatter block", hint),
    );
  });

  it("rejects a frontmatter block that is never closed", () => {
    const unclosed = frontmatterProblem(
      1,
      "the frontmatter block is never closed",
      "Add a line with only --- after the last field.",
    );
    expect(rejected("---\ntitle: Example\n\nBody\n")).toEqual(unclosed);
    expect(rejected("---\ntitle: Example\n----\nBody\n")).toEqual(unclosed);
    expect(rejected("---")).toEqual(unclosed);
  });

  it("rejects anything after --- on the first line, and never runs it as code", () => {
    const notAFence = frontmatterProblem(
      1,
      "the first line must be exactly ---",
      "Remove anything after --- on the first line: the fields go on the lines below it.",
    );
    const probe = globalThis as { fieldguideFrontmatterRan?: boolean };

    expect(
      rejected("---js\n(globalThis.fieldguideFrontmatterRan = true, {})\n---\nBody\n"),
    ).toEqual(notAFence);
    expect(probe.fieldguideFrontmatterRan).toBeUndefined();
    expect(rejected('---json\n{"title": "Example"}\n---\n')).toEqual(notAFence);
    expect(rejected("---toml\ntitle = 'Example'\n---\n")).toEqual(notAFence);
    expect(rejected("----\ntitle: Example\n---\n")).toEqual(notAFence);
  });

  it("rejects an empty frontmatter block, even one with comments only", () => {
    const empty = frontmatterProblem(
      2,
      "the frontmatter is empty",
      "Fill in the fields between the two --- lines.",
    );
    expect(rejected("---\n---\nBody\n")).toEqual(empty);
    expect(rejected("---\n\n# to do\n---\nBody\n")).toEqual(empty);
    expect(rejected("---\n~\n---\nBody\n")).toEqual(empty);
  });
});
