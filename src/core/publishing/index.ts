// publishing/: what guards a published page and a partner edition, and the documents for machines.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { scanBuiltPage } from "./built-page.ts";
export { guardrailsDocument } from "./guardrails-document.ts";
export { EDITOR_SCHEMAS, guardrailsJsonSchema } from "./json-schema.ts";
export { findLeaks, leakRules } from "./leaks.ts";
export type { Leak } from "./leaks.ts";
