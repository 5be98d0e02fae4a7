import { foldPhrase, foldText, isWordCode, needsFolding } from "./normalize.ts";

export interface PhraseMatch<T> {
  /** Offsets in the original text: `text.slice(start, end)` is what was written. */
  start: number;
  end: number;
  rule: T;
}

interface Needle<T> {
  /** The folded phrase: words of lowercase letters and digits, one space between them. */
  folded: string;
  rule: T;
}

const SPACE = 0x20;

/**
 * Finds every whole-word occurrence of each phrase, whatever its case, line breaks, hyphens,
 * punctuation, accents or invisible characters ("risk free", "Risk-\nfree", "risk‑free",
 * "rísk-free"), run together ("riskfree") or in the plural ("guaranteed ROIs").
 */
export function findPhrases<T>(
  text: string,
  rules: readonly T[],
  phraseOf: (rule: T) => string,
): PhraseMatch<T>[] {
  return phraseFinder(rules, phraseOf)(text);
}

/** findPhrases for many texts and the same rules: the phrases are folded once. */
export function phraseFinder<T>(
  rules: readonly T[],
  phraseOf: (rule: T) => string,
): (text: string) => PhraseMatch<T>[] {
  const needles = needlesByFirstLetter(rules, phraseOf);
  return (text) => {
    const matches: PhraseMatch<T>[] = [];
    if (!needsFolding(text)) {
      // Folded ASCII is the text lowercased with each run of separators made one space, which the
      // scan allows for: the text is searched as written, without a folded copy.
      scan(text, needles, (first, last, rule) =>
        matches.push({ start: first, end: last + 1, rule }),
      );
    } else {
      const { folded, origin } = foldText(text);
      scan(folded, needles, (first, last, rule) =>
        matches.push({ start: origin[first]!, end: endOf(text, origin[last]!), rule }),
      );
    }
    return matches.sort((a, b) => a.start - b.start || b.end - a.end);
  };
}

/** The folded phrases, in rule order, grouped by their first code unit (ASCII range, lowercase). */
function needlesByFirstLetter<T>(
  rules: readonly T[],
  phraseOf: (rule: T) => string,
): (Needle<T>[] | undefined)[] {
  const needles = new Array<Needle<T>[] | undefined>(0x80);
  for (const rule of rules) {
    const folded = foldPhrase(phraseOf(rule));
    if (folded === "") continue;
    (needles[folded.charCodeAt(0) & 0x7f] ??= []).push({ folded, rule });
  }
  return needles;
}

/**
 * One pass over `text` (folded, or ASCII as written): at each word start, only the phrases that
 * begin with its letter are compared. Reports the first and last offset of each match in `text`.
 */
function scan<T>(
  text: string,
  needles: readonly (Needle<T>[] | undefined)[],
  found: (first: number, last: number, rule: T) => void,
): void {
  let previousIsWord = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const isWord = isWordCode(code);
    const candidates = isWord && !previousIsWord ? needles[lowerAscii(code) & 0x7f] : undefined;
    previousIsWord = isWord;
    if (candidates === undefined) continue;
    for (const needle of candidates) {
      const last = lastOffsetOf(text, at, needle.folded);
      if (last !== -1) found(at, last, needle.rule);
    }
  }
}

/**
 * Where `folded` ends if it matches whole words of `text` from `start`, else -1. Beyond the
 * separators folding already evens out, two forms a reader takes for the phrase match too:
 * - words run together ("riskfree" for "risk free"), where both sides of the gap are letters;
 * - a plural ending on any word ("guaranteed ROIs", "zero downtimes"): -s or -es.
 */
function lastOffsetOf(text: string, start: number, folded: string): number {
  const end = matchFrom(text, start, folded, 0);
  return end === -1 ? -1 : end - 1;
}

/** One past the end of the match of `folded[index…]` at `text[at…]`, else -1. */
function matchFrom(text: string, at: number, folded: string, index: number): number {
  while (index < folded.length) {
    const code = folded.charCodeAt(index);
    if (code === SPACE) {
      // One space of the phrase stands for any run of separators in the text, or for none
      // between two letters.
      let next = at;
      while (next < text.length && !isWordCode(text.charCodeAt(next))) next++;
      if (next > at) {
        const end = matchFrom(text, next, folded, index + 1);
        if (end !== -1) return end;
      }
      const joinable =
        isLetter(folded.charCodeAt(index - 1)) && isLetter(folded.charCodeAt(index + 1));
      if (!joinable) return -1;
      index++;
      continue;
    }
    if (at >= text.length || lowerAscii(text.charCodeAt(at)) !== code) return -1;
    at++;
    index++;
    const wordEnds = index === folded.length || folded.charCodeAt(index) === SPACE;
    if (wordEnds && isLetter(code)) {
      for (const ending of PLURAL_ENDINGS) {
        if (!endsWith(text, at, ending)) continue;
        const end = matchFrom(text, at + ending.length, folded, index);
        if (end !== -1) return end;
      }
    }
  }
  return at < text.length && isWordCode(text.charCodeAt(at)) ? -1 : at;
}

const PLURAL_ENDINGS = ["s", "es"] as const;

function endsWith(text: string, at: number, ending: string): boolean {
  for (let i = 0; i < ending.length; i++) {
    if (lowerAscii(text.charCodeAt(at + i)) !== ending.charCodeAt(i)) return false;
  }
  return true;
}

/** A letter of folded text: ASCII a–z, or any folded character past ASCII that is not a digit. */
function isLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x80 && !/\p{N}/u.test(String.fromCharCode(code)))
  );
}

/** Folded text is lowercase already; ASCII as written is lowercased here, one code unit at a time. */
function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** One past the end of the (possibly surrogate-pair) character starting at `index`. */
function endOf(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  return index + (code > 0xffff ? 2 : 1);
}
