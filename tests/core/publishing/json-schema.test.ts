import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { checkLibrary } from "../../../src/core/check.ts";
import {
  guardrailsDocument,
  GuardrailsDocumentSchema,
} from "../../../src/core/publishing/guardrails-document.ts";
import {
  EDITOR_SCHEMAS,
  fieldNoteJsonSchema,
  frontmatterJsonSchema,
  guardrailsJsonSchema,
  policyJsonSchema,
  stepJsonSchema,
  trackJsonSchema,
  type JsonSchema,
} from "../../../src/core/publishing/json-schema.ts";
import { ProductSchema } from "../../../src/core/schema/product.ts";
import { readFolder } from "../fixture-library.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const SAMPLE = readFolder(join(ROOT, "content"));

function validator(schema: JsonSchema) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/** The sample library as the site loads it: every sheet validated, defaults filled in. */
function sampleDocument() {
  const { library } = checkLibrary(SAMPLE, { asOf: "2026-12-01" });
  if (!library) throw new Error("the sample library must be readable");
  return guardrailsDocument(
    library.policy.policy,
    library.sheets.map((sheet) => ({ slug: sheet.slug, product: sheet.product })),
  );
}

describe("/guardrails.json", () => {
  test("validates against /guardrails.schema.json", () => {
    const validate = validator(guardrailsJsonSchema());
    const document = JSON.parse(JSON.stringify(sampleDocument()));

    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(Object.keys(document.products)).toHaveLength(12);
  });

  test("round-trips: every product parses back through ProductSchema unchanged", () => {
    const document = JSON.parse(JSON.stringify(sampleDocument()));

    expect(GuardrailsDocumentSchema.parse(document)).toEqual(document);
    for (const product of Object.values(document.products)) {
      expect(ProductSchema.parse(product)).toEqual(product);
    }
  });

  test("a consumer is told when a ladder rung is malformed", () => {
    const validate = validator(guardrailsJsonSchema());
    const document = JSON.parse(JSON.stringify(sampleDocument()));
    document.products["signal-analytics"].discounts[1].upTo = "15%";

    expect(validate(document)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(
      "/products/signal-analytics/discounts/1/upTo",
    );
  });
});

describe("editor schemas", () => {
  test.each(Object.keys(EDITOR_SCHEMAS))("schema/%s is up to date (npm run schemas)", (name) => {
    const committed = JSON.parse(readFileSync(join(ROOT, "schema", name), "utf8"));

    expect(committed).toEqual(EDITOR_SCHEMAS[name]!());
  });

  test("every sample sheet's frontmatter passes the frontmatter schema, as an editor reads it", () => {
    const validate = validator(frontmatterJsonSchema());
    const sheets = SAMPLE.filter((file) => file.path.startsWith("products/"));

    const failures = sheets.flatMap((file) => {
      const text = new TextDecoder().decode(file.bytes);
      const frontmatter = parse(text.split(/^---$/m)[1]!);
      return validate(frontmatter) ? [] : [{ file: file.path, errors: validate.errors }];
    });
    expect(failures).toEqual([]);
  });

  test("fields with a default may be left out; a misspelt field or a bad date is flagged", () => {
    const validate = validator(frontmatterJsonSchema());
    const minimal = {
      title: "X",
      sku: "X-1",
      category: "C",
      summary: "S",
      owner: "a@example.com",
      lastReviewed: "2026-11-01",
      pricing: { listPrice: 1, unit: "year" },
    };

    expect(validate(minimal)).toBe(true);
    expect(validate({ ...minimal, lastReviewd: "2026-11-01" })).toBe(false);
    expect(validate({ ...minimal, lastReviewed: "2026-02-30" })).toBe(false);
  });

  test("every sample onboarding step and track passes its schema", () => {
    const validateStep = validator(stepJsonSchema());
    const validateTrack = validator(trackJsonSchema());
    const onboarding = SAMPLE.filter((file) => file.path.startsWith("onboarding/"));

    const failures = onboarding.flatMap((file) => {
      const text = new TextDecoder().decode(file.bytes);
      const isTrack = file.path.endsWith("track.yaml");
      const validate = isTrack ? validateTrack : validateStep;
      return validate(parse(isTrack ? text : text.split(/^---$/m)[1]!))
        ? []
        : [{ file: file.path, errors: validate.errors }];
    });
    expect(onboarding.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  test("policy.yaml passes the policy schema", () => {
    const validate = validator(policyJsonSchema());
    const policy = parse(readFileSync(join(ROOT, "content", "policy.yaml"), "utf8"));

    expect(validate(policy) ? [] : validate.errors).toEqual([]);
  });

  test("every sample field note passes the field-note schema", () => {
    const validate = validator(fieldNoteJsonSchema());
    const notes = SAMPLE.filter((file) => file.path.startsWith("field-notes/"));

    const failures = notes.flatMap((file) =>
      validate(parse(new TextDecoder().decode(file.bytes)))
        ? []
        : [{ file: file.path, errors: validate.errors }],
    );
    expect(notes.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(validate({ product: "a", kind: "complaint", date: "2026-11-01", quote: "x" })).toBe(
      false,
    );
  });
});
