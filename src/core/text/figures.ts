export interface Figure {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The percentage as a number, so "99,9 %" and "99.9%" compare equal. */
  value: number;
  written: string;
}

const PERCENTAGE = /(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|percent\b|per cent\b)/giu;

export function findPercentages(text: string): Figure[] {
  return [...text.matchAll(PERCENTAGE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: Number(match[1]!.replace(",", ".")),
    written: match[0],
  }));
}

/** Percentages in `text` that none of the approved statements states. */
export function unstatedPercentages(text: string, approved: readonly string[]): Figure[] {
  const stated = new Set(
    approved.flatMap((statement) => findPercentages(statement).map((figure) => figure.value)),
  );
  return findPercentages(text).filter((figure) => !stated.has(figure.value));
}
