import { z } from "zod";
import { FieldNoteSchema } from "../field-notes/schema.ts";
import { GuardrailsDocumentSchema } from "./guardrails-document.ts";
import { StepSchema, TrackSchema } from "../onboarding/schema.ts";
import { PolicySchema } from "../schema/policy.ts";
import { ProductSchema } from "../schema/product.ts";
import { TranslationSchema } from "../translations/schema.ts";

export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * JSON Schemas generated from the content schemas themselves, so they cannot drift.
 * - Files people write (frontmatter, policy.yaml, track.yaml) use the *input* side: fields with a
 *   default are optional, as they are to the checker.
 * - `/guardrails.json` holds parsed data, so it uses the *output* side: defaults are filled in and
 *   every such field is present.
 * `isoDate` accepts a YAML date or a string before validating the string; zod describes it by the
 * string schema it pipes into (format "date"), which is what a file must contain. Strict objects
 * become `additionalProperties: false`, so an editor flags a misspelt field as the checker does.
 */
function generate(schema: z.ZodType, title: string, io: "input" | "output"): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    io,
    // A field that must be absent (a hand-written quiz item has no `scenario`) is `z.undefined()`,
    // which JSON Schema writes as "must not match anything".
    unrepresentable: "any",
    override: (context) => {
      if (context.zodSchema._zod.def.type === "undefined") context.jsonSchema.not = {};
      // Editors check the file as written, where a bare `claims:` is null.
      if (io === "input" && isList(context.zodSchema)) context.jsonSchema.type = ["array", "null"];
    },
  });
  return { $schema, title, ...rest };
}

/** A `list()` of schema/common.ts: null or left out, read as an empty array. */
function isList(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def;
  if (def.type !== "pipe") return false;
  const { in: input, out } = def as z.core.$ZodPipeDef;
  return (
    input._zod.def.type === "transform" &&
    out._zod.def.type === "default" &&
    (out._zod.def as z.core.$ZodDefaultDef).innerType._zod.def.type === "array"
  );
}

export const frontmatterJsonSchema = () =>
  generate(ProductSchema, "Fieldguide product sheet frontmatter", "input");
export const policyJsonSchema = () => generate(PolicySchema, "Fieldguide policy.yaml", "input");
export const trackJsonSchema = () =>
  generate(TrackSchema, "Fieldguide onboarding track.yaml", "input");
export const stepJsonSchema = () =>
  generate(StepSchema, "Fieldguide onboarding step frontmatter", "input");
export const fieldNoteJsonSchema = () =>
  generate(FieldNoteSchema, "Fieldguide field note", "input");
const translationJsonSchema = () =>
  generate(TranslationSchema, "Fieldguide translation frontmatter", "input");
export const guardrailsJsonSchema = () =>
  generate(GuardrailsDocumentSchema, "Fieldguide guardrails.json", "output");

/** The schemas editors use, by file name under `schema/` (written by `npm run schemas`). */
export const EDITOR_SCHEMAS: Record<string, () => JsonSchema> = {
  "frontmatter.schema.json": frontmatterJsonSchema,
  "policy.schema.json": policyJsonSchema,
  "track.schema.json": trackJsonSchema,
  "step.schema.json": stepJsonSchema,
  "field-note.schema.json": fieldNoteJsonSchema,
  "translation.schema.json": translationJsonSchema,
};
