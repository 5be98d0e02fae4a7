// diff/: a change to the library, in words.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { hasChanges } from "./change.ts";
export type { Change, LibraryChanges } from "./change.ts";
export { diffLibraries, diffSheets } from "./library.ts";
export { readSheetVersion, readSnapshot } from "./snapshot.ts";
export type { SheetVersion } from "./snapshot.ts";
