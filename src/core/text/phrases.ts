import { foldPhrase, foldText, isWordCode } from "./normalize.ts";

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

/** Any character beyond ASCII: only then can folding do more than lowercase and join separators. */
const NON_ASCII = /[\u0080-\uFFFF]/;

const SPACE = 0x20;

/**
 * Finds every whole-word occurrence of each phrase, whatever its case, line breaks, hyphens,
 * punctuation or invisible characters ("risk free", "Risk-\nfree", "risk‑free").
 */
export function findPhrases<T>(
  text: string,
  rules: readonly T[],
  phraseOf: (rule: T) => string,
): PhraseMatch<T>[] {
  return phraseFinder(rules, phraseOf)(text);
}

/**
 * `findPhrases` with the phrases folded once, for a caller that searches many texts (or the same
 * draft at every keystroke) for the same phrases.
 */
export function phraseFinder<T>(
  rules: readonly T[],
  phraseOf: (rule: T) => string,
): (text: string) => PhraseMatch<T>[] {
  const needles = needlesByFirstWord(rules, phraseOf);
  return (text) => {
    const matches: PhraseMatch<T>[] = [];
    if (!NON_ASCII.test(text)) {
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

/** The folded phrases, in rule order, grouped by their first word. */
function needlesByFirstWord<T>(
  rules: readonly T[],
  phraseOf: (rule: T) => string,
): Map<string, Needle<T>[]> {
  const needles = new Map<string, Needle<T>[]>();
  for (const rule of rules) {
    const folded = foldPhrase(phraseOf(rule));
    if (folded === "") continue;
    const first = folded.split(" ", 1)[0]!;
    const group = needles.get(first);
    if (group) group.push({ folded, rule });
    else needles.set(first, [{ folded, rule }]);
  }
  return needles;
}

/**
 * One pass over `text` (folded, or ASCII as written): at each word start, only the phrases whose
 * first word is that word are compared, so thousands of phrases cost a lookup per word. Reports
 * the first and last offset of each match in `text`.
 */
function scan<T>(
  text: string,
  needles: ReadonlyMap<string, Needle<T>[]>,
  found: (first: number, last: number, rule: T) => void,
): void {
  let at = 0;
  while (at < text.length) {
    if (!isWordCode(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    const candidates = needles.get(text.slice(at, end).toLowerCase());
    if (candidates !== undefined) {
      for (const needle of candidates) {
        const last = lastOffsetOf(text, at, needle.folded);
        if (last !== -1) found(at, last, needle.rule);
      }
    }
    at = end;
  }
}

/** Where `folded` ends if it matches whole words of `text` from `start`, else -1. */
function lastOffsetOf(text: string, start: number, folded: string): number {
  let at = start;
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index);
    if (code === SPACE) {
      // One space of the phrase stands for any run of separators in the text.
      if (at >= text.length || isWordCode(text.charCodeAt(at))) return -1;
      while (at < text.length && !isWordCode(text.charCodeAt(at))) at++;
    } else {
      if (at >= text.length || lowerAscii(text.charCodeAt(at)) !== code) return -1;
      at++;
    }
  }
  return at < text.length && isWordCode(text.charCodeAt(at)) ? -1 : at - 1;
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
