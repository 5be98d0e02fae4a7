import { describe, expect, it } from "vitest";
import { checkBodies } from "../../../src/core/rules/body.ts";
import { unsafeConstructs } from "../../../src/core/text/mdx.ts";
import { edit, libraryOf, MONITORING, validLibrary } from "../fixture-library.ts";

const base = validLibrary();

/** The mdx-safety problems of monitoring.mdx with its first body line (line 26) replaced. */
function unsafe(line: string) {
  const files = edit(base, MONITORING, "Every check runs from many places:", line);
  return checkBodies(libraryOf(files))
    .filter((problem) => problem.rule === "mdx-safety")
    .map(({ line, column, message }) => ({ at: `${line}:${column}`, message }));
}

describe("checkBodies: MDX safety", () => {
  it("reports the problem at the file line and column, as an error with a hint", () => {
    const files = edit(
      base,
      MONITORING,
      "Every check runs from many places:",
      "Every check <script>alert(1)</script>",
    );

    expect(checkBodies(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: MONITORING,
        line: 26,
        column: 13,
        field: "",
        message: "<script> is not allowed in a product sheet",
        hint: "Remove it: sheets hold text, <Claim> and <DontSay> only.",
        rule: "mdx-safety",
      },
    ]);
  });

  it.each([
    ['import Chart from "./chart.js";', '"import" statements are not allowed in a product sheet'],
    ["export const discount = 50;", '"export" statements are not allowed in a product sheet'],
    [
      "  export default function Page() {}",
      '"export" statements are not allowed in a product sheet',
    ],
  ])("rejects the ESM line %j", (line, message) => {
    expect(unsafe(line)[0]).toEqual({ at: "26:1", message });
  });

  it.each([
    ["<script src=x></script>", "<script> is not allowed in a product sheet"],
    ["<SCRIPT>x</SCRIPT>", "<script> is not allowed in a product sheet"],
    ['<iframe src="https://example.com"></iframe>', "<iframe> is not allowed in a product sheet"],
    ["<style>p {}</style>", "<style> is not allowed in a product sheet"],
    ['<object data="x.swf"></object>', "<object> is not allowed in a product sheet"],
    ['<embed src="x.swf">', "<embed> is not allowed in a product sheet"],
  ])("rejects the element in %j", (line, message) => {
    expect(unsafe(line)[0]).toEqual({ at: "26:1", message });
  });

  it.each([
    ['<img src="x.png" onerror="alert(1)">', "onerror", "26:1"],
    ['Text <a href="#" onClick="steal()">link</a>', "onClick", "26:6"],
    ['<span\n  onmouseover = "x()">hover</span>', "onmouseover", "26:1"],
  ])("rejects an event handler in %j", (line, handler, at) => {
    expect(unsafe(line)).toEqual([
      { at, message: `the event handler ${handler} is not allowed in a product sheet` },
    ]);
  });

  it("rejects a javascript: link", () => {
    expect(unsafe("See [the demo](JavaScript:alert(1)).")).toEqual([
      { at: "26:16", message: "javascript: links are not allowed in a product sheet" },
    ]);
  });

  it("rejects components other than the project's own", () => {
    expect(unsafe("<PriceTable />\n\n<Charts.Bar data={x} />")).toEqual([
      { at: "26:1", message: "<PriceTable> is not one of the components a sheet may use" },
      { at: "28:1", message: "<Charts.Bar> is not one of the components a sheet may use" },
      { at: "28:18", message: "{ } expressions are not allowed in a product sheet" },
    ]);
  });

  it("rejects { } expressions, and accepts an escaped brace", () => {
    expect(unsafe("Runs from {regions.length} places.")).toEqual([
      { at: "26:11", message: "{ } expressions are not allowed in a product sheet" },
    ]);
    expect(unsafe("Runs from \\{many\\} places.")).toEqual([]);
  });

  it("accepts Markdown, plain HTML, <Claim> and <DontSay>", () => {
    expect(
      unsafe(
        '**Bold**, <em>plain HTML</em>, a [link](https://example.com), <Claim id="monitoring-regions" /> and <DontSay>x</DontSay>.',
      ),
    ).toEqual([]);
  });
});

describe("unsafeConstructs", () => {
  it("lists every construct in the order it appears, with its offsets", () => {
    expect(unsafeConstructs("a {b}\n<script>").map(({ start, end }) => [start, end])).toEqual([
      [2, 3],
      [6, 13],
    ]);
  });
});
