import { describe, expect, it } from "vitest";
import { validateSchema } from "../../../src/core/rules/schema.ts";
import { isoDate } from "../../../src/core/schema/common.ts";
import { PolicySchema } from "../../../src/core/schema/policy.ts";
import { ProductSchema } from "../../../src/core/schema/product.ts";
import { parseSheetSource } from "../../../src/core/source/frontmatter.ts";
import { parseYaml } from "../../../src/core/source/yaml.ts";
import { ANALYTICS, MONITORING, POLICY, text, validLibrary } from "../fixture-library.ts";

const base = validLibrary();

/** Validates one fixture file with each `[from, to]` replacement applied. */
function validate(path: string, ...edits: [string, string][]) {
  let source = text(base, path);
  for (const [from, to] of edits) {
    if (!source.includes(from)) throw new Error(`${path} does not contain ${from}`);
    source = source.replace(from, to);
  }
  if (path === POLICY) {
    const yaml = parseYaml(source, { file: path });
    if ("problems" in yaml) throw new Error(JSON.stringify(yaml.problems));
    return validateSchema(PolicySchema, yaml, path);
  }
  const sheet = parseSheetSource(path, source);
  if ("problems" in sheet) throw new Error(JSON.stringify(sheet.problems));
  return validateSchema(ProductSchema, sheet.frontmatter, path);
}

/** The problems in the short form the tests compare: where, which field, what was said. */
function problems(path: string, ...edits: [string, string][]) {
  return validate(path, ...edits).problems.map((problem) => {
    expect(problem).toMatchObject({ severity: "error", file: path, rule: "schema" });
    return {
      at: `${problem.line}:${problem.column}`,
      field: problem.field,
      message: problem.message,
      hint: problem.hint,
    };
  });
}

describe("validateSchema: valid files", () => {
  it("accepts the valid fixture sheets and policy without problems", () => {
    expect(validate(ANALYTICS).problems).toEqual([]);
    expect(validate(MONITORING).problems).toEqual([]);
    expect(validate(POLICY).problems).toEqual([]);
  });

  it("fills in the defaults: internal audience, no term bonus, no forbidden phrases", () => {
    expect(validate(MONITORING).value).toMatchObject({
      audience: ["internal"],
      termBonus: [],
      forbidden: [],
    });
  });

  it("turns a YAML 1.1 date into YYYY-MM-DD", () => {
    expect(isoDate.parse(new Date("2026-10-01T00:00:00Z"))).toBe("2026-10-01");
  });
});

describe("validateSchema: required fields", () => {
  it("reports a missing top-level field at the start of the frontmatter", () => {
    expect(problems(MONITORING, ["title: Monitoring\n", ""])).toEqual([
      {
        at: "2:1",
        field: "title",
        message: "is required",
        hint: 'Add the field "title"; see docs/content-format.md.',
      },
    ]);
  });

  it("reports a claim without evidence at the claim, with why evidence matters", () => {
    expect(
      problems(MONITORING, ["    evidence:\n      document: Architecture overview\n", ""]),
    ).toEqual([
      {
        at: "12:5",
        field: "claims[0].evidence",
        message: "is required",
        hint: "Say what substantiates the claim: evidence: { document: …, section: …, link: … }. A claim without evidence cannot be approved.",
      },
    ]);
  });

  it("reports a missing nested field at its parent", () => {
    expect(problems(ANALYTICS, ["      document: SLA report 2025\n", ""])).toMatchObject([
      { at: "17:7", field: "claims[0].evidence.document", message: "is required" },
    ]);
  });

  it("reports an empty text field", () => {
    expect(
      problems(MONITORING, ["summary: Uptime checks with alerts.", 'summary: "  "']),
    ).toMatchObject([{ at: "5:1", field: "summary", message: "must not be empty" }]);
  });
});

describe("validateSchema: types", () => {
  it("says what was found when a value has the wrong type", () => {
    expect(problems(MONITORING, ["title: Monitoring", "title: 42"])).toMatchObject([
      { at: "2:1", field: "title", message: "must be text" },
    ]);
    expect(problems(MONITORING, ["listPrice: 20", "listPrice: twenty"])).toMatchObject([
      { at: "9:3", field: "pricing.listPrice", message: "must be a number" },
    ]);
    expect(
      problems(MONITORING, [
        "pricing:\n  listPrice: 20\n  unit: check / month\n",
        "pricing: [20, check]\n",
      ]),
    ).toMatchObject([
      { at: "8:1", field: "pricing", message: "must be a group of fields, not a list" },
    ]);
    expect(problems(ANALYTICS, ["channels: [web, deck]", "channels: web"])).toMatchObject([
      {
        at: "20:5",
        field: "claims[0].channels",
        message: 'must be a list (lines starting with "- "), not text "web"',
      },
    ]);
  });

  it("reports a frontmatter that is not a group of fields at its first line", () => {
    const yaml = parseYaml("\n- title: A\n", { file: MONITORING });
    if ("problems" in yaml) throw new Error("unexpected YAML error");

    expect(validateSchema(ProductSchema, yaml, MONITORING).problems).toMatchObject([
      {
        line: 2,
        column: 1,
        field: "",
        message: "must be a group of fields, not a list",
        hint: "Write the fields as `key: value` lines; see docs/content-format.md.",
      },
    ]);
  });
});

describe("validateSchema: dates", () => {
  it.each([
    "2026-10-1",
    "01/10/2026",
    "1 October 2026",
    "2026-02-30",
    "2026-13-01",
    "2026-10-01 09:30:00",
    "2026-10-01T09:30:00Z",
  ])("rejects lastReviewed: %s", (date) => {
    expect(problems(ANALYTICS, ["lastReviewed: 2026-10-01", `lastReviewed: ${date}`])).toEqual([
      {
        at: "7:1",
        field: "lastReviewed",
        message: "must be a date written as YYYY-MM-DD",
        hint: "Write the date of the last review as YYYY-MM-DD.",
      },
    ]);
  });

  it("reports an unquoted date in a text field, which the build reads as a date, and says to quote it", () => {
    expect(
      problems(MONITORING, ["summary: Uptime checks with alerts.", "summary: 2026-10-01"]),
    ).toEqual([
      {
        at: "5:1",
        field: "summary",
        message: "must be text, not a date",
        hint: 'Put the value in quotes ("2026-10-01"): without them, YAML reads it as a date, not as text.',
      },
    ]);
    expect(
      problems(MONITORING, ["summary: Uptime checks with alerts.", "summary: 2026-10-01 09:30:00"]),
    ).toMatchObject([
      {
        at: "5:1",
        field: "summary",
        message: "must be text, not a date",
        hint: "Put the value in quotes: without them, YAML reads it as a date, not as text.",
      },
    ]);
    expect(
      problems(MONITORING, ["summary: Uptime checks with alerts.", 'summary: "2026-10-01"']),
    ).toEqual([]);
  });

  it("says a date is a date where a list or a number belongs", () => {
    expect(problems(ANALYTICS, ["channels: [web, deck]", "channels: 2026-10-01"])).toMatchObject([
      {
        at: "20:5",
        field: "claims[0].channels",
        message: 'must be a list (lines starting with "- "), not a date',
      },
    ]);
    expect(problems(MONITORING, ["listPrice: 20", "listPrice: 2026-10-01"])).toMatchObject([
      {
        at: "9:3",
        field: "pricing.listPrice",
        message: "must be a number, not a date",
        hint: 'Correct "listPrice"; see docs/content-format.md.',
      },
    ]);
  });

  it("accepts a leap day and rejects the one that does not exist", () => {
    expect(problems(ANALYTICS, ["expires: 2027-06-30", "expires: 2028-02-29"])).toEqual([]);
    expect(problems(ANALYTICS, ["expires: 2027-06-30", "expires: 2027-02-29"])).toMatchObject([
      { at: "19:5", field: "claims[0].expires", message: "must be a date written as YYYY-MM-DD" },
    ]);
  });
});

describe("validateSchema: percentages", () => {
  it.each([0, 100, 12.5])("accepts upTo: %s", (value) => {
    expect(
      problems(MONITORING, ["{ role: rep, upTo: 5 }", `{ role: rep, upTo: ${value} }`]),
    ).toEqual([]);
  });

  it.each([-0.5, 100.5, 120])("rejects upTo: %s", (value) => {
    expect(
      problems(MONITORING, ["{ role: rep, upTo: 5 }", `{ role: rep, upTo: ${value} }`]),
    ).toEqual([
      {
        at: "17:18",
        field: "discounts[0].upTo",
        message: "must be between 0 and 100",
        hint: "Write the highest discount this role may approve, as a number from 0 to 100.",
      },
    ]);
  });

  it("explains that the % sign is not written", () => {
    expect(
      problems(MONITORING, ["{ role: rep, upTo: 5 }", "{ role: rep, upTo: 5% }"]),
    ).toMatchObject([
      {
        at: "17:18",
        field: "discounts[0].upTo",
        message: "must be a number (a percentage, without the % sign)",
      },
    ]);
  });

  it("checks the term bonus extra as a percentage and its months as whole months", () => {
    expect(
      problems(ANALYTICS, ["{ minMonths: 24, extra: 5 }", "{ minMonths: 0, extra: 101 }"]),
    ).toMatchObject([
      { at: "31:7", field: "termBonus[0].minMonths", message: "must be more than 0" },
      { at: "31:21", field: "termBonus[0].extra", message: "must be between 0 and 100" },
    ]);
  });
});

describe("validateSchema: prices", () => {
  it.each(["0", "-20"])("rejects listPrice: %s", (value) => {
    expect(problems(MONITORING, ["listPrice: 20", `listPrice: ${value}`])).toMatchObject([
      { at: "9:3", field: "pricing.listPrice", message: "must be more than 0" },
    ]);
  });

  it("accepts a price in cents and rejects a negative floor", () => {
    expect(problems(MONITORING, ["listPrice: 20", "listPrice: 0.01"])).toEqual([]);
    expect(problems(ANALYTICS, ["floorPrice: 70", "floorPrice: -1"])).toMatchObject([
      { at: "12:3", field: "pricing.floorPrice", message: "must be more than 0" },
    ]);
  });
});

describe("validateSchema: owner, audience, ids, channels, links, escalation", () => {
  it("requires the owner to be an e-mail address", () => {
    expect(problems(ANALYTICS, ["owner: owner@example.com", "owner: Jane Doe"])).toEqual([
      {
        at: "6:1",
        field: "owner",
        message: "must be an e-mail address",
        hint: "Name the accountable marketer by e-mail, e.g. owner: jane.doe@example.com.",
      },
    ]);
  });

  it("knows only the audiences internal and partner, and needs at least one", () => {
    expect(
      problems(ANALYTICS, ["audience: [internal, partner]", "audience: [internal, public]"]),
    ).toMatchObject([{ at: "8:22", field: "audience[1]", message: "must be internal or partner" }]);
    expect(problems(ANALYTICS, ["audience: [internal, partner]", "audience: []"])).toMatchObject([
      { at: "8:1", field: "audience", message: "must name at least one audience" },
    ]);
  });

  it("requires ids in lowercase words joined by single hyphens", () => {
    expect(problems(ANALYTICS, ["id: analytics-trial", "id: analytics--trial"])).toMatchObject([
      {
        at: "21:5",
        field: "claims[1].id",
        message: "must be lowercase letters, digits and single hyphens (e.g. analytics-uptime)",
      },
    ]);
  });

  it("knows the channels by name", () => {
    expect(
      problems(ANALYTICS, ["channels: [web, deck]", "channels: [web, billboard]"]),
    ).toMatchObject([
      {
        at: "20:21",
        field: "claims[0].channels[1]",
        message: "must be one of web, email, deck, call, social, print",
      },
    ]);
  });

  it("requires a full URL as an evidence link", () => {
    expect(
      problems(ANALYTICS, ["link: https://example.com/msa", "link: example.com/msa"]),
    ).toMatchObject([
      { at: "25:7", field: "claims[1].evidence.link", message: "must be a full URL (https://…)" },
    ]);
  });

  it("accepts a role id or an e-mail address to escalate to, and nothing else", () => {
    expect(problems(ANALYTICS, ["escalate: director", "escalate: deal-desk@example.com"])).toEqual(
      [],
    );
    expect(problems(ANALYTICS, ["escalate: director", "escalate: The Director"])).toMatchObject([
      {
        at: "36:5",
        field: "promises[0].escalate",
        message: "must be a role id from policy.yaml or an e-mail address",
      },
    ]);
  });
});

describe("validateSchema: unknown keys", () => {
  it("reports a typo of a known field with the field it probably means", () => {
    expect(problems(ANALYTICS, ["discounts:\n", "discount:\n"])).toEqual([
      {
        at: "26:1",
        field: "discount",
        message: 'unknown field "discount"',
        hint: 'Did you mean "discounts"? Rename the field.',
      },
    ]);
  });

  it("suggests within nested groups and list items", () => {
    expect(problems(ANALYTICS, ["expires: 2027-06-30", "expiry: 2027-06-30"])).toMatchObject([
      { at: "19:5", field: "claims[0].expiry", hint: 'Did you mean "expires"? Rename the field.' },
    ]);
    expect(problems(ANALYTICS, ["section: Table 2", "sections: Table 2"])).toMatchObject([
      {
        at: "18:7",
        field: "claims[0].evidence.sections",
        hint: 'Did you mean "section"? Rename the field.',
      },
    ]);
    expect(
      problems(ANALYTICS, ["{ role: rep, upTo: 10 }", "{ role: rep, upto: 10 }"]),
    ).toMatchObject([
      { at: "27:18", field: "discounts[0].upto", hint: 'Did you mean "upTo"? Rename the field.' },
    ]);
  });

  it("reads the sheet past a misspelt field, as the field it is nearest", () => {
    const result = validate(ANALYTICS, ["{ role: rep, upTo: 10 }", "{ role: rep, upto: 10 }"]);
    expect(result.value).toMatchObject({ discounts: [{ role: "rep", upTo: 10 }, {}, {}] });
    expect(result.problems).toHaveLength(1);
  });

  it("reads nothing when another field is wrong as well", () => {
    const result = validate(
      ANALYTICS,
      ["{ role: rep, upTo: 10 }", "{ role: rep, upto: 10 }"],
      ["owner: owner@example.com", "owner: nobody"],
    );
    expect(result.value).toBeUndefined();
    expect(result.problems.map((problem) => problem.field)).toEqual(["owner", "discounts[0].upto"]);
  });

  it("lists the known fields when nothing is close", () => {
    expect(
      problems(MONITORING, ["  unit: check / month\n", "  unit: check / month\n  currency: EUR\n"]),
    ).toEqual([
      {
        at: "11:3",
        field: "pricing.currency",
        message: 'unknown field "currency"',
        hint: "Remove it, or use one of: listPrice, unit, per, floorPrice, terms.",
      },
    ]);
  });

  it("reports every unknown key, not only the first", () => {
    expect(
      problems(MONITORING, ["title: Monitoring", "titel: Monitoring\ncolour: blue"]).map(
        ({ field }) => field,
      ),
    ).toEqual(["titel", "colour"]);
  });
});

describe("validateSchema: policy.yaml", () => {
  it("requires a three-letter currency code", () => {
    expect(problems(POLICY, ["currency: EUR", "currency: eur"])).toEqual([
      {
        at: "3:1",
        field: "currency",
        message: "must be an ISO 4217 currency code such as EUR or USD",
        hint: "Use a three-letter ISO 4217 code such as EUR.",
      },
    ]);
  });

  it.each([
    ["0", "must be more than 0 days"],
    ["1.5", "must be a whole number of days"],
    ["3651", "must be at most 3650 days (ten years)"],
    ["half a year", "must be a number of days"],
  ])("rejects reviewIntervalDays: %s", (value, message) => {
    expect(
      problems(POLICY, ["reviewIntervalDays: 180", `reviewIntervalDays: ${value}`]),
    ).toMatchObject([{ at: "4:1", field: "reviewIntervalDays", message }]);
  });

  it("requires at least one role, each with an id, a title and an e-mail contact if any", () => {
    expect(
      problems(POLICY, ["contact: managers@example.com", "contact: the managers"]),
    ).toMatchObject([
      { at: "10:5", field: "roles[1].contact", message: "must be an e-mail address" },
    ]);
    expect(problems(POLICY, ["    title: Sales director\n", ""])).toMatchObject([
      { at: "11:5", field: "roles[2].title", message: "is required" },
    ]);
  });

  it("requires why a phrase is forbidden, and a claim id as what to say instead", () => {
    expect(
      problems(POLICY, ["    why: We do not contract for financial outcomes.\n", ""]),
    ).toMatchObject([{ at: "17:5", field: "forbidden[1].why", message: "is required" }]);
    expect(
      problems(POLICY, ["insteadSay: analytics-trial", "insteadSay: Analytics Trial"]),
    ).toMatchObject([{ at: "16:5", field: "forbidden[0].insteadSay" }]);
  });

  it("suggests the field a policy typo means", () => {
    expect(problems(POLICY, ["reviewIntervalDays:", "reviewIntervalDay:"])).toMatchObject([
      {
        at: "4:1",
        field: "reviewIntervalDay",
        hint: 'Did you mean "reviewIntervalDays"? Rename the field.',
      },
    ]);
  });
});
