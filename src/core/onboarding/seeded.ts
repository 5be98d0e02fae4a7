import { fnv1a } from "./fingerprint.ts";

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every build asks the same questions. */
export function seededRandom(seed: string): () => number {
  let state = fnv1a(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/**
 * One attempt at a question. Each attempt shuffles differently, and `nth` walks one order fixed by
 * the question, so attempt 1 asks about another claim or discount than attempt 0 where there is one.
 */
export interface Attempt {
  number: number;
  /** Seeded by the question and the attempt number: which wrong options, in which order. */
  random: () => number;
  nth<T>(items: readonly T[]): T | undefined;
}

export function attemptAt(seed: string, number: number): Attempt {
  return {
    number,
    random: seededRandom(`${seed}@${number}`),
    nth: (items) => shuffled(items, seededRandom(seed))[number % Math.max(1, items.length)],
  };
}
