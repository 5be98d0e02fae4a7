import { z } from "zod";
import { id, isoDate, text } from "../schema/common.ts";
import { DEAL_STAGES, NOTE_KINDS, QUOTE_LIMIT } from "./kinds.ts";

/**
 * `field-notes/<date>-<product>-<subject>.yaml`: what a customer said about a claim or promise
 * boundary, as a rep reported it. A note informs the sheet's owner; it never changes what reps may say.
 */
export const FieldNoteSchema = z.strictObject({
  product: id.describe("The product sheet's slug (its file name without .mdx)."),
  claim: id.optional().describe("The id of one of the product's claims the note is about."),
  topic: text.optional().describe("Or the topic of one of the product's promise boundaries."),
  kind: z.enum(NOTE_KINDS, { error: `must be one of ${NOTE_KINDS.join(", ")}` }),
  date: isoDate,
  quote: text.max(QUOTE_LIMIT, {
    error: `must be at most ${QUOTE_LIMIT} characters: the customer's own words, shortened`,
  }),
  dealSize: z
    .number({ error: "must be a number (the deal's value in the policy currency)" })
    .positive({ error: "must be more than 0" })
    .optional(),
  stage: z.enum(DEAL_STAGES, { error: `must be one of ${DEAL_STAGES.join(", ")}` }).optional(),
  /** Where the note came from, such as "GitHub issue #42", so an import never adds it twice. */
  source: text.optional(),
});
export type FieldNote = z.infer<typeof FieldNoteSchema>;
