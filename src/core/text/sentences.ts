// Where a sentence and a paragraph of a rep's draft begin and end: the unit a suggestion replaces,
// and the reach of an offer's term and product. A full stop inside a number ("12.5%") ends nothing.

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?]+(?=\s|$)|\n/g;
const PARAGRAPH_END = /\n\s*\n/g;

function around(text: string, start: number, end: number, boundary: RegExp): Span {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(boundary)) {
    const after = match.index + match[0].length;
    if (after <= start) from = after;
    else if (match.index >= end || (match.index >= start && after > end)) {
      to = match[0].includes("\n") ? match.index : after;
      break;
    }
  }
  while (from < start && /\s/.test(text[from]!)) from++;
  return { start: from, end: to };
}

/** The sentence (or line) holding `start`..`end`, its closing punctuation included. */
export function sentenceAround(text: string, start: number, end: number): Span {
  return around(text, start, end, SENTENCE_END);
}

/** The paragraph (text between blank lines) holding `start`..`end`. */
export function paragraphAround(text: string, start: number, end: number): Span {
  return around(text, start, end, PARAGRAPH_END);
}
