import { describe, expect, it } from "vitest";
import { parseYaml, type LocatedYaml } from "../../../src/core/source/yaml.ts";
import type { Problem } from "../../../src/core/problem.ts";

const SOURCE = [
  "company: Example", //                    line 1
  "roles:", //                              line 2
  "  - id: rep", //                         line 3
  "    title: Account executive", //        line 4
  "  - { id: manager, title: Manager }", // line 5
  "forbidden: []", //                       line 6
].join("\n");

function located(source: string, lineOffset?: number): LocatedYaml {
  const result = parseYaml(source, { file: "policy.yaml", lineOffset });
  if ("problems" in result) throw new Error(JSON.stringify(result.problems));
  return result;
}

function problems(source: string): Problem[] {
  const result = parseYaml(source, { file: "policy.yaml" });
  if (!("problems" in result)) throw new Error("expected the YAML to be rejected");
  return result.problems;
}

describe("parseYaml: data", () => {
  it("returns the plain data", () => {
    expect(located(SOURCE).data).toEqual({
      company: "Example",
      roles: [
        { id: "rep", title: "Account executive" },
        { id: "manager", title: "Manager" },
      ],
      forbidden: [],
    });
  });

  it("keeps dates as the text written (YAML 1.2), so schemas see YYYY-MM-DD", () => {
    expect(located("lastReviewed: 2026-10-01").data).toEqual({ lastReviewed: "2026-10-01" });
  });

  it("reads an empty file as null", () => {
    expect(located("").data).toBeNull();
  });
});

describe("parseYaml: locate", () => {
  const yaml = located(SOURCE);

  it("finds a top-level key and its value", () => {
    expect(yaml.locate(["company"])).toEqual({ line: 1, column: 1 });
    expect(yaml.locate(["company"], "value")).toEqual({ line: 1, column: 10 });
  });

  it("finds keys inside list items, block and flow style", () => {
    expect(yaml.locate(["roles", 0, "title"])).toEqual({ line: 4, column: 5 });
    expect(yaml.locate(["roles", 0, "title"], "value")).toEqual({ line: 4, column: 12 });
    expect(yaml.locate(["roles", 1, "title"], "value")).toEqual({ line: 5, column: 27 });
  });

  it("points a missing key at the nearest parent that exists", () => {
    expect(yaml.locate(["roles", 1, "contact"])).toEqual({ line: 5, column: 5 });
    expect(yaml.locate(["roles", 7, "id"])).toEqual({ line: 3, column: 3 });
    expect(yaml.locate(["currency"])).toEqual({ line: 1, column: 1 });
  });

  it("points a path through a scalar at the scalar", () => {
    expect(yaml.locate(["company", "name"])).toEqual({ line: 1, column: 10 });
  });

  it("adds lineOffset to every line", () => {
    expect(located(SOURCE, 10).locate(["roles", 0, "title"])).toEqual({ line: 14, column: 5 });
  });
});

describe("parseYaml: syntax errors", () => {
  it("reports a duplicate key at the repeated key", () => {
    expect(problems("company: A\ncurrency: EUR\ncompany: B\n")).toEqual([
      {
        severity: "error",
        file: "policy.yaml",
        line: 3,
        column: 1,
        field: "",
        message: "the YAML cannot be read: Map keys must be unique",
        hint: "Each field may appear only once: remove or merge the repeated one.",
        rule: "yaml",
      },
    ]);
  });

  it("reports a tab used as indentation once, with what to do", () => {
    expect(problems("roles:\n\t- id: rep\n")).toMatchObject([
      {
        line: 2,
        column: 1,
        message: "the YAML cannot be read: Tabs are not allowed as indentation",
        hint: "Indent with spaces, not tabs.",
      },
    ]);
  });

  it("reports a badly indented key once per line, not once per parser complaint", () => {
    const found = problems("pricing:\n  listPrice: 10\n unit: seat\n");

    expect(found.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 3, column: 1 }]);
    expect(found[0]!.message).toBe(
      "the YAML cannot be read: All mapping items must start at the same column",
    );
  });

  it("reports an unclosed quote where the quote opens, not where the file ends", () => {
    expect(problems('title: x\nsummary: "Fast and\nowner: a@example.com\nsku: X\n')).toMatchObject([
      {
        line: 2,
        column: 10,
        message: 'the YAML cannot be read: Missing closing "quote',
        hint: "Close the quote: a value that starts with a quote must end with the same quote.",
      },
    ]);
  });

  it("reports a colon inside an unquoted value", () => {
    expect(problems("summary: Fast: and cheap\n")).toMatchObject([
      {
        line: 1,
        column: 10,
        message: "the YAML cannot be read: Nested mappings are not allowed in compact mappings",
      },
    ]);
  });

  it("refuses a small file that expands into a huge one through aliases, at the first alias", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x]",
      ...["b", "c", "d", "e"].map((key, index) => {
        const previous = "abcd"[index];
        return `${key}: &${key} [${Array(8).fill(`*${previous}`).join(", ")}]`;
      }),
    ].join("\n");

    expect(problems(bomb)).toMatchObject([
      {
        line: 2,
        column: 8,
        message:
          "the YAML cannot be read: Excessive alias count indicates a resource exhaustion attack",
        hint: "Write the values out instead of using YAML anchors and aliases (& and *).",
      },
    ]);
  });

  it("accepts a few aliases, as real content may use", () => {
    expect(located("base: &base { unit: seat }\nother: *base\n").data).toEqual({
      base: { unit: "seat" },
      other: { unit: "seat" },
    });
  });
});
