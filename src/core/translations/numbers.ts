/**
 * Figures compared across languages by their value, not their spelling: 99.9% in English is
 * 99,9 % in German and 99,9 % in French, 30 days is 30 Tage. Each text is read with its own
 * language's separators, which Intl knows for every language.
 */

export interface WrittenNumber {
  /** Offsets in the text. */
  start: number;
  end: number;
  value: number;
  written: string;
}

/**
 * Separators typed in place of the one Intl gives: French groups with a narrow no-break space,
 * typed as a plain one as often as not; Swiss German with an apostrophe, straight or curly.
 */
const GROUP_VARIANTS = ["\u0020\u00a0\u202f", "'\u2019"];

const patterns = new Map<string, RegExp>();

/** The pattern of a number in `locale`: digits, groups of three after its group separator, a decimal part. */
function numberPattern(locale: string): RegExp {
  let pattern = patterns.get(locale);
  if (!pattern) {
    const { group, decimal } = separators(locale);
    const groups = escape(GROUP_VARIANTS.find((variants) => variants.includes(group)) ?? group);
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[${groups}]\\d{3})+(?!\\d)|\\d+)(?:${escape(decimal)}(\\d+))?(?!\\d)`,
      "gu",
    );
    patterns.set(locale, pattern);
  }
  return pattern;
}

function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === "group")?.value ?? ",",
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
  };
}

function escape(characters: string): string {
  return characters.replace(/[\\\]^\-[.]/g, "\\$&");
}

/** Every number written in `text`, read the way `locale` writes numbers. */
export function numbersIn(text: string, locale: string): WrittenNumber[] {
  return [...text.matchAll(numberPattern(locale))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: Number(`${match[1]!.replace(/\D/g, "")}.${match[2] ?? "0"}`),
    written: match[0],
  }));
}

/** The distinct values of the numbers in `texts`, in ascending order. */
export function figuresOf(texts: readonly string[], locale: string): number[] {
  const values = new Set(texts.flatMap((text) => numbersIn(text, locale).map((n) => n.value)));
  return [...values].sort((a, b) => a - b);
}

/** The numbers of a translated text that its source does not state. */
export function unsourcedNumbers(
  translated: string,
  locale: string,
  sourceFigures: readonly number[],
): WrittenNumber[] {
  const stated = new Set(sourceFigures);
  return numbersIn(translated, locale).filter((number) => !stated.has(number.value));
}

/** Figures as `locale` writes them, for messages: "99,9; 2025". */
export function formatFigures(figures: readonly number[], locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: false });
  return figures.map((figure) => format.format(figure)).join("; ");
}
