/**
 * Text folded for matching: lowercase, compatibility forms unified, look-alike letters mapped to
 * Latin, invisible characters dropped, and every run of punctuation or white space turned into one
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
const ASCII_WORD = /[A-Za-z0-9]/;

export function foldText(text: string): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let pendingSpace = false;
  let index = 0;
  const append = (letter: string, at: number) => {
    if (pendingSpace && folded.length > 0) {
      folded += " ";
      origin.push(at);
    }
    pendingSpace = false;
    folded += letter;
    for (let i = 0; i < letter.length; i++) origin.push(at);
  };
  for (const char of text) {
    const at = index;
    index += char.length;
    // ASCII has nothing to normalise and no look-alikes: the common case skips the Unicode work.
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      if (ASCII_WORD.test(char)) append(char.toLowerCase(), at);
      else pendingSpace = true;
      continue;
    }
    if (INVISIBLE.test(char)) continue;
    for (const part of char.normalize("NFKC").toLowerCase()) {
      const letter = LOOKALIKES.get(part) ?? part;
      if (WORD_CHAR.test(letter)) append(letter, at);
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
