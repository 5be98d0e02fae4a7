/**
 * Hostile content: each folder in tests/fixtures/hostile holds only the files that differ from
 * tests/fixtures/valid-library, like the invalid-input corpus. Every case is either refused with a
 * clear problem at its line, or accepted as text the site escapes; always within a bounded time,
 * and without an exception. The largest inputs are generated here rather than committed.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/core/check.ts";
import type { SourceFile } from "../../src/core/source/file.ts";
import {
  ANALYTICS,
  check,
  edit,
  FIXTURES,
  MONITORING,
  POLICY,
  readFolder,
  text,
  validLibrary,
  withFile,
} from "./fixture-library.ts";

const HOSTILE_CASES = join(FIXTURES, "hostile");

/** Generous: the checker needs well under a second for each of these on a laptop. */
const TIME_BOUND_MS = 10_000;

function hostileLibrary(name: string): SourceFile[] {
  const files = new Map(validLibrary().map((file) => [file.path, file]));
  for (const file of readFolder(join(HOSTILE_CASES, name))) files.set(file.path, file);
  return [...files.values()];
}

/** Checks a library, failing the test if the checker throws or takes longer than the bound. */
function checkBounded(files: readonly SourceFile[]): CheckResult {
  const started = performance.now();
  const result = check(files);
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  return result;
}

/** `file:line:column field [rule] message`, one per problem. */
const summary = (result: CheckResult) =>
  result.problems.map(
    (problem) =>
      `${problem.file}:${problem.line}:${problem.column} ${problem.field} [${problem.rule}] ${problem.message}`,
  );

const CORPUS: Record<string, unknown[]> = {
  // Accepted as text. Pages only write content through Astro's escaping (tests/site/escaping.test.ts);
  // a build of this library loaded page by page in Chromium showed every value as text.
  "html-in-every-string-field": [],
  "html-in-ids-and-addresses": [
    "products/analytics.mdx:6:1 owner [schema] must be an e-mail address",
    "products/analytics.mdx:8:22 audience[1] [schema] must be internal or partner",
    "products/analytics.mdx:14:5 claims[0].id [schema] must be lowercase letters, digits and single hyphens (e.g. analytics-uptime)",
    "products/analytics.mdx:20:21 claims[0].channels[1] [schema] must be one of web, email, deck, call, social, print",
    "products/analytics.mdx:25:7 claims[1].evidence.link [schema] must be a full URL (https://…)",
    "products/analytics.mdx:36:5 promises[0].escalate [schema] must be a role id from policy.yaml or an e-mail address",
  ],
  "yaml-billion-laughs": [
    "policy.yaml:21:12  [yaml] the YAML cannot be read: Excessive alias count indicates a resource exhaustion attack",
  ],
  // The column is where the parser ran out of stack, which depends on the machine.
  "yaml-nested-too-deep": [
    expect.stringMatching(
      /^products\/analytics\.mdx:3:\d+ {2}\[yaml\] the YAML is nested too deeply to be read$/,
    ),
  ],
  "invisible-characters-in-forbidden-phrase": [
    'products/analytics.mdx:44:14  [forbidden-phrase] "risk<U+200B>-free" is a forbidden phrase: No contract is free of risk.',
    'products/analytics.mdx:44:33  [forbidden-phrase] "guaranteed<U+2060> ROI" is a forbidden phrase: We do not contract for financial outcomes.',
    'products/analytics.mdx:44:64  [forbidden-phrase] "real-<U+00AD>time everything" is a forbidden phrase: Dashboards refresh on a schedule.',
  ],
  "look-alike-letters-in-forbidden-phrase": [
    'products/analytics.mdx:44:14  [forbidden-phrase] "ｒｉｓｋ-ｆｒｅｅ" is a forbidden phrase: No contract is free of risk.',
    'products/analytics.mdx:44:30  [forbidden-phrase] "guаranteed RΟI" is a forbidden phrase: We do not contract for financial outcomes.',
    'products/analytics.mdx:44:49  [forbidden-phrase] "reаl-time everything" is a forbidden phrase: Dashboards refresh on a schedule.',
  ],
  "bidi-controls-in-forbidden-phrase": [
    'products/analytics.mdx:44:14  [forbidden-phrase] "risk<U+202E>-free" is a forbidden phrase: No contract is free of risk.',
    "products/analytics.mdx:44:18  [bidi-control] holds a bidirectional control (U+202E) that reorders what is displayed: a reader may see other words than those written",
    'products/analytics.mdx:44:32  [forbidden-phrase] "guaranteed ROI" is a forbidden phrase: We do not contract for financial outcomes.',
    'products/analytics.mdx:44:69  [forbidden-phrase] "real-<U+200F>time everything" is a forbidden phrase: Dashboards refresh on a schedule.',
  ],
};

describe("the hostile-input corpus", () => {
  it("has an expectation for every case folder", () => {
    const folders = readdirSync(HOSTILE_CASES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.entries(CORPUS))("%s", (name, expected) => {
    expect(summary(checkBounded(hostileLibrary(name)))).toEqual(expected);
  });

  it("quotes no invisible or direction-changing character in a message as it is", () => {
    for (const name of Object.keys(CORPUS)) {
      for (const problem of checkBounded(hostileLibrary(name)).problems) {
        expect(problem.message).not.toMatch(
          /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u00AD\uFEFF]/,
        );
      }
    }
  });
});

describe("inputs too large to commit", () => {
  const base = validLibrary();

  it("refuses a 10 MB talk track before reading it, in little time and memory", () => {
    const paragraph = "Monitoring checks every endpoint from many regions and alerts on-call. ";
    const body = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
    const files = withFile(base, MONITORING, `${text(base, MONITORING)}\n${body}`);
    const heapBefore = process.memoryUsage().heapUsed;

    expect(summary(checkBounded(files))).toEqual([
      "products/monitoring.mdx:1:1  [file-size] the file is 10.0 MB, more than the 1 MB a library file may hold",
    ]);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it("accepts a very long claim, title and summary within the size limit", () => {
    const long = "Checks run from 12 regions, ".repeat(4000).trim();
    let files = edit(base, MONITORING, "text: Checks run from 12 regions.", `text: "${long}"`);
    files = edit(
      files,
      MONITORING,
      "title: Monitoring",
      `title: "Monitoring ${"x".repeat(100_000)}"`,
    );
    files = edit(
      files,
      MONITORING,
      "summary: Uptime checks with alerts.",
      `summary: "${"y".repeat(200_000)}"`,
    );
    expect(summary(checkBounded(files))).toEqual([]);
  });

  it("refuses a policy file over the size limit, with what to do", () => {
    const files = withFile(base, POLICY, `${text(base, POLICY)}# ${"z".repeat(1024 * 1024)}\n`);
    const [problem] = checkBounded(files).problems;
    expect(problem).toMatchObject({
      file: POLICY,
      line: 1,
      rule: "file-size",
      message: "the file is 1.0 MB, more than the 1 MB a library file may hold",
      hint: "Shorten it: a sheet is read between two calls. Link to long documents as evidence instead.",
    });
  });

  it("keeps the location of each problem when a value is very long", () => {
    const files = edit(
      base,
      ANALYTICS,
      "sku: EX-AN-1",
      `sku: EX-AN-1\nnote: "${"n".repeat(300_000)}"`,
    );
    expect(summary(checkBounded(files))).toEqual([
      'products/analytics.mdx:4:1 note [schema] unknown field "note"',
    ]);
  });
});
