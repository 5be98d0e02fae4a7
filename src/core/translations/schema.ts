import { exempt } from "../schema/exempt.ts";
import { z } from "zod";
import { email, id, isoDate, list, text } from "../schema/common.ts";

const source = z
  .string({ error: "must be the fingerprint written by npm run translate" })
  .describe("Written by npm run translate -- approve, never by hand.");

const TranslatedClaimSchema = z.strictObject({ id, text, source });

const TranslatedPromiseSchema = z.strictObject({
  /** The source sheet's topic, as written there: it names the boundary translated. */
  topic: text,
  may: text,
  mayNot: z.array(text).default([]),
  source,
});

/** The frontmatter of `content/translations/<locale>/<slug>.mdx`; the body is the talk track. */
export const TranslationSchema = z.strictObject({
  title: text,
  summary: text,
  /** Stamps the title, summary and talk track against the sheet's. */
  source,
  claims: list(TranslatedClaimSchema),
  promises: list(TranslatedPromiseSchema),
  approvedBy: exempt(email.describe("The locale's owner in policy.yaml."), "an address"),
  approvedOn: isoDate,
});
export type Translation = z.infer<typeof TranslationSchema>;
