import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTalkTrack, unsafeUrl } from "../../../src/core/text/mdx.ts";

const read = (body: string) => readTalkTrack(body, "a product sheet");

describe("readTalkTrack", () => {
  it("finds each <Claim id> with its offset, in either quote style, and nothing else as a claim", () => {
    const body = `<Claim id="a-1" />\n\nText <Claim id='b-2'/> and <Claims id="x" />`;

    expect(read(body).claims).toEqual([
      { id: "a-1", offset: 0 },
      { id: "b-2", offset: 25 },
    ]);
  });

  it("gives each block's text as the reader sees it, with where each character was written", () => {
    const body = "# Title\n\nIt is risk&#45;free &amp; **more**\nthan that.";
    const { spoken } = read(body);

    expect(spoken.map((run) => run.text)).toEqual(["Title", "It is risk-free & more\nthan that."]);
    const run = spoken[1]!;
    const hyphen = run.text.indexOf("-");
    expect(body.slice(run.origin(hyphen), run.origin(hyphen) + 5)).toBe("&#45;");
    expect(run.origin(run.text.indexOf("more"))).toBe(body.indexOf("more"));
    expect(run.origin(run.text.indexOf("than"))).toBe(body.indexOf("than"));
  });

  it("leaves out what <DontSay> quotes, across lines and inline", () => {
    const body = "Say this <DontSay>not this</DontSay> now.\n\n<DontSay>\nnor\n\nthis\n</DontSay>";

    expect(read(body).spoken.map((run) => run.text)).toEqual(["Say this ", " now."]);
  });

  it("keeps the words either side of a component apart", () => {
    expect(read('risk<Claim id="a" />free').spoken.map((run) => run.text)).toEqual([
      "risk",
      "free",
    ]);
  });

  it("reads what renders beside the words: link, image and definition titles, reference-style alt", () => {
    const body = [
      'See [the terms](https://example.com/a/long/address/past/sixty/four/characters/to/the/terms "Risk free")',
      "and ![Zero downtime][chart].",
      "",
      '[chart]: https://example.com/chart.png "Guaranteed ROI"',
    ].join("\n");
    const { spoken } = read(body);

    expect(spoken.map((run) => run.text).sort()).toEqual([
      "Guaranteed ROI",
      "Risk free",
      "See the terms\nand Zero downtime.",
    ]);
    const title = spoken.find((run) => run.text === "Risk free")!;
    expect(title.origin(0)).toBe(body.indexOf("Risk free"));
  });

  it("refuses a <Claim> quoted inside <DontSay>: approved wording is never what not to say", () => {
    expect(read('<DontSay>\n<Claim id="a" />\n</DontSay>').problems).toMatchObject([
      { offset: 10, message: "<Claim> inside <DontSay> in a product sheet" },
    ]);
  });

  it("reports a syntax error with the parser's line and column instead of throwing", () => {
    expect(read("ok\n\n<!-- hidden -->").problems).toEqual([
      expect.objectContaining({ line: 3, column: 1, offset: 4 }),
    ]);
  });
});

describe("unsafeUrl", () => {
  it.each([
    "https://a.example",
    "http://a.example",
    "mailto:a@b.example",
    "tel:+1",
    "x/y",
    "#a",
    "//a.example",
  ])("accepts %s", (url) => {
    expect(unsafeUrl(url)).toBeUndefined();
  });

  it.each([
    ["javascript:alert(1)", "javascript: links are not allowed"],
    [" JAVA\tSCRIPT:x", "javascript: links are not allowed"],
    ["data:text/html,x", "data: links are not allowed"],
    ["vbscript:x", "vbscript: links are not allowed"],
    ["http://[::1", '"http://[::1" is not a valid address'],
  ])("refuses %j", (url, reason) => {
    expect(unsafeUrl(url)).toBe(reason);
  });
});

describe("readTalkTrack on anything", () => {
  it("answers an export line whose string ends the talk track in a backslash, without aborting", () => {
    const track = read("export '\\");
    expect(track.problems.length).toBeGreaterThan(0);
  });

  const token = fc.constantFrom(
    ..."<>{}/!-&#;:[]()`*_\\\"'\n ".split(""),
    "<!--",
    "-->",
    "</",
    "<a ",
    "<Claim",
    "<DontSay>",
    "</DontSay>",
    "&#58;",
    "&amp",
    "javascript:",
    "](",
    "import ",
    "export ",
    "risk",
    "free",
  );

  it("answers with problems and positions inside the text, never by throwing", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const body = tokens.join("");
        const track = read(body);
        for (const problem of track.problems) {
          expect(problem.offset).toBeGreaterThanOrEqual(0);
          expect(problem.offset).toBeLessThanOrEqual(body.length);
          expect(problem.hint.length).toBeGreaterThan(10);
        }
        for (const run of track.spoken) {
          for (let offset = 0; offset < run.text.length; offset++) {
            expect(run.origin(offset)).toBeGreaterThanOrEqual(0);
            expect(run.origin(offset)).toBeLessThan(body.length);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
