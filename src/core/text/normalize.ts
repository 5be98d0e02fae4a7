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
const LOOKALIKES: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y",
  х: "x", і: "i", ї: "i", ј: "j", ѕ: "s", ԁ: "d", ԛ: "q", ԝ: "w", ɡ: "g", ι: "i", ο: "o", α: "a",
  ν: "v", κ: "k", ρ: "p", τ: "t", υ: "u", χ: "x", ϲ: "c", ѵ: "v", һ: "h",
};

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function foldText(text: string): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let pendingSpace = false;
  let index = 0;
  for (const char of text) {
    const at = index;
    index += char.length;
    if (INVISIBLE.test(char)) continue;
    for (const part of char.normalize("NFKC").toLowerCase()) {
      const letter = LOOKALIKES[part] ?? part;
      if (WORD_CHAR.test(letter)) {
        if (pendingSpace && folded.length > 0) {
          folded += " ";
          origin.push(at);
        }
        pendingSpace = false;
        folded += letter;
        for (let i = 0; i < letter.length; i++) origin.push(at);
      } else {
        pendingSpace = true;
      }
    }
  }
  return { folded, origin };
}

/** The folded form of a phrase, as it is looked for. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).folded;
}
