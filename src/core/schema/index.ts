// schema/: the fields of every file, with zod, and which are exempt from the wording check.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { email } from "./common.ts";
export { PartnersSchema, PolicySchema } from "./policy.ts";
export type { Locale, Partners, Policy, Role } from "./policy.ts";
export { ProductSchema } from "./product.ts";
export type { Claim, Product, PromiseBoundary } from "./product.ts";
export { CHANNELS } from "./values.ts";
