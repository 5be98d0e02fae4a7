// The fixed lists of values the schemas allow, without zod: browser islands import them too, and
// must not carry the schema library (zod also probes for eval, which the site's CSP reports).

export const AUDIENCES = ["internal", "partner"] as const;

export const CHANNELS = ["web", "email", "deck", "call", "social", "print"] as const;
export type Channel = (typeof CHANNELS)[number];

/** What a list price is for: each month or year of the contract, or once. */
export const PRICE_PERIODS = ["month", "year", "one-time"] as const;
export type PricePeriod = (typeof PRICE_PERIODS)[number];

/** A draft sheet is checked and previewed, never published. */
export const SHEET_STATUSES = ["draft", "published"] as const;
