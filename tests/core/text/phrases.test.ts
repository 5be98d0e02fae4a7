import { describe, expect, it } from "vitest";
import { findPhrases } from "../../../src/core/text/phrases.ts";

const find = (text: string, ...phrases: string[]) =>
  findPhrases(text, phrases, (phrase) => phrase).map(({ start, end, rule }) => ({
    written: text.slice(start, end),
    start,
    rule,
  }));

describe("findPhrases", () => {
  it("finds a phrase whatever its case, and says where it was written", () => {
    expect(find("It is RISK-FREE.", "risk-free")).toEqual([
      { written: "RISK-FREE", start: 6, rule: "risk-free" },
    ]);
  });

  it("finds it across a line break and with other punctuation between the words", () => {
    expect(find("It is risk\nfree", "risk-free")).toEqual([
      { written: "risk\nfree", start: 6, rule: "risk-free" },
    ]);
    expect(find("risk — free", "risk-free")).toEqual([
      { written: "risk — free", start: 0, rule: "risk-free" },
    ]);
    expect(find("risk/free", "risk free")).toEqual([
      { written: "risk/free", start: 0, rule: "risk free" },
    ]);
  });

  it('matches "risk free", "risk-free" and "Risk‑free" (U+2011) alike', () => {
    const text = "risk free, risk-free and Risk\u2011free";

    expect(find(text, "risk-free").map(({ written }) => written)).toEqual([
      "risk free",
      "risk-free",
      "Risk\u2011free",
    ]);
  });

  it("finds whole words only", () => {
    expect(find("unlimitedly brisk-freedom", "unlimited", "risk-free")).toEqual([]);
    expect(find("unlimited.", "unlimited")).toEqual([
      { written: "unlimited", start: 0, rule: "unlimited" },
    ]);
  });

  it("keeps the percent sign out of the match, since punctuation only separates words", () => {
    expect(find("We are 100% secure.", "100% secure")).toEqual([
      { written: "100% secure", start: 7, rule: "100% secure" },
    ]);
  });

  it("finds every occurrence of every phrase, in text order", () => {
    expect(
      find("ROI guaranteed; guaranteed ROI; guaranteed roi", "guaranteed ROI", "ROI").map(
        ({ start, rule }) => [start, rule],
      ),
    ).toEqual([
      [0, "ROI"],
      [16, "guaranteed ROI"],
      [27, "ROI"],
      [32, "guaranteed ROI"],
      [43, "ROI"],
    ]);
  });

  it("ends a match after a last character outside the Basic Multilingual Plane", () => {
    expect(find("say 𝐫𝐨𝐢 now", "roi")).toEqual([{ written: "𝐫𝐨𝐢", start: 4, rule: "roi" }]);
  });

  it("ignores a phrase that folds to nothing", () => {
    expect(find("--- !!! ---", "---", "!!!")).toEqual([]);
  });

  it("finds nothing in empty text", () => {
    expect(find("", "risk-free")).toEqual([]);
  });
});
