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

/** What a source states: its figures' values, and how each was written. */
export interface SourceFigures {
  values: readonly number[];
  written: readonly string[];
}

export function sourceFigures(texts: readonly string[], language: string): SourceFigures {
  const numbers = texts.flatMap((text) => numbersIn(text, language));
  return {
    values: [...new Set(numbers.map((number) => number.value))].sort((a, b) => a - b),
    written: [...new Set(numbers.map((number) => number.written))],
  };
}

/**
 * The numbers of a translated text that its source does not state. A figure copied as the source
 * writes it counts when the translation's language cannot read it as one number at all (clause
 * 4.3 in German): it is a label, or plainly the source's figure. Copied 1,000 is not excused: it
 * is one number in German, and the wrong one.
 */
export function unsourcedNumbers(
  translated: string,
  locale: string,
  source: SourceFigures,
): WrittenNumber[] {
  const stated = new Set(source.values);
  const copied = source.written
    .filter((written) => numbersIn(written, locale).length > 1)
    .flatMap((written) => occurrences(translated, written));
  return numbersIn(translated, locale).filter(
    (number) =>
      !stated.has(number.value) &&
      !copied.some(([start, end]) => number.start >= start && number.end <= end),
  );
}

function occurrences(text: string, written: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + 1)) {
    const end = at + written.length;
    if (!/\d/.test(text[at - 1] ?? "") && !/\d/.test(text[end] ?? "")) found.push([at, end]);
  }
  return found;
}

const formats = new Map<string, Intl.NumberFormat>();

/** Figures as `locale` writes them, for messages: "99,9; 2025". */
export function formatFigures(figures: readonly number[], locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: false });
    formats.set(locale, format);
  }
  return figures.map((figure) => format.format(figure)).join("; ");
}
