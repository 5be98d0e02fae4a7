// quoting/: deals, quotes and their addresses, offers, money, who approves them.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { decideDeal, effectiveLadder } from "./deal.ts";
export { perUnit } from "./money.ts";
