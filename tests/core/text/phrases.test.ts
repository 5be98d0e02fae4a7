import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldPhrase, foldText } from "../../../src/core/text/normalize.ts";
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

/**
 * What findPhrases means, written plainly: every phrase in the folded text, between spaces, where
 * each word may take a plural ending and two words may run together where both sides are letters.
 */
function definition(text: string, phrases: readonly string[]) {
  const { folded, origin } = foldText(text);
  const padded = ` ${folded} `;
  const matches: { start: number; end: number; rule: string }[] = [];
  const letter = /[^\p{N}\s]/u;
  for (const phrase of phrases) {
    const needle = foldPhrase(phrase);
    if (needle === "") continue;
    const words = needle.split(" ");
    const source = words
      .map((word, index) => {
        const plural = letter.test(word.at(-1)!) ? "(?:s|es)?" : "";
        const next = words[index + 1];
        const gap =
          next === undefined
            ? ""
            : letter.test(word.at(-1)!) && letter.test(next[0]!)
              ? "(?: |)"
              : " ";
        return `${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${plural}${gap}`;
      })
      .join("");
    const pattern = new RegExp(`${source}(?= )`, "uy");
    for (let at = 1; at < padded.length; at++) {
      if (padded[at - 1] !== " ") continue;
      pattern.lastIndex = at;
      const match = pattern.exec(padded);
      if (!match) continue;
      const last = origin[at - 1 + match[0].length - 1]!;
      matches.push({
        start: origin[at - 1]!,
        end: last + String.fromCodePoint(text.codePointAt(last)!).length,
        rule: phrase,
      });
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe("findPhrases: the one-pass scan", () => {
  // Few letters, so that phrases often occur; separators, case, and characters that fold.
  const letter = fc.constantFrom(..."abrisk019");
  const separator = fc.constantFrom(" ", "  ", "\n", "-", ", ", "%", "'", "<", "/>");
  const unicode = fc.constantFrom("é", "\u2011", "\u200B", "\u0430", "\uFB01", "\u{1D42B}", "—");
  const word = fc.array(letter, { minLength: 1, maxLength: 4 }).map((letters) => letters.join(""));
  const phrases = fc.array(
    fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" ")),
    { minLength: 1, maxLength: 6 },
  );
  /** Phrases, and a text made mostly of their words, in either case, between separators. */
  const scenario = (extra: fc.Arbitrary<string>) =>
    phrases.chain((rules) => {
      const known = fc
        .constantFrom(...rules.flatMap((rule) => rule.split(" ")))
        .chain((known) => fc.constantFrom(known, known.toUpperCase()));
      const part = fc.oneof(known, separator, separator, word, extra);
      const text = fc.array(part, { maxLength: 60 }).map((parts) => parts.join(""));
      return fc.tuple(text, fc.constant(rules));
    });

  it("finds what the definition finds in ASCII text, read as written", () => {
    fc.assert(
      fc.property(scenario(separator), ([text, rules]) => {
        expect(findPhrases(text, rules, (rule) => rule)).toEqual(definition(text, rules));
      }),
      { numRuns: 500 },
    );
  });

  it("finds what the definition finds in text with characters to fold", () => {
    fc.assert(
      fc.property(scenario(unicode), ([text, rules]) => {
        expect(findPhrases(text, rules, (rule) => rule)).toEqual(definition(text, rules));
      }),
      { numRuns: 500 },
    );
  });
});

describe("findPhrases: forms a reader takes for the phrase", () => {
  it("finds it with accents on its letters, precomposed or combining", () => {
    expect(find("It is r\u00EDsk-fre\u0301e.", "risk-free").map(({ written }) => written)).toEqual([
      "r\u00EDsk-fre\u0301e",
    ]);
  });

  it("finds its words run together, but only between letters", () => {
    expect(find("riskfree and RiskFree", "risk-free").map(({ written }) => written)).toEqual([
      "riskfree",
      "RiskFree",
    ]);
    expect(find("9999 uptime", "99.99 uptime")).toEqual([]);
  });

  it("finds any of its words in the plural, and nothing longer", () => {
    expect(
      find("guaranteed ROIs, guaranteed ROI's, guaranteeds ROIes", "guaranteed ROI").map(
        ({ written }) => written,
      ),
    ).toEqual(["guaranteed ROIs", "guaranteed ROI", "guaranteeds ROIes"]);
    expect(find("guaranteed ROIst", "guaranteed ROI")).toEqual([]);
  });
});
