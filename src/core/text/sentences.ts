// Where a clause, a sentence and a paragraph of a rep's draft begin and end: the unit a suggestion
// replaces, and the reach of an offer's term and product. A full stop inside a number ("12.5%") ends
// nothing.

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

/**
 * Where one clause of a sentence meets the next: a semicolon, a colon (not one between digits, as in
 * 10:30), a dash, or a comma with "and", "but" or "so". The conjunction belongs to the break, not
 * the clause: replacing the clause after it keeps the sentence joined as the rep wrote it.
 */
const CLAUSE_BREAK = /\s*(?:;|:(?!\d)|—|,\s+(?:and|but|so)\s)\s*/giu;

/**
 * The clause holding `start`..`end`, or the sentence if it has only one. `last`: the clause ends
 * the sentence, so it takes the sentence's closing punctuation; `whole`: it is the whole sentence.
 */
export function clauseAround(
  text: string,
  start: number,
  end: number,
): Span & { last: boolean; whole: boolean } {
  const sentence = sentenceAround(text, start, end);
  const body = text.slice(sentence.start, sentence.end);
  let from = sentence.start;
  let to = sentence.end;
  for (const match of body.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + match.index;
    const after = at + match[0].length;
    if (after <= start) from = after;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return {
    start: from,
    end: to,
    last: to === sentence.end,
    whole: from === sentence.start && to === sentence.end,
  };
}
