import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  ALWAYS_INTERNAL_FIELDS,
  reaches,
  scopeProduct,
  sheetReaches,
} from "../../../src/core/guardrails/audience.ts";
import { ALWAYS_INTERNAL } from "../../../src/core/schema/common.ts";
import { ProductSchema } from "../../../src/core/schema/product.ts";
import {
  ANALYTICS,
  edit,
  libraryOf,
  MONITORING,
  sheetOf,
  validLibrary,
} from "../fixture-library.ts";

/** Analytics (for internal and partner) with its uptime claim and SLA promise marked internal. */
const files = edit(
  edit(
    validLibrary(),
    ANALYTICS,
    "    expires: 2027-06-30\n",
    "    expires: 2027-06-30\n    audience: [internal]\n",
  ),
  ANALYTICS,
  "    escalate: director\n",
  "    escalate: director\n    audience: [internal]\n",
);
const analytics = sheetOf(libraryOf(files), ANALYTICS).product;
const partners = { title: "Partner manager", contact: "partners@example.com" };
const monitoring = sheetOf(libraryOf(files), MONITORING).product;

describe("scopeProduct for partners", () => {
  const view = scopeProduct(analytics, "partner", partners);

  it("leaves out the ladder, the term bonus and the floor price", () => {
    expect(view.discounts).toEqual([]);
    expect(view.termBonus).toEqual([]);
    expect(view.pricing).toEqual({ listPrice: 100, unit: "seat / month" });
    expect("floorPrice" in view.pricing).toBe(false);
  });

  it("keeps only the claims and promises not marked internal", () => {
    expect(view.claims.map((claim) => claim.id)).toEqual(["analytics-trial"]);
    expect(view.promises).toEqual([]);
  });

  it("names the partner team as the owner and as whom every boundary escalates to", () => {
    expect(analytics.owner).toBe("owner@example.com");
    expect(view.owner).toBe("partners@example.com");
    const asWritten = sheetOf(libraryOf(validLibrary()), ANALYTICS).product;
    expect(asWritten.promises.map((promise) => promise.escalate)).toEqual(["director"]);
    expect(
      scopeProduct(asWritten, "partner", partners).promises.map((promise) => promise.escalate),
    ).toEqual(["partners@example.com"]);
  });

  it("keeps everything else as written, forbidden phrases included", () => {
    const {
      claims: _c,
      discounts: _d,
      termBonus: _t,
      promises: _p,
      pricing: _pr,
      owner: _o,
      ...rest
    } = view;
    const {
      claims: _c2,
      discounts: _d2,
      termBonus: _t2,
      promises: _p2,
      pricing: _pr2,
      owner: _o2,
      ...all
    } = analytics;
    expect(rest).toEqual(all);
    expect(view.forbidden.map((rule) => rule.phrase)).toEqual(["real-time everything"]);
  });

  it("does not change the sheet it was given", () => {
    expect(analytics.discounts).toHaveLength(3);
    expect(analytics.pricing.floorPrice).toBe(70);
  });
});

describe("scopeProduct for the sales team", () => {
  it("is the sheet itself", () => {
    expect(scopeProduct(analytics, "internal", partners)).toBe(analytics);
  });
});

describe("who a sheet, claim or promise reaches", () => {
  it("publishes a sheet to the audiences it lists, and a sheet without a list to the sales team only", () => {
    expect(sheetReaches(analytics, "partner")).toBe(true);
    expect(monitoring.audience).toEqual(["internal"]);
    expect(sheetReaches(monitoring, "partner")).toBe(false);
    expect(sheetReaches(monitoring, "internal")).toBe(true);
  });

  it("lets an unmarked claim or promise reach whoever its sheet reaches", () => {
    expect(reaches(undefined, "partner")).toBe(true);
    expect(reaches(["internal"], "partner")).toBe(false);
    expect(reaches(["internal", "partner"], "partner")).toBe(true);
  });
});

describe("the always-internal fields", () => {
  const field = (path: string): z.ZodType =>
    path
      .split(".")
      .reduce<z.ZodType>(
        (schema, key) => (schema as z.ZodObject).shape[key] as z.ZodType,
        ProductSchema,
      );

  it.each(ALWAYS_INTERNAL_FIELDS)("%s says so in its schema description", (path) => {
    expect(field(path).description).toMatch(/ Always internal: never published to partners/);
    expect(field(path).description?.endsWith(ALWAYS_INTERNAL)).toBe(true);
  });

  it("are the only fields whose description says so", () => {
    const described = (schema: z.ZodType, prefix: string): string[] =>
      "shape" in schema
        ? Object.entries((schema as z.ZodObject).shape).flatMap(([key, value]) => {
            const path = `${prefix}${key}`;
            const own = (value as z.ZodType).description?.includes(ALWAYS_INTERNAL) ? [path] : [];
            return [...own, ...described(value as z.ZodType, `${path}.`)];
          })
        : [];
    expect(described(ProductSchema, "").sort()).toEqual([...ALWAYS_INTERNAL_FIELDS].sort());
  });

  it.each(ALWAYS_INTERNAL_FIELDS)("%s is empty or absent in the partner view", (path) => {
    const value = path
      .split(".")
      .reduce<unknown>(
        (object, key) => (object as Record<string, unknown> | undefined)?.[key],
        scopeProduct(analytics, "partner", partners),
      );
    expect(value === undefined || (Array.isArray(value) && value.length === 0)).toBe(true);
  });
});
