/**
 * Text folded for matching: lowercase, compatibility forms unified, accents and other combining
 * marks dropped, look-alike letters mapped to Latin, invisible characters dropped, and every run of punctuation or white space turned into one
 * space. `origin[i]` is the index in the original text of folded character `i`, so a match can be
 * highlighted where it was written.
 */
export interface FoldedText {
  folded: string;
  origin: number[];
}

/** Zero-width, soft hyphen, word joiner, BOM and bidirectional marks: invisible, so never meaningful. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** Cyrillic and Greek letters that render like Latin ones, as used to dodge filters. */
const LOOKALIKES = new Map(
  [..."авеёкмнорстухіїјѕԁԛԝɡιοανκρτυχϲѵһ"].map((letter, index) => [
    letter,
    "abeekmhopctyxiijsdqwgioavkptuxcvh"[index]!,
  ]),
);

const WORD_CHAR = /[\p{L}\p{N}]/u;

const COMBINING_MARK = /\p{M}/u;

/** 1 for the ASCII letters and digits, 0 for the rest of ASCII. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, code) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0,
);

/**
 * Whether a code unit belongs to a word, in folded text and in ASCII text as written: ASCII
 * letters and digits, and anything past ASCII, which folded text keeps only for letters and digits.
 */
export function isWordCode(code: number): boolean {
  return code >= 0x80 || ASCII_WORD[code] === 1;
}

export function foldText(text: string): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let pendingSpace = false;
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
        pendingSpace = true;
        index++;
      }
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const at = index;
    index += char.length;
    if (INVISIBLE.test(char)) continue;
    // Compatibility decomposition splits "í" into "i" and a combining accent, which is then
    // dropped like an invisible character: "rísk" reads as "risk" to anyone skimming a page.
    for (const part of char.normalize("NFKD").toLowerCase()) {
      if (COMBINING_MARK.test(part)) continue;
      const letter = LOOKALIKES.get(part) ?? part;
      if (WORD_CHAR.test(letter)) append(letter, at, false);
      else pendingSpace = true;
    }
  }
  return { folded, origin };
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
