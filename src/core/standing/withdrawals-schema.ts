// The format of /withdrawals.json, shared by the build (which writes it) and the device (which
// checks a newly fetched list before keeping it). zod/mini, in its own file so that a page loads
// it only when a newer list arrives: a device trusts the list it already checked and stored.
import * as z from "zod/mini";
import { WITHDRAWALS_FORMAT, WITHDRAWN_KINDS, type Withdrawals } from "./withdrawals.ts";

const date = z.iso.date();

const InsteadSaySchema = z.strictObject({ id: z.string(), text: z.string(), address: z.string() });

const WithdrawalItemSchema = z.strictObject({
  kind: z.enum(WITHDRAWN_KINDS),
  id: z.string(),
  sheet: z.string(),
  address: z.string(),
  state: z.enum(["withdrawn", "expires"]),
  date,
  reason: z.string(),
  insteadSay: z.optional(InsteadSaySchema),
});

export const WithdrawalsSchema = z.strictObject({
  format: z.literal(WITHDRAWALS_FORMAT),
  version: z.literal(1),
  sequence: z.int().check(z.nonnegative()),
  builtOn: date,
  items: z.array(WithdrawalItemSchema),
});

/** The list as a device reads it: undefined for anything that is not a list of this format. */
export function parseWithdrawals(value: unknown): Withdrawals | undefined {
  const parsed = WithdrawalsSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
