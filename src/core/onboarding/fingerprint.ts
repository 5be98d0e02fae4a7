/**
 * Short stable hashes of guardrail data. A passed knowledge check stores the fingerprint of the
 * data its questions were generated from; when marketing changes that data, the fingerprint in the
 * page no longer matches and the step asks for a retake. Not for security: FNV-1a is enough to
 * notice a change and is the same, synchronously, in Node and in the browser.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the UTF-16 code units of `input`. */
export function fnv1a(input: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < input.length; index++) {
    hash ^= input.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** JSON with object keys sorted, so that the same data always gives the same text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Eight hex digits that change whenever `data` does. */
export function fingerprint(data: unknown): string {
  return fnv1a(stableJson(data)).toString(16).padStart(8, "0");
}
