/**
 * The `source` stamp of a translated item: which source wording it was approved against. It is
 * written by `npm run translate`, never by hand, and reads as three short hashes of the source
 * item's parts, so that a change can be named ("its figures changed"), and a seal over those and
 * the translated text, so that a hand-edited stamp or an edit after approval shows.
 */
import { fnv1a, stableJson } from "../onboarding/fingerprint.ts";

/** What a source item is compared by; a translation goes stale when any of them changes. */
export interface SourceParts {
  wording: string;
  figures: readonly number[];
  evidence?: unknown;
}

const PART_NAMES = ["wording", "figures", "evidence"] as const;
export type PartName = (typeof PART_NAMES)[number];

/** `wording-figures-evidence.seal`, six hex digits each. */
export const STAMP = /^([0-9a-f]{6})-([0-9a-f]{6})-([0-9a-f]{6})\.([0-9a-f]{6})$/;

export type StampState =
  | { state: "approved" }
  | { state: "stale"; changed: PartName[] }
  /** Not a stamp the tool writes: typed or pasted by hand. */
  | { state: "malformed" }
  /** A well-formed stamp that does not seal this text: the stamp or the translation was edited. */
  | { state: "edited" };

/** Whitespace and Unicode normalisation form never make a source change. */
function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

function hash(value: unknown): string {
  return fnv1a(stableJson(value)).toString(16).padStart(8, "0").slice(0, 6);
}

function partHashes(parts: SourceParts): string[] {
  return [hash(normaliseText(parts.wording)), hash(parts.figures), hash(parts.evidence ?? null)];
}

function seal(hashes: readonly string[], translated: readonly string[]): string {
  return hash({ source: hashes, translated: translated.map(normaliseText) });
}

/** The stamp `translate approve` writes for a translated text of a source item. */
export function stamp(parts: SourceParts, translated: readonly string[]): string {
  const hashes = partHashes(parts);
  return `${hashes.join("-")}.${seal(hashes, translated)}`;
}

/** Whether `written` still stamps `translated` as a translation of the source as it is now. */
export function readStamp(
  written: string,
  parts: SourceParts,
  translated: readonly string[],
): StampState {
  const match = STAMP.exec(written);
  if (!match) return { state: "malformed" };
  const stamped = match.slice(1, 4);
  if (seal(stamped, translated) !== match[4]) return { state: "edited" };
  const current = partHashes(parts);
  const changed = PART_NAMES.filter((_, index) => stamped[index] !== current[index]);
  return changed.length === 0 ? { state: "approved" } : { state: "stale", changed };
}
