import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldPhrase, foldText } from "../../../src/core/text/normalize.ts";

describe("foldText", () => {
  it("lowercases and turns each run of spaces, line breaks and punctuation into one space", () => {
    expect(foldText("Risk-Free,\n  Guaranteed!").folded).toBe("risk free guaranteed");
  });

  it("drops leading and trailing punctuation instead of making spaces of it", () => {
    expect(foldText(' "Risk-free." ').folded).toBe("risk free");
  });

  it("treats every kind of hyphen and dash as a separator", () => {
    for (const dash of ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]) {
      expect(foldText(`risk${dash}free`).folded).toBe("risk free");
    }
  });

  it("drops invisible characters, so they cannot split a word", () => {
    expect(foldText("ri\u00ADsk\u200B-fr\u200Dee\uFEFF").folded).toBe("risk free");
  });

  it("unifies compatibility forms: ligatures, full-width letters, superscripts", () => {
    expect(foldText("\uFB01nal \uFF32\uFF2F\uFF29 x\u00B2").folded).toBe("final roi x2");
  });

  it("maps Cyrillic and Greek look-alikes to Latin letters", () => {
    expect(foldText("\u0440\u0456\u0455k-fr\u0435\u0435 \u03BF\u03BD").folded).toBe("pisk free ov");
  });

  it("keeps letters and digits of any script, without their accents", () => {
    expect(foldText("Zürich 99,9 % 東京").folded).toBe("zurich 99 9 東京");
  });

  it("drops combining accents, written on their own or as part of a letter", () => {
    expect(foldText("r\u00EDsk-fre\u0301e").folded).toBe("risk free");
  });

  it("maps every folded character back to where it was written", () => {
    const text = "A  Risk‑free";
    const { folded, origin } = foldText(text);

    expect(folded).toBe("a risk free");
    expect(origin).toEqual([0, 3, 3, 4, 5, 6, 8, 8, 9, 10, 11]);
    expect(text[origin[folded.indexOf("free")]!]).toBe("f");
  });

  it("maps characters after a surrogate pair to their UTF-16 offsets", () => {
    const { folded, origin } = foldText("\u{1F600} risk");

    expect(folded).toBe("risk");
    expect(origin[0]).toBe(3);
  });
});

describe("foldText: ASCII", () => {
  it("lowercases, joins words with one space, and maps each letter to where it was written", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 80 }), (text) => {
        const { folded, origin } = foldText(text);

        expect(folded).toBe(
          text
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, " ")
            .trim(),
        );
        expect(origin).toHaveLength(folded.length);
        [...folded].forEach((letter, index) => {
          if (letter !== " ") expect(text[origin[index]!]!.toLowerCase()).toBe(letter);
          else expect(origin[index]).toBe(origin[index + 1]);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("foldPhrase", () => {
  it("folds a phrase the way text is folded, so the two compare", () => {
    expect(foldPhrase("  Risk‑Free ")).toBe("risk free");
    expect(foldPhrase("100% secure")).toBe("100 secure");
    expect(foldPhrase("---")).toBe("");
  });
});
