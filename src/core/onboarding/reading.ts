/**
 * How long a step takes at the least: its words read at a skimming pace. A step, or a track,
 * finished in less time than that was not read, whatever its knowledge check says.
 */

/** A fast reader skimming: 500 words a minute, about twice the usual pace of careful reading. */
export const WORDS_PER_MINUTE = 500;

/** Words of a step as written: its MDX body without tags, expressions or markup characters. */
export function countWords(text: string): number {
  const prose = text
    .replace(/<[^>]*>/g, " ")
    .replace(/\{[^}]*\}/g, " ")
    .replace(/[#*_>`|[\]()-]+/g, " ");
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The fewest seconds in which `words` can be read at WORDS_PER_MINUTE. */
export function readingSeconds(words: number): number {
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}

/** Whether `seconds` on steps of `words` words is faster than they can be read. */
export function fasterThanReading(seconds: number, words: number): boolean {
  return seconds < readingSeconds(words);
}

/** "8 s", "12 min", "1 h 12 min": a duration as a manager reads it. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h${minutes % 60 === 0 ? "" : ` ${minutes % 60} min`}`;
}
