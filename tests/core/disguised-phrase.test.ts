/**
 * The guarantee as a property: in a generated valid library, a forbidden or may-not phrase put into
 * any text a rep reads as something to say, however it is disguised, is reported at that file and
 * line.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BENCH_AS_OF, generateLibrary } from "../../bench/generate.ts";
import { checkLibrary, type CheckResult } from "../../src/core/check.ts";
import type { SourceFile } from "../../src/core/source/file.ts";
import { applicablePhrases } from "../../src/core/guardrails/guardrails.ts";
import { hasErrors } from "../../src/core/problem.ts";

const encoder = new TextEncoder();

/**
 * Where a phrase goes: the end of a frontmatter field's line (found by how the line starts, and
 * continued on a new line with `indent`), or of a line of talk track.
 */
type Place = { kind: "field"; prefix: string; indent: string } | { kind: "talk-track" };

const field = (prefix: string, indent: string): Place => ({ kind: "field", prefix, indent });

const DISGUISES = [
  "case",
  "entity",
  "line-break",
  "invisible",
  "look-alike",
  "other-script",
  "small-capitals",
  "dotless-i",
  "full-width",
  "trademark",
  "footnote",
  "dotted",
  "tag",
  "bidi-isolate",
] as const;
type Disguise = (typeof DISGUISES)[number];

const LOOK_ALIKES: Record<string, string> = {
  a: "\u0430",
  e: "\u0435",
  o: "\u043E",
  p: "\u0440",
  c: "\u0441",
  x: "\u0445",
  i: "\u0456",
};
const INVISIBLE = ["\u200B", "\u00AD", "\u2060", "\u200D", "\u180E", "\uFE0F"];

/** Letters of Cherokee, Lisu, Greek and Armenian, and Latin letters of another shape, drawn like Latin ones. */
const OTHER_SCRIPTS: Record<string, string> = {
  a: "\u0251",
  d: "\u0501",
  e: "\u13AC",
  g: "\u0261",
  h: "\u04BB",
  i: "\u0269",
  l: "\uA4E1",
  n: "\u0578",
  o: "\u03BF",
  r: "\u13A1",
  s: "\uA4E2",
  t: "\uA4D4",
  u: "\u057D",
};

const SMALL_CAPITALS: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnoprstuvwyz"].map((letter, index) => [
    letter,
    [..."ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"][index]!,
  ]),
);

/** Replaces each letter of the `at`-th word by `map`'s, where it has one. */
function inWord(phrase: string, at: number, map: (char: string) => string): string {
  const words = phrase.split(/(\s+)/);
  const indices = words.flatMap((word, i) => (/\p{L}/u.test(word) ? [i] : []));
  const which = indices[at % indices.length]!;
  words[which] = [...words[which]!].map(map).join("");
  return words.join("");
}

/** `phrase` written the way a reader still reads as the phrase; `at` picks where. */
function disguise(phrase: string, how: Disguise, at: number, indent: string): string {
  const chars = [...phrase];
  const index = at % chars.length;
  const letters = chars.flatMap((char, i) => (/\p{L}/u.test(char) ? [i] : []));
  switch (how) {
    case "case":
      return chars
        .map((char, i) => ((i + at) % 2 === 0 ? char.toUpperCase() : char.toLowerCase()))
        .join("");
    case "entity": {
      const which = letters[at % letters.length]!;
      const code = chars[which]!.codePointAt(0)!;
      const reference = at % 2 === 0 ? `&#${code};` : `&#x${code.toString(16)};`;
      return [...chars.slice(0, which), reference, ...chars.slice(which + 1)].join("");
    }
    case "line-break": {
      // A gap between two words becomes a line break (continued with the field's indentation).
      const gap = chars.findIndex((char, i) => i >= index && /[\s-]/.test(char));
      const where = gap === -1 ? chars.findIndex((char) => /[\s-]/.test(char)) : gap;
      if (where === -1) return phrase;
      return [
        ...chars.slice(0, where),
        `${chars[where] === "-" ? "-" : ""}\n${indent}`,
        ...chars.slice(where + 1),
      ].join("");
    }
    case "invisible": {
      // Between two letters of a word, where nothing shows it.
      const inside =
        letters.find((i) => i >= index && /\p{L}/u.test(chars[i + 1] ?? "")) ?? letters[0]!;
      return [
        ...chars.slice(0, inside + 1),
        INVISIBLE[at % INVISIBLE.length],
        ...chars.slice(inside + 1),
      ].join("");
    }
    case "look-alike": {
      const letter = chars.findIndex((char) => char in LOOK_ALIKES);
      if (letter === -1) return phrase;
      return [
        ...chars.slice(0, letter),
        LOOK_ALIKES[chars[letter]!],
        ...chars.slice(letter + 1),
      ].join("");
    }
    case "other-script":
      return inWord(phrase, at, (char) => OTHER_SCRIPTS[char.toLowerCase()] ?? char);
    case "small-capitals":
      return inWord(phrase, at, (char) => SMALL_CAPITALS[char.toLowerCase()] ?? char);
    case "dotless-i":
      return phrase.replace(/i/g, "\u0131");
    case "full-width":
      return inWord(phrase, at, (char) =>
        /[!-~]/.test(char) ? String.fromCodePoint(char.codePointAt(0)! + 0xfee0) : char,
      );
    // A mark glued to the phrase's end, where a reader skips it.
    case "trademark":
      return `${phrase}${["\u2122", "\u00AE", "\u2120"][at % 3]}`;
    case "footnote":
      return `${phrase}${["\u00B9", "\u00B2", "\u2075", "\u1D40\u1D39"][at % 4]}`;
    // One word spelt out as an acronym: "R.O.I.", "R.I.S.K."
    case "dotted":
      // The whole word, with any invisible character already in it ("ri\u200Bsk" is one word).
      return phrase.replace(
        /(?<![\p{L}\p{N}])\p{L}(?:\p{L}|\p{Default_Ignorable_Code_Point})+(?![\p{L}\p{N}])/u,
        (word) =>
          [...word.toUpperCase()].map((char) => (/\p{L}/u.test(char) ? `${char}.` : char)).join(""),
      );
    // A tag character (invisible, from the emoji tag block) inside a word.
    case "tag":
      return inWord(phrase, at, (char) => `${char}\u{E0061}`);
    // A left-to-right isolate around Latin text changes nothing a reader sees.
    case "bidi-isolate":
      return `\u2066${phrase}\u2069`;
  }
}

/** The 1-based line numbers of `text` where a phrase may go for `place`. */
function candidateLines(text: string, place: Place): number[] {
  const lines = text.split("\n");
  const bodyStart = lines.indexOf("---", 1) + 1;
  let quoted = false;
  return lines.flatMap((line, index) => {
    if (place.kind === "field") {
      return index < bodyStart && line.startsWith(place.prefix) ? [index + 1] : [];
    }
    if (index < bodyStart) return [];
    if (line.includes("<DontSay>")) quoted = true;
    const candidate = !quoted && /^[A-Za-z]/.test(line);
    if (line.includes("</DontSay>")) quoted = false;
    return candidate ? [index + 1] : [];
  });
}

/** Generating a library is the slow part: a few seeds, each generated and checked once. */
const libraries = new Map<
  number,
  { files: SourceFile[]; texts: Map<string, string>; base: CheckResult }
>();
function library(seed: number) {
  let found = libraries.get(seed);
  if (!found) {
    const generated = generateLibrary({ sheets: 2, seed });
    const files = generated.map((file) => ({ path: file.path, bytes: encoder.encode(file.text) }));
    found = {
      files,
      texts: new Map(generated.map((file) => [file.path, file.text])),
      base: checkLibrary(files, { asOf: BENCH_AS_OF }),
    };
    libraries.set(seed, found);
  }
  return found;
}

const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 8 }),
  sheet: fc.nat(),
  // Every text field a sheet page renders: none is exempt from the wording rules.
  place: fc.constantFrom<Place>(
    field("title: ", "  "),
    field("summary: ", "  "),
    field("category: ", "  "),
    field("  unit: ", "    "),
    field("    text: ", "      "),
    field("      document: ", "        "),
    field("      section: ", "        "),
    field("  - topic: ", "      "),
    field("    may: ", "      "),
    { kind: "talk-track" },
    { kind: "talk-track" },
  ),
  line: fc.nat(),
  rule: fc.nat(),
  disguises: fc.uniqueArray(fc.constantFrom<Disguise>(...DISGUISES), {
    minLength: 1,
    maxLength: 2,
  }),
  at: fc.nat({ max: 40 }),
});

// Each run checks a whole library: slower than a unit test, so it has a minute.
describe("a phrase put into any rep-facing text, in any disguise", { timeout: 60_000 }, () => {
  it("is reported at the file and line it was put on", () => {
    fc.assert(
      fc.property(scenario, ({ seed, sheet, place, line, rule, disguises, at }) => {
        const { files, texts, base } = library(seed);
        expect(hasErrors(base.problems)).toBe(false);

        const sheets = base.library!.sheets;
        const target = sheets[sheet % sheets.length]!;
        const source = texts.get(target.file)!;
        const lines = candidateLines(source, place);
        const lineNumber = lines[line % lines.length]!;
        const rules = applicablePhrases(base.library!.policy.policy, [target.product]);
        const chosen = rules[rule % rules.length]!;
        const indent = place.kind === "field" ? place.indent : "";
        // A character reference goes on last: a look-alike letter put inside "&#x47;" would make it
        // no reference at all, and no longer the phrase a reader sees.
        const order = [...disguises].sort(
          (a, b) => Number(a === "entity") - Number(b === "entity"),
        );
        const written = order.reduce((text, how) => disguise(text, how, at, indent), chosen.phrase);

        const text = source.split("\n");
        text[lineNumber - 1] = `${text[lineNumber - 1]} and ${written} too`;
        const changed = files.map((candidate) =>
          candidate.path === target.file
            ? { path: candidate.path, bytes: encoder.encode(text.join("\n")) }
            : candidate,
        );
        const { problems } = checkLibrary(changed, { asOf: BENCH_AS_OF });

        expect(problems).toContainEqual(
          expect.objectContaining({
            severity: "error",
            file: target.file,
            line: lineNumber,
            rule: chosen.kind === "forbidden" ? "forbidden-phrase" : "may-not-phrase",
          }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
