// rules/: the checks of the library as read, one file per rule.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { reviewDue } from "./time.ts";
