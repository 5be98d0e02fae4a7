import { describe, expect, it } from "vitest";
import { claimReferences, dontSayBlocks, isInside } from "../../../src/core/text/mdx.ts";

describe("claimReferences", () => {
  it("finds each <Claim id> with its offset, in either quote style and with other attributes", () => {
    const body = `<Claim id="a-1" />\nText <Claim id='b-2'/> and <Claim  id = "c-3" compact />`;

    expect(claimReferences(body)).toEqual([
      { start: 0, end: 18, id: "a-1" },
      { start: 24, end: 41, id: "b-2" },
      { start: 46, end: 75, id: "c-3" },
    ]);
  });

  it("does not take other components for claims", () => {
    expect(claimReferences('<Claims id="x" /> <DontSay id="y">z</DontSay>')).toEqual([]);
  });
});

describe("dontSayBlocks", () => {
  it("finds each block from its opening to its closing tag, across lines", () => {
    const body = "a <DontSay>risk\nfree</DontSay> b <DontSay note='x'>c</DontSay >";

    expect(dontSayBlocks(body)).toEqual([
      { start: 2, end: 30 },
      { start: 33, end: 63 },
    ]);
  });

  it("finds nothing in an unclosed block, so nothing in it is exempt", () => {
    expect(dontSayBlocks("<DontSay>risk-free")).toEqual([]);
  });
});

describe("isInside", () => {
  it("includes the start of a range and excludes its end", () => {
    const ranges = [{ start: 2, end: 5 }];

    expect([1, 2, 4, 5].map((offset) => isInside(ranges, offset))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
