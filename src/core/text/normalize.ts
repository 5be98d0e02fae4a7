import confusables from "unhomoglyph/data.json" with { type: "json" };

/**
 * Text folded for matching, as a reader sees it: Unicode compatibility forms unified (NFKC: full
 * width, ligatures, mathematical letters), lowercase, accents and other combining marks dropped,
 * letters of other scripts that look Latin read as the letter they look like (the prototypes of
 * Unicode's confusables.txt, UTS #39), invisible characters dropped (default-ignorable ones:
 * zero-width, joiners, bidi controls, tag characters, variation selectors), superscripts and
 * signs such as ™ read as a break between words, dotted acronyms ("R.O.I.") read as one word, and
 * every run of punctuation or white space turned into one space. `origin[i]` is the index in the
 * original text of folded character `i`, so a match can be highlighted where it was written.
 * The checker, the draft checker, the page scan and the leak check all fold with this one function.
 */
export interface FoldedText {
  folded: string;
  origin: number[];
}

/** Never seen by a reader: drawn as nothing, or only changing how neighbours are drawn. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/**
 * Explicit bidirectional embeddings, overrides and isolates: they reorder what is displayed, so
 * text holding them may read as something other than what is written.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Latin small capitals, which confusables.txt leaves out (it maps only some of them): "ʀɪꜱᴋ" reads
 * as "risk" on a page.
 */
const SMALL_CAPITALS = new Map(
  [..."ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ"].map((letter, index) => [
    letter,
    "abcdefghijklmnopqrstuvwyz"[index]!,
  ]),
);

const PROTOTYPES = confusables as Record<string, string>;

const WORD_CHAR = /[\p{L}\p{N}]/u;

const COMBINING_MARK = /\p{M}/u;

/** Superscripts, subscripts and modifier letters (², ᵀᴹ): footnote and trademark marks. */
const RAISED = /[\p{Lm}\p{No}]/u;

/** A sign that spells letters (™ is "TM", ℠ "SM"), unlike a circled letter (Ⓡ is "R"). */
const SPELLING_SIGN = /\p{So}/u;

/** 1 for the ASCII letters and digits, 0 for the rest of ASCII. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, code) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0,
);

/** Characters nobody sees, which may stand anywhere in an acronym ("R\u200B.O.I."). */
const UNSEEN = "\\p{Default_Ignorable_Code_Point}*";
const DOT = "[.\\uFF0E\\u2024]";

/**
 * A dotted acronym: single letters each followed by a dot (full stop, full-width or one-dot
 * leader), at least two of them.
 */
const DOTTED_ACRONYM = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{L}${UNSEEN}${DOT}(?:${UNSEEN}\\s?${UNSEEN}\\p{L}${UNSEEN}${DOT})+(?:${UNSEEN}\\p{L}(?![\\p{L}\\p{N}]))?`,
  "gu",
);

/**
 * Whether a code unit belongs to a word, in folded text and in ASCII text as written: ASCII
 * letters and digits, and anything past ASCII, which folded text keeps only for letters and digits.
 */
export function isWordCode(code: number): boolean {
  return code >= 0x80 || ASCII_WORD[code] === 1;
}

/**
 * Whether folding can change `text` beyond lowercasing and joining separators: anything past
 * ASCII, or a dotted acronym. Matching skips the folded copy otherwise.
 */
export function needsFolding(text: string): boolean {
  DOTTED_ACRONYM.lastIndex = 0;
  return /[^\0-\x7F]/.test(text) || DOTTED_ACRONYM.test(text);
}

export function foldText(text: string): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let pendingSpace = false;
  // Dots of dotted acronyms are not separators: "R.O.I." is read as "ROI".
  const joined = acronymDots(text);
  // `letters` were written one after another from `at` (consecutive), or all come from the one
  // character at `at`.
  const append = (letters: string, at: number, consecutive: boolean) => {
    if (pendingSpace && folded.length > 0) {
      folded += " ";
      origin.push(at);
    }
    pendingSpace = false;
    folded += letters;
    for (let i = 0; i < letters.length; i++) origin.push(consecutive ? at + i : at);
  };
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // ASCII has nothing to normalise and no look-alikes: a run of letters and digits is appended
    // in one piece, lowercased, and the common case skips the Unicode work.
    if (code < 0x80) {
      const start = index;
      while (index < text.length && ASCII_WORD[text.charCodeAt(index)] === 1) index++;
      if (index > start) append(text.slice(start, index).toLowerCase(), start, true);
      else {
        if (!joined.has(index)) pendingSpace = true;
        index++;
      }
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const at = index;
    index += char.length;
    if (INVISIBLE.test(char) || joined.has(at)) continue;
    const compatible = char.normalize("NFKC");
    // "risk-free™" or "ROI²": the mark ends the word, it does not become part of it.
    const mark =
      compatible !== char &&
      (RAISED.test(char) || (SPELLING_SIGN.test(char) && compatible.length > 1));
    if (mark) {
      pendingSpace = true;
      continue;
    }
    // Decomposition splits "í" into "i" and a combining accent, which is then dropped like an
    // invisible character: "rísk" reads as "risk" to anyone skimming a page.
    for (const part of compatible.normalize("NFD")) {
      if (COMBINING_MARK.test(part)) continue;
      for (const letter of readAs(part.toLowerCase())) {
        if (WORD_CHAR.test(letter)) append(letter, at, false);
        else pendingSpace = true;
      }
    }
  }
  return { folded, origin };
}

/** The letters a character past ASCII reads as: its confusable prototype, lowercase, unaccented. */
function readAs(char: string): string {
  // Punctuation stays punctuation: confusables.txt draws "—" as the letter "ー".
  if (char.charCodeAt(0) < 0x80 || !WORD_CHAR.test(char)) return char;
  const small = SMALL_CAPITALS.get(char);
  if (small) return small;
  const prototype = PROTOTYPES[char] ?? PROTOTYPES[char.toUpperCase()];
  if (prototype === undefined) return char;
  // A prototype may itself be a small capital (Cherokee "Ꭱ" looks like "ʀ").
  return Array.from(
    prototype.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(),
    (letter) => SMALL_CAPITALS.get(letter) ?? letter,
  ).join("");
}

/** The offsets of the dots inside dotted acronyms ("R.O.I."), which join rather than separate. */
function acronymDots(text: string): Set<number> {
  const dots = new Set<number>();
  DOTTED_ACRONYM.lastIndex = 0;
  for (const match of text.matchAll(DOTTED_ACRONYM)) {
    const body = match[0].replace(/[.\uFF0E\u2024]$/, "");
    let offset = match.index;
    for (const char of body) {
      if (!/\p{L}/u.test(char)) dots.add(offset);
      offset += char.length;
    }
  }
  return dots;
}

/**
 * Where a text holds a bidirectional control that reorders what is displayed, or -1: such text
 * may show a reader a phrase that is not what is written, so rep-facing text may not hold one.
 */
export function bidiControlAt(text: string): number {
  return text.search(BIDI_CONTROL);
}

/**
 * `text` with each invisible character written out as <U+200B>: a message quoting a phrase hidden
 * with them must show what is there, and a right-to-left override must not reverse the message.
 */
export function showInvisible(text: string): string {
  return text.replace(
    new RegExp(INVISIBLE.source, "gu"),
    (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

/** The folded form of a phrase, as it is looked for. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).folded;
}
