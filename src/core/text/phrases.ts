import { foldPhrase, foldText } from "./normalize.ts";

export interface PhraseMatch<T> {
  /** Offsets in the original text: `text.slice(start, end)` is what was written. */
  start: number;
  end: number;
  rule: T;
}

/**
 * Finds every whole-word occurrence of each phrase, whatever its case, line breaks, hyphens,
 * punctuation or invisible characters ("risk free", "Risk-\nfree", "risk‑free").
 */
export function findPhrases<T>(
  text: string,
  rules: readonly T[],
  phraseOf: (rule: T) => string,
): PhraseMatch<T>[] {
  const { folded, origin } = foldText(text);
  const padded = ` ${folded} `;
  const matches: PhraseMatch<T>[] = [];
  for (const rule of rules) {
    const needle = foldPhrase(phraseOf(rule));
    if (needle === "") continue;
    for (
      let at = padded.indexOf(` ${needle} `);
      at !== -1;
      at = padded.indexOf(` ${needle} `, at + 1)
    ) {
      const first = at; // index in `folded` of the needle's first character (padding shifts by one)
      const last = at + needle.length - 1;
      matches.push({ start: origin[first]!, end: endOf(text, origin[last]!), rule });
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** One past the end of the (possibly surrogate-pair) character starting at `index`. */
function endOf(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  return index + (code > 0xffff ? 2 : 1);
}
