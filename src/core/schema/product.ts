import { z } from "zod";
import {
  ALWAYS_INTERNAL,
  audience,
  email,
  forbiddenPhrase,
  id,
  isoDate,
  list,
  percent,
  text,
} from "./common.ts";
import { exempt } from "./exempt.ts";
import { CHANNELS, PRICE_PERIODS, SHEET_STATUSES } from "./values.ts";

export { CHANNELS, type Channel, type PricePeriod } from "./values.ts";

const positivePrice = z
  .number({ error: "must be a number" })
  .positive({ error: "must be more than 0" });

const EvidenceSchema = z.strictObject({
  document: text,
  section: text.optional(),
  // Only web links: a javascript: or data: "link" would be a script on the page.
  link: exempt(
    z.url({ protocol: /^https?$/, error: "must be a full URL (https://…)" }),
    "an address",
  ).optional(),
});

/**
 * Marketing takes something back before its time: a lawsuit, a changed SLA. The page keeps its
 * address and says why; reps' devices learn of it from /withdrawals.json (core/standing/withdrawals.ts).
 */
const WithdrawnSchema = z
  .strictObject({
    on: isoDate,
    reason: text.describe("Why, in words a rep can read and repeat."),
    insteadSay: id.optional().describe("The id of an approved claim to use instead."),
  })
  .describe("Withdrawn from use on a date, for a reason; the address stays and says so.");

const ClaimSchema = z.strictObject({
  id,
  text,
  evidence: EvidenceSchema,
  expires: isoDate.optional(),
  channels: z
    .array(z.enum(CHANNELS, { error: `must be one of ${CHANNELS.join(", ")}` }))
    .min(1, {
      error: "must name at least one channel: an empty list would allow the claim nowhere",
    })
    .optional()
    .describe("Where the claim may be used; left out, everywhere."),
  /** Narrows who may see this claim; a claim never reaches further than its sheet. */
  audience: audience
    .optional()
    .describe(
      "Who may see this claim (default: the sheet's audience); [internal] keeps it out of partner builds.",
    ),
  withdrawn: WithdrawnSchema.optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

const RungSchema = z.strictObject({ role: id, upTo: percent });
export type Rung = z.infer<typeof RungSchema>;

const TermBonusSchema = z.strictObject({
  minMonths: z
    .number({ error: "must be a number of months" })
    .int({ error: "must be a whole number" })
    .positive({
      error: "must be more than 0",
    }),
  extra: percent,
});

const months = z
  .number({ error: "must be a number of months" })
  .int({ error: "must be a whole number of months" })
  .positive({ error: "must be more than 0 months" });

/** The contract lengths a product is sold on; the deal checker refuses a term outside them. */
const TermsSchema = z
  .strictObject({
    minMonths: months.optional().describe("The shortest contract, in months."),
    maxMonths: months.optional().describe("The longest contract, in months."),
  })
  .refine((terms) => terms.minMonths !== undefined || terms.maxMonths !== undefined, {
    error: "must give minMonths, maxMonths or both",
  })
  .describe(
    "The contract terms the product is sold on, in months: a deal for a term outside them is refused.",
  );

const PromiseSchema = z.strictObject({
  topic: text,
  may: text,
  mayNot: exempt(z.array(text), "quoted: a phrase not to say, and why").default([]),
  /** A role id from policy.yaml, or a contact's e-mail address. */
  escalate: z.union([email, id], {
    error: "must be a role id from policy.yaml or an e-mail address",
  }),
  audience: audience
    .optional()
    .describe(
      "Who may see this boundary (default: the sheet's audience); [internal] keeps it out of partner builds.",
    ),
  withdrawn: WithdrawnSchema.optional(),
});
export type PromiseBoundary = z.infer<typeof PromiseSchema>;

/** The frontmatter of `content/products/<slug>.mdx`. */
export const ProductSchema = z.strictObject({
  title: text,
  sku: text,
  category: text,
  summary: text,
  owner: email,
  lastReviewed: isoDate,
  audience: audience
    .default(["internal"])
    .describe("Who the sheet is published to: internal (the sales team) and/or partner."),
  status: z
    .enum(SHEET_STATUSES, { error: `must be one of ${SHEET_STATUSES.join(", ")}` })
    .optional()
    .describe(
      "draft: checked, and shown by npm run dev with a draft banner, but never built into a site. Remove it (or write published) to publish the sheet.",
    ),
  pricing: z.strictObject({
    listPrice: positivePrice,
    unit: text,
    per: z
      .enum(PRICE_PERIODS, { error: `must be one of ${PRICE_PERIODS.join(", ")}` })
      .optional()
      .describe(
        "How often the list price is paid: each month or year of the term, or once. Without it, no contract value can be given.",
      ),
    floorPrice: positivePrice
      .optional()
      .describe(`The lowest unit price any approval may reach. ${ALWAYS_INTERNAL}`),
    terms: TermsSchema.optional(),
  }),
  claims: list(ClaimSchema),
  discounts: list(RungSchema).describe(
    `The discount ladder: who may approve up to what. ${ALWAYS_INTERNAL}`,
  ),
  termBonus: list(TermBonusSchema).describe(
    `Extra discount points for longer contracts. ${ALWAYS_INTERNAL}`,
  ),
  promises: list(PromiseSchema),
  forbidden: list(forbiddenPhrase),
  withdrawn: WithdrawnSchema.optional(),
});
export type Product = z.infer<typeof ProductSchema>;
