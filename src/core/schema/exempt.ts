import { z } from "zod";

/**
 * Every text field of the library is checked by the wording rules as something a rep may say,
 * unless its schema is registered here, with the reason. This is the one, short list of
 * exemptions (docs/checker.md): names and addresses that are never read as a sentence, and
 * text quoted on purpose as what not to say. Fixed values (enums) are not free text.
 */
export const EXEMPT = z.registry<{ reason: ExemptReason }>();

export type ExemptReason =
  | "an id"
  | "an address"
  | "a date"
  | "quoted: a phrase not to say, and why"
  | "quoted: a quiz question and its options";

/** An exempt copy of `schema`: a shared schema such as `text` stays checked everywhere else. */
export function exempt<T extends z.ZodType>(schema: T, reason: ExemptReason): T {
  const copy: z.ZodType = schema.clone();
  EXEMPT.add(copy, { reason });
  return copy as T;
}
