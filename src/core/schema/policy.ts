import { z } from "zod";
import { email, forbiddenPhrase, id, text } from "./common.ts";

export const RoleSchema = z.strictObject({
  id,
  title: text,
  contact: email.optional(),
});
export type Role = z.infer<typeof RoleSchema>;

/** `content/policy.yaml`: what holds for every product. */
export const PolicySchema = z.strictObject({
  company: text,
  // The platform's own ISO 4217 list: "EUU" has the right shape and formats as no currency.
  currency: z.enum(Intl.supportedValuesOf("currency"), {
    error: "must be an ISO 4217 currency code such as EUR or USD",
  }),
  reviewIntervalDays: z
    .number({ error: "must be a number of days" })
    .int({ error: "must be a whole number of days" })
    .positive({ error: "must be more than 0 days" })
    // A due date beyond the calendar cannot be computed; no sheet goes unreviewed for a decade.
    .max(3650, { error: "must be at most 3650 days (ten years)" }),
  /** Ordered from least to most authority. */
  roles: z.array(RoleSchema).min(1, { error: "must list at least one role" }),
  forbidden: z.array(forbiddenPhrase).default([]),
});
export type Policy = z.infer<typeof PolicySchema>;
