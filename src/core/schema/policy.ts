import { z } from "zod";
import { email, forbiddenPhrase, id, text } from "./common.ts";

export const RoleSchema = z.strictObject({
  id,
  title: text,
  contact: email.optional(),
});
export type Role = z.infer<typeof RoleSchema>;

/**
 * The partner team: in the partner edition it stands wherever the internal edition names an
 * escalation role or a sheet's owner. Required once any sheet is published to partners.
 */
export const PartnersSchema = z.strictObject({
  title: text.describe("Who partners ask, as they should read it: Partner manager"),
  contact: email.describe("The partner team's e-mail address: the only one a partner build shows"),
});
export type Partners = z.infer<typeof PartnersSchema>;

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
  partners: PartnersSchema.optional(),
});
export type Policy = z.infer<typeof PolicySchema>;
