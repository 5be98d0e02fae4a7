import { z } from "zod";
import { exempt } from "./exempt.ts";
import { AUDIENCES } from "./values.ts";

/** YAML loaders disagree on dates (js-yaml gives Date, yaml 1.2 gives string); both become `YYYY-MM-DD`. */
export const isoDate = exempt(
  z.preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().slice(0, 10)
        : value,
    z.iso.date({ error: "must be a date written as YYYY-MM-DD" }),
  ),
  "a date",
);

export const percent = z
  .number({ error: "must be a number (a percentage, without the % sign)" })
  .min(0, { error: "must be between 0 and 100" })
  .max(100, { error: "must be between 0 and 100" });

export const id = exempt(
  z.string({ error: "must be text" }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "must be lowercase letters, digits and single hyphens (e.g. analytics-uptime)",
  }),
  "an id",
);

/** Something a reader can see: not only spaces, control, invisible or direction characters. */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;

export const text = z
  .string({ error: "must be text" })
  .trim()
  .min(1, { error: "must not be empty" })
  // A refinement, not a pattern: editors' JSON Schema patterns know no Unicode properties.
  .refine((value) => value === "" || VISIBLE.test(value), {
    error: "holds only invisible characters: a reader would see nothing",
  });

/** Ends the description of every field a partner build never contains (see core/guardrails/audience.ts). */
export const ALWAYS_INTERNAL =
  "Always internal: never published to partners, whatever the sheet's audience.";

export { AUDIENCES };
export const audience = z
  .array(z.enum(AUDIENCES, { error: "must be internal or partner" }))
  .min(1, {
    error: "must name at least one audience",
  });

/**
 * A list, empty when left out or when only its key is written (`claims:`): `npm run new` writes
 * such keys with commented examples under them, which stay valid once uncommented as they stand.
 */
export function list<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => value ?? undefined, z.array(item).default([]));
}

export const email = exempt(z.email({ error: "must be an e-mail address" }), "an address");

export const forbiddenPhrase = exempt(
  z.strictObject({
    phrase: text,
    why: text,
    insteadSay: id.optional(),
  }),
  "quoted: a phrase not to say, and why",
);
export type ForbiddenPhrase = z.infer<typeof forbiddenPhrase>;
