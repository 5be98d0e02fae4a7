import { z } from "zod";
import { describe, expect, it } from "vitest";
import { StepSchema } from "../../../src/core/onboarding/schema.ts";
import { checkedFields } from "../../../src/core/schema/checked-fields.ts";
import { PolicySchema } from "../../../src/core/schema/policy.ts";
import { ProductSchema } from "../../../src/core/schema/product.ts";
import { ANALYTICS, libraryOf, validLibrary } from "../fixture-library.ts";

const paths = (schema: z.ZodType, value: unknown) =>
  checkedFields(schema, value).map((field) => field.path.join("."));

const library = libraryOf(validLibrary());

describe("checkedFields: every text field unless its schema exempts it", () => {
  it("checks each text a sheet page renders, and no id, address, date or quoted phrase", () => {
    const sheet = library.sheets.find((entry) => entry.file === ANALYTICS)!;

    expect(paths(ProductSchema, sheet.product)).toEqual([
      "title",
      "sku",
      "category",
      "summary",
      "pricing.unit",
      "claims.0.text",
      "claims.0.evidence.document",
      "claims.0.evidence.section",
      "claims.1.text",
      "claims.1.evidence.document",
      "promises.0.topic",
      "promises.0.may",
    ]);
  });

  it("checks the company's name and role titles, not role ids, contacts or forbidden phrases", () => {
    expect(paths(PolicySchema, library.policy.policy)).toEqual([
      "company",
      "roles.0.title",
      "roles.1.title",
      "roles.2.title",
      "locales.0.title",
      "partners.title",
    ]);
  });

  it("checks a step's title, objectives, answer and explanation, not its question or options", () => {
    const step = {
      title: "Welcome",
      step: 1,
      minutes: 5,
      objectives: ["Quote a claim"],
      products: ["analytics"],
      quiz: [
        { question: "Which?", options: ["Yes", "No"], answer: "Yes", explain: "Because." },
        { scenario: "promise", product: "analytics", topic: "SLA" },
      ],
    };

    expect(paths(StepSchema, step)).toEqual([
      "title",
      "objectives.0",
      "quiz.0.answer",
      "quiz.0.explain",
      "quiz.1.topic",
    ]);
  });

  it("checks a field nobody listed: the default is checked", () => {
    const schema = z.object({ id: z.string(), tagline: z.string().optional() });

    expect(paths(schema, { id: "x", tagline: "New" })).toEqual(["id", "tagline"]);
  });
});
