// guardrails/: what a rep may say, and to whom: spoken texts, a sheet's guardrails, audiences.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export {
  DEFAULT_AUDIENCE,
  isAudience,
  isDraft,
  notesReach,
  reaches,
  scopePolicy,
  scopeProduct,
  sheetReaches,
} from "./audience.ts";
export type { Audience } from "./audience.ts";
export { applicablePhrases } from "./guardrails.ts";
export type { PhraseRule } from "./guardrails.ts";
