import { describe, expect, it } from "vitest";
import { checkBodies } from "../../../src/core/rules/body.ts";
import { edit, libraryOf, MONITORING, validLibrary } from "../fixture-library.ts";

const base = validLibrary();

/** The mdx-safety problems of monitoring.mdx with its first body line (line 26) replaced. */
function unsafe(line: string) {
  const files = edit(base, MONITORING, "Every check runs from many places:", line);
  return checkBodies(libraryOf(files))
    .filter((problem) => problem.rule === "mdx-safety")
    .map(({ line, column, message }) => ({ at: `${line}:${column}`, message }));
}

const notAllowed = (element: string) => `<${element}> is not allowed in a product sheet`;

describe("checkBodies: the talk track's allow-list", () => {
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
        hint: 'Use Markdown, <Claim id="…"/> and <DontSay>…</DontSay> only: write it in Markdown, or remove it.',
        rule: "mdx-safety",
      },
    ]);
  });

  it.each([
    ['import Chart from "./chart.js";', '"import" statements are not allowed in a product sheet'],
    ["export const discount = 50;", '"export" statements are not allowed in a product sheet'],
  ])("rejects the ESM line %j", (line, message) => {
    expect(unsafe(line)).toEqual([{ at: "26:1", message }]);
  });

  it.each([
    ["<script src='x'></script>", "script"],
    ['<iframe src="https://example.com"></iframe>', "iframe"],
    ["<style>p</style>", "style"],
    ['<object data="x.swf"></object>', "object"],
    ['<embed src="x.swf" />', "embed"],
    ['<meta http-equiv="refresh" content="0;url=https://example.com" />', "meta"],
    ['<form action="https://example.com"><button>Go</button></form>', "form"],
    ['<a href="javascript&#58;alert(1)">link</a>', "a"],
    ['<img src="x.png" onerror="alert(1)" />', "img"],
    ["<em>plain HTML</em>", "em"],
  ])("rejects every element outside the allow-list: %j", (line, element) => {
    expect(unsafe(line)).toEqual([{ at: "26:1", message: notAllowed(element) }]);
  });

  it.each([
    ["See [the demo](JavaScript:alert(1)).", "26:5", "javascript:"],
    ["See [the demo](javascript&#58;alert(1)).", "26:5", "javascript:"],
    ["See [the demo](java&#x09;script:alert(1)).", "26:5", "javascript:"],
    ["See ![x](data:image/svg+xml,x).", "26:5", "data:"],
    ["See [the demo][demo].\n\n[demo]: vbscript:x", "28:1", "vbscript:"],
  ])("judges a link's address after decoding: %j", (line, at, scheme) => {
    expect(unsafe(line)).toEqual([
      { at, message: `${scheme} links are not allowed in a product sheet` },
    ]);
  });

  it.each([
    "https://example.com/a?b#c",
    "http://example.com",
    "mailto:sales@example.com",
    "tel:+4930123456",
    "../claims/",
    "/promises/#promise-sla",
    "#overview",
  ])("accepts a link to %s", (url) => {
    expect(unsafe(`See [this](${url}).`)).toEqual([]);
  });

  it("rejects components other than the project's own, and attributes they do not take", () => {
    expect(
      unsafe(
        '<PriceTable />\n\n<Charts.Bar />\n\n<Claim id="monitoring-regions" compact />\n\n<DontSay note="x">y</DontSay>',
      ),
    ).toEqual([
      { at: "26:1", message: "<PriceTable> is not one of the components a product sheet may use" },
      { at: "28:1", message: "<Charts.Bar> is not one of the components a product sheet may use" },
      { at: "30:1", message: "the attribute compact is not allowed on <Claim> in a product sheet" },
      { at: "32:1", message: "the attribute note is not allowed on <DontSay> in a product sheet" },
    ]);
  });

  it("rejects { } expressions anywhere, and accepts an escaped brace", () => {
    expect(unsafe("Runs from {regions.length} places.")).toEqual([
      { at: "26:11", message: "{ } expressions are not allowed in a product sheet" },
    ]);
    expect(unsafe('<Claim id={"monitoring-regions"} />')).toEqual([
      {
        at: "26:1",
        message: "the attribute id={…} is not allowed on <Claim> in a product sheet",
      },
    ]);
    expect(unsafe("Runs from \\{many\\} places.")).toEqual([]);
  });

  it("reports an HTML comment, which MDX cannot read, with a hint instead of a crash", () => {
    const files = edit(
      base,
      MONITORING,
      "Every check runs from many places:",
      "Text\n<!-- note -->",
    );
    const [problem] = checkBodies(libraryOf(files));

    expect(problem).toMatchObject({ line: 27, column: 1, rule: "mdx-safety" });
    expect(problem!.message).toContain("HTML comments (<!-- … -->) are not allowed");
    expect(problem!.hint).toContain("Remove the comment");
  });

  it("reports any other syntax error at its line, with the parser's reason", () => {
    expect(unsafe("Some <b>bold text")).toEqual([
      {
        at: "26:6",
        message:
          "the talk track cannot be read as MDX: Expected a closing tag for `<b>` before the end of `paragraph`",
      },
    ]);
  });

  it("accepts Markdown of every kind, <Claim> and <DontSay>", () => {
    expect(
      unsafe(
        [
          "## Heading",
          '**Bold**, _em_, ~~gone~~, `code`, a [link](https://example.com) and <Claim id="monitoring-regions" />.',
          "",
          "- a list",
          "- [ ] a task",
          "",
          "> a quote",
          "",
          "| a | b |",
          "|---|---|",
          "| 1 | 2 |",
          "",
          "```",
          "a block",
          "```",
          "",
          "<DontSay>We are risk-free.</DontSay>",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});
