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
  currency: z.string({ error: "must be text" }).regex(/^[A-Z]{3}$/, {
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
  synonyms: z
    .array(z.array(text).min(2, { error: "must list at least two words that mean the same" }))
    .default([])
    .describe(
      "Groups of words or phrases that mean the same to a customer ([uptime, availability, SLA]): search finds a section by any word of its group, and the draft checker flags a may-not or forbidden phrase said with another word of its group.",
    ),
});
export type Policy = z.infer<typeof PolicySchema>;
