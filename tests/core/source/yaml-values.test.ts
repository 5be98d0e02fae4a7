import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Problem } from "../../../src/core/problem.ts";
import { validateSchema } from "../../../src/core/rules/schema.ts";
import { AUDIENCES } from "../../../src/core/schema/common.ts";
import { CHANNELS, ProductSchema } from "../../../src/core/schema/product.ts";
import { parseYamlValues } from "../../../src/core/source/yaml-values.ts";
import { parseYaml, type LocatedYaml } from "../../../src/core/source/yaml.ts";

const FILE = "products/example.mdx";

// Each source starts with a newline, as the frontmatter does after its opening fence: line 2 of
// the source is line 2 of the file.
function located(source: string): LocatedYaml {
  const result = parseYamlValues(source, FILE);
  if ("problems" in result) throw new Error(JSON.stringify(result.problems));
  return result;
}

function problems(source: string): Problem[] {
  const result = parseYamlValues(source, FILE);
  if (!("problems" in result)) throw new Error("expected the YAML to be rejected");
  return result.problems;
}

describe("parseYamlValues: the values the build reads", () => {
  it("reads an unquoted date as a Date, as Astro's js-yaml does, and a quoted one as text", () => {
    expect(located('\nlastReviewed: 2026-10-01\nsummary: "2026-10-01"\n').data).toEqual({
      lastReviewed: new Date("2026-10-01T00:00:00Z"),
      summary: "2026-10-01",
    });
  });

  it("makes an impossible day or a time of day an Invalid Date, not some other day", () => {
    const source = "\nexpires: 2026-02-30\nat: 2026-10-01 09:30:00\n";
    const { expires, at } = located(source).data as { expires: Date; at: Date };

    expect(Number.isNaN(expires.getTime())).toBe(true);
    expect(Number.isNaN(at.getTime())).toBe(true);
  });

  it("reads YAML 1.1 forms the way the build does, not the way YAML 1.2 would", () => {
    expect(located("\nflags: 0b11\n<<: { unit: seat }\n").data).toEqual({ flags: 3, unit: "seat" });
  });
});

describe("parseYamlValues: positions", () => {
  it("locates keys and values of YAML read by the fast parser at their file lines", () => {
    const yaml = located("\ntitle: Example\npricing:\n  listPrice: 10\n");

    expect(yaml.locate(["pricing", "listPrice"])).toEqual({ line: 4, column: 3 });
    expect(yaml.locate(["pricing", "listPrice"], "value")).toEqual({ line: 4, column: 14 });
    expect(yaml.locate(["pricing", "unit"])).toEqual({ line: 4, column: 3 });
  });

  it("reports a duplicate key at the repeated key", () => {
    expect(problems("\ntitle: A\nsku: X\ntitle: B\n")).toEqual([
      {
        severity: "error",
        file: FILE,
        line: 4,
        column: 1,
        field: "",
        message: "the YAML cannot be read: Map keys must be unique",
        hint: "Each field may appear only once: remove or merge the repeated one.",
        rule: "yaml",
      },
    ]);
  });

  it.each([
    ["an unknown tag", "summary: !custom x", "!custom"],
    ["a tag js-yaml would turn into bytes", "summary: !!binary aGk=", "!!binary"],
    ["a tag on a list", "channels: !!set [direct]", "!!set"],
  ])("refuses %s at the tag, whichever parser would have read it", (_case, line, tag) => {
    expect(problems(`\ntitle: A\n${line}\n`)).toEqual([
      {
        severity: "error",
        file: FILE,
        line: 3,
        column: line.indexOf("!") + 1,
        field: "",
        message: `the YAML tag ${tag} is not used in the library`,
        hint: "Remove the tag (the word starting with !): put the value in quotes if it must stay text.",
        rule: "yaml",
      },
    ]);
  });

  it("reads an exclamation mark inside text as text", () => {
    expect(located("\ntitle: Fast! Really fast!\nsummary: 'Yes!'\n").data).toEqual({
      title: "Fast! Really fast!",
      summary: "Yes!",
    });
  });
});

describe("parseYamlValues: anchors and aliases", () => {
  it("refuses aliases that expand into a huge object, at the first alias", () => {
    const bomb = [
      "",
      "a: &a [x, x, x, x, x, x, x, x]",
      ...["b", "c", "d", "e"].map((key, index) => {
        const previous = "abcd"[index];
        return `${key}: &${key} [${Array(8).fill(`*${previous}`).join(", ")}]`;
      }),
    ].join("\n");

    expect(problems(bomb)).toMatchObject([
      {
        line: 3,
        column: 8,
        message:
          "the YAML cannot be read: Excessive alias count indicates a resource exhaustion attack",
      },
    ]);
  });

  it("accepts a few aliases, with the values the build reads", () => {
    expect(
      located("\nbase: &base { unit: seat }\nother: *base\nreviewed: 2026-10-01\n").data,
    ).toEqual({
      base: { unit: "seat" },
      other: { unit: "seat" },
      reviewed: new Date("2026-10-01T00:00:00Z"),
    });
  });
});

// Sheets as people write them: text starting with a word, dates only in date fields.
const word = fc.stringMatching(/^[A-Za-z][a-z]{0,9}$/);
const token = fc.oneof(
  word,
  fc.constantFrom("99.9%", "24/7", "3", "-", "(EU)", "it's", "e-mail", "2026-10-01", "#1", "a:b"),
);
const text = fc
  .tuple(word, fc.array(token, { maxLength: 12 }), fc.constantFrom("", ".", "!", "?"))
  .map(([first, rest, end]) => [first, ...rest].join(" ") + end);
const id = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,6}){0,3}$/);
const email = word.map((name) => `${name.toLowerCase()}@example.com`);
const day = fc
  .date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const percent = fc.integer({ min: 0, max: 200 }).map((halves) => halves / 2);
const some = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });

const product = fc.record(
  {
    title: text,
    sku: id.map((value) => value.toUpperCase()),
    category: text,
    summary: text,
    owner: email,
    lastReviewed: day,
    audience: some(AUDIENCES),
    pricing: fc.record(
      {
        listPrice: fc.integer({ min: 1, max: 100_000 }),
        unit: text,
        floorPrice: fc.integer({ min: 1, max: 100_000 }),
      },
      { requiredKeys: ["listPrice", "unit"] },
    ),
    claims: fc.array(
      fc.record(
        {
          id,
          text,
          evidence: fc.record(
            {
              document: text,
              section: text,
              link: id.map((path) => `https://example.com/${path}`),
            },
            { requiredKeys: ["document"] },
          ),
          expires: day,
          channels: some(CHANNELS),
          audience: some(AUDIENCES),
        },
        { requiredKeys: ["id", "text", "evidence"] },
      ),
      { maxLength: 3 },
    ),
    discounts: fc.array(fc.record({ role: id, upTo: percent }), { maxLength: 3 }),
    promises: fc.array(
      fc.record({
        topic: text,
        may: text,
        mayNot: fc.array(text, { maxLength: 3 }),
        escalate: fc.oneof(id, email),
      }),
      { maxLength: 2 },
    ),
    forbidden: fc.array(fc.record({ phrase: text, why: text }), { maxLength: 2 }),
  },
  { requiredKeys: ["title", "sku", "category", "summary", "owner", "lastReviewed", "pricing"] },
);

const style = fc.record({
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_FOLDED"),
  lineWidth: fc.constantFrom(0, 40, 80),
} as const);

describe("parseYamlValues: the fast parser and the located one agree", () => {
  it("gives the same validated sheet for any sheet written as people write them", () => {
    fc.assert(
      fc.property(product, style, (sheet, options) => {
        const source = `\n${stringify(sheet, options)}`;
        const fast = parseYamlValues(source, FILE);
        const slow = parseYaml(source, { file: FILE });
        if ("problems" in fast || "problems" in slow) throw new Error("unreadable YAML");

        const fromFast = validateSchema(ProductSchema, fast, FILE);
        const fromSlow = validateSchema(ProductSchema, slow, FILE);
        expect(fromFast.problems).toEqual([]);
        expect(fromFast.value).toEqual(fromSlow.value);
      }),
      { numRuns: 300 },
    );
    // 300 generated sheets take about 4 s alone on these 2 cores: more than Vitest's default 5 s
    // once the machine is shared.
  }, 30_000);
});
