// draft-checker/: what a draft says out of bounds, and what to say instead.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { DEFAULT_DESTINATION } from "./draft-advice.ts";
export { draftIndex } from "./draft.ts";
export type { DraftIndex } from "./draft.ts";
