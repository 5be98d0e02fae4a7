import { describe, expect, it } from "vitest";
import { checkLibrary } from "../../src/core/check.ts";
import {
  ANALYTICS,
  AS_OF,
  check,
  edit,
  MONITORING,
  POLICY,
  validLibrary,
  withFile,
} from "./fixture-library.ts";

const base = validLibrary();

describe("checkLibrary", () => {
  it("accepts the valid library and returns it, read and validated", () => {
    const { library, problems } = checkLibrary(base, { asOf: AS_OF });

    expect(problems).toEqual([]);
    expect(library?.policy.policy.roles.map((role) => role.id)).toEqual([
      "rep",
      "manager",
      "director",
    ]);
    expect(library?.sheets.map(({ file, slug, bodyLine }) => ({ file, slug, bodyLine }))).toEqual([
      { file: ANALYTICS, slug: "analytics", bodyLine: 41 },
      { file: MONITORING, slug: "monitoring", bodyLine: 25 },
    ]);
  });

  it("reports every problem at once, sorted by file, line and column", () => {
    let files = edit(base, MONITORING, "Every check runs from many places:", "Risk-free {x}");
    files = edit(files, ANALYTICS, "owner: owner@example.com", "owner: nobody");
    files = edit(files, POLICY, "currency: EUR", "currency: euros");

    expect(
      check(files).problems.map(
        ({ file, line, column, rule }) => `${file}:${line}:${column} ${rule}`,
      ),
    ).toEqual(["policy.yaml:3:1 schema", "products/analytics.mdx:6:1 schema"]);

    const withPolicy = edit(files, POLICY, "currency: euros", "currency: EUR");
    expect(
      check(withPolicy).problems.map(
        ({ file, line, column, rule }) => `${file}:${line}:${column} ${rule}`,
      ),
    ).toEqual([
      "products/analytics.mdx:6:1 schema",
      "products/monitoring.mdx:26:1 forbidden-phrase",
      "products/monitoring.mdx:26:11 mdx-safety",
    ]);
  });

  it("returns no library while any file cannot be read or validated", () => {
    const files = edit(base, MONITORING, "title: Monitoring", "title:");

    expect(check(files).library).toBeUndefined();
  });

  it("returns the library when only cross-file rules found problems", () => {
    const files = edit(base, MONITORING, "sku: EX-MO-1", "sku: EX-AN-1");

    expect(check(files)).toMatchObject({
      library: { sheets: [{}, {}] },
      problems: [{ rule: "unique-sku" }],
    });
  });

  it("still runs the rules within a readable sheet when another sheet is broken", () => {
    let files = edit(base, ANALYTICS, "title: Analytics", "title: [Analytics");
    files = edit(files, MONITORING, "Every check runs from many places:", "<script>");

    expect(check(files).problems.map(({ file, rule }) => `${file} ${rule}`)).toEqual([
      "products/analytics.mdx yaml",
      "products/monitoring.mdx mdx-safety",
    ]);
  });

  it("a misspelt field hides none of the sheet's other problems", () => {
    let files = edit(base, ANALYTICS, "{ role: rep, upTo: 10 }", "{ role: rep, upto: 10 }");
    files = edit(files, ANALYTICS, "{ role: director, upTo: 25 }", "{ role: director, upTo: 15 }");
    files = edit(files, ANALYTICS, "escalate: director", "escalate: boss");
    files = edit(
      files,
      ANALYTICS,
      "Analytics has kept 99.9% uptime:",
      "Risk-free, and 42% faster:",
    );

    expect(check(files).problems.map(({ field, rule }) => `${field} ${rule}`)).toEqual([
      "discounts[0].upto schema",
      "discounts[2].upTo ladder-increase",
      "promises[0].escalate unknown-role",
      " forbidden-phrase",
      " unstated-figure",
    ]);
  });

  it("an unknown field with no near name is left out for the other rules, and reported", () => {
    const files = edit(base, MONITORING, "title: Monitoring", "title: Monitoring\nslogan: Fast");

    expect(check(files)).toMatchObject({
      library: { sheets: [{}, {}] },
      problems: [{ field: "slogan", message: 'unknown field "slogan"' }],
    });
  });

  it("still validates every sheet's schema when policy.yaml is broken", () => {
    let files = withFile(base, POLICY, "company: [Example");
    files = edit(files, MONITORING, "listPrice: 20", "listPrice: -20");

    expect(check(files).problems.map(({ file, rule }) => `${file} ${rule}`)).toEqual([
      "policy.yaml yaml",
      "products/monitoring.mdx schema",
    ]);
  });

  it("reads only products/*.mdx as sheets, refuses other files there and ignores drafts elsewhere", () => {
    let files = withFile(base, "products/notes.txt", "not a sheet");
    files = withFile(files, "drafts/new.mdx", "---\nnot: [valid\n");
    files = withFile(files, "products/README.md", "# Products");
    const { problems, library } = check(files);

    expect(problems.map(({ file, rule }) => ({ file, rule }))).toEqual([
      { file: "products/notes.txt", rule: "sheet-file" },
      { file: "products/README.md", rule: "sheet-file" },
    ]);
    expect(library).toMatchObject({ sheets: [{ file: ANALYTICS }, { file: MONITORING }] });
  });

  it("accepts a library without product sheets", () => {
    const files = edit(
      base.filter((file) => file.path === POLICY),
      POLICY,
      "    insteadSay: analytics-trial\n",
      "",
    );

    expect(check(files)).toMatchObject({ problems: [], library: { sheets: [] } });
  });

  it("reports a library without policy.yaml, and still checks the sheets' schemas", () => {
    const files = edit(
      base.filter((file) => file.path !== POLICY),
      MONITORING,
      "title: Monitoring",
      "title: 7",
    );

    expect(check(files).problems).toEqual([
      {
        severity: "error",
        file: POLICY,
        line: 1,
        column: 1,
        field: "",
        message: "the library has no policy.yaml",
        hint: "Create policy.yaml with company, currency, reviewIntervalDays, roles and forbidden (see docs/content-format.md).",
        rule: "missing-policy",
      },
      expect.objectContaining({
        file: MONITORING,
        line: 2,
        field: "title",
        message: "must be text",
      }),
    ]);
  });

  it("gives the same answer for the files in any order", () => {
    const files = edit(base, MONITORING, "sku: EX-MO-1", "sku: EX-AN-1");

    expect(check([...files].reverse()).problems).toEqual(check(files).problems);
  });
});
