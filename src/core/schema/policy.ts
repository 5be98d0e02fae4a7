import { z } from "zod";
import { email, forbiddenPhrase, id, text } from "./common.ts";
import { exempt } from "./exempt.ts";

const days = z
  .number({ error: "must be a number of days" })
  .int({ error: "must be a whole number of days" })
  .positive({ error: "must be more than 0 days" });

const RoleSchema = z.strictObject({
  id,
  title: text,
  contact: email.optional(),
});
export type Role = z.infer<typeof RoleSchema>;

/** A BCP 47 language tag such as de or fr-CH, as Intl reads it. */
const languageTag = exempt(
  z.string({ error: "must be text" }).refine(
    (value) => {
      try {
        return Intl.getCanonicalLocales(value).length === 1;
      } catch {
        return false;
      }
    },
    { error: "must be a BCP 47 language code such as de or fr-CH" },
  ),
  "an id",
);

/** A language reps may read the sheets in, beside the source language. */
const LocaleSchema = z.strictObject({
  code: languageTag,
  /** The language's own name, shown in the language switcher and the notices ("Deutsch"). */
  title: text,
  /** Who approves translations into this language: the only valid `approvedBy`. */
  owner: email,
  /** Legal's rulings on wording in this language, on top of the company-wide ones. */
  forbidden: z.array(forbiddenPhrase).default([]),
});
export type Locale = z.infer<typeof LocaleSchema>;
/**
 * The partner team: in the partner edition it stands wherever the internal edition names an
 * escalation role or a sheet's owner. Required once any sheet is published to partners.
 */
export const PartnersSchema = z.strictObject({
  title: text.describe("Who partners ask, as they should read it: Partner manager"),
  contact: exempt(
    email.describe("The partner team's e-mail address: the only one a partner build shows"),
    "an address",
  ),
});
export type Partners = z.infer<typeof PartnersSchema>;

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
  /** The language the sheets are written and approved in. */
  language: languageTag.default("en"),
  locales: z.array(LocaleSchema).default([]),
  staleTranslations: z
    .enum(["warning", "error"], { error: "must be warning or error" })
    .default("warning")
    .describe(
      "How the checker reports a translated item whose source changed since it was approved.",
    ),
  confirmWithinDays: days
    .default(7)
    .describe(
      "A rep's device that has not read the library's withdrawals for longer than this says \"Not confirmed since <date>: check before quoting\".",
    ),
  expiringWithinDays: days
    .default(30)
    .describe("npm run check warns of claims that expire within this many days."),
  synonyms: z
    .array(z.array(text).min(2, { error: "must list at least two words that mean the same" }))
    .default([])
    .describe(
      "Groups of words or phrases that mean the same to a customer ([uptime, availability, SLA]): search finds a section by any word of its group, and the draft checker flags a may-not or forbidden phrase said with another word of its group.",
    ),
  partners: PartnersSchema.optional(),
});
export type Policy = z.infer<typeof PolicySchema>;
