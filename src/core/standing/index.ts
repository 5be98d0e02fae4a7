// standing/: whether an item is in force on a day, and the withdrawals list every device applies.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { addDays, daysBetween } from "./days.ts";
export { standingNotice, withdrawalOf, endedOn } from "./standing.ts";
export type { Ended, Withdrawal } from "./standing.ts";
export {
  inForceOn,
  offeredOn,
  withdrawalItems,
  WITHDRAWALS_FILE,
  WITHDRAWALS_SEQUENCE_FILE,
  WITHDRAWALS_FORMAT,
} from "./withdrawals.ts";
export type { Withdrawals } from "./withdrawals.ts";
