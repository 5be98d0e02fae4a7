import { closest, distance } from "fastest-levenshtein";

/** The candidate a misspelt name was most likely meant to be, if any is close enough. */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  const all = [...candidates];
  if (all.length === 0) return undefined;
  const near = closest(name, all);
  return distance(name.toLowerCase(), near.toLowerCase()) <= Math.max(2, name.length / 3)
    ? near
    : undefined;
}

/** `Did you mean "manager"? ` to put before a hint, or nothing when no candidate is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = nearest(name, candidates);
  return near === undefined ? "" : `Did you mean "${near}"? `;
}
