/**
 * The check command in-process: what it prints for people, for machines and for GitHub Actions.
 * Exit codes as the shell sees them are in exit-codes.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { check } from "../../src/cli/commands/check.ts";
import { UsageError } from "../../src/library/usage-error.ts";
import { caseLibrary, validLibrary, writeLibrary } from "../core/fixture-library.ts";

const root = mkdtempSync(join(tmpdir(), "fieldguide-check-"));
const VALID = join(root, "valid");
/** analytics-uptime expires on 2026-11-30. */
const EXPIRED = join(root, "expired");
/** monitoring was last reviewed 2026-05-01: due 2026-10-28. */
const STALE = join(root, "stale");
const EXPIRED_HINT =
  "Renew the evidence and move the date, or remove the claim: until then the site shows it as expired, with nothing to copy, and leaves it out of search, checkers and guardrails.json.";

beforeAll(() => {
  writeLibrary(validLibrary(), VALID);
  writeLibrary(caseLibrary("expired-claim"), EXPIRED);
  writeLibrary(caseLibrary("stale-review-warning"), STALE);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** Runs `fieldguide check ...args` and returns what it printed and the exit code it chose. */
async function run(args: string[], env: { GITHUB_ACTIONS?: string } = {}) {
  vi.stubEnv("GITHUB_ACTIONS", env.GITHUB_ACTIONS ?? "");
  let stdout = "";
  vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    stdout += `${parts.join(" ")}\n`;
  });
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const code = await check(args);
  return { code, stdout };
}

describe("fieldguide check: text output", () => {
  it("prints file:line:column, field, severity and message, the hint, and a summary; an expired claim is a warning, exit code 0", async () => {
    expect(await run([EXPIRED, "--as-of", "2026-12-01"])).toEqual({
      code: 0,
      stdout: [
        `${EXPIRED}/products/analytics.mdx:19:14  claims[0].expires  warning: claim "analytics-uptime" expired on 2026-11-30`,
        `    → ${EXPIRED_HINT}`,
        "0 errors, 1 warning",
        "",
      ].join("\n"),
    });
  });

  it("lets --as-of decide: the day before the claim expires, the same library passes, warned", async () => {
    const { code, stdout } = await run([EXPIRED, "--as-of", "2026-11-30"]);

    expect(stdout).toContain(
      `${EXPIRED}/products/analytics.mdx:19:14  claims[0].expires  warning: claim "analytics-uptime" expires on 2026-11-30, in 0 days`,
    );
    expect(stdout).toMatch(/\n0 errors, 1 warning\n$/);
    expect(code).toBe(0);
  });

  it("passes with warnings only: exit code 0", async () => {
    const { code, stdout } = await run([STALE, "--as-of", "2026-12-01"]);

    expect(stdout).toContain(
      `${STALE}/products/monitoring.mdx:7:15  lastReviewed  warning: last reviewed 2026-05-01`,
    );
    expect(stdout).toMatch(/\n0 errors, 1 warning\n$/);
    expect(code).toBe(0);
  });

  it("takes the folder with a trailing slash without doubling it in paths", async () => {
    expect((await run([`${EXPIRED}/`, "--as-of", "2026-12-01"])).stdout).toContain(
      `${EXPIRED}/products/analytics.mdx:19:14  claims[0].expires`,
    );
  });
});

describe("fieldguide check --format json", () => {
  it("prints the root, the date and every problem as data", async () => {
    const { code, stdout } = await run([EXPIRED, "--as-of", "2026-12-01", "--format", "json"]);

    expect(JSON.parse(stdout)).toEqual({
      root: EXPIRED,
      asOf: "2026-12-01",
      problems: [
        {
          severity: "warning",
          file: "products/analytics.mdx",
          line: 19,
          column: 14,
          field: "claims[0].expires",
          message: 'claim "analytics-uptime" expired on 2026-11-30',
          hint: EXPIRED_HINT,
          rule: "claim-expired",
        },
      ],
    });
    expect(code).toBe(0);
  });

  it("prints an empty list for a valid library, and no text around the JSON", async () => {
    const { code, stdout } = await run([VALID, "--as-of", "2026-12-01", "--format", "json"]);

    expect(JSON.parse(stdout)).toEqual({ root: VALID, asOf: "2026-12-01", problems: [] });
    expect(code).toBe(0);
  });
});

describe("fieldguide check on GitHub Actions", () => {
  it("adds an annotation per problem before the text report", async () => {
    const { code, stdout } = await run([EXPIRED, "--as-of", "2026-12-01"], {
      GITHUB_ACTIONS: "true",
    });

    expect(stdout.split("\n")).toEqual([
      `::warning file=${EXPIRED}/products/analytics.mdx,line=19,col=14,title=claims[0].expires::claim "analytics-uptime" expired on 2026-11-30. ${EXPIRED_HINT}`,
      `${EXPIRED}/products/analytics.mdx:19:14  claims[0].expires  warning: claim "analytics-uptime" expired on 2026-11-30`,
      `    → ${EXPIRED_HINT}`,
      "0 errors, 1 warning",
      "",
    ]);
    expect(code).toBe(0);
  });

  it("adds no annotations when there is nothing to report", async () => {
    const { stdout } = await run([VALID, "--as-of", "2026-12-01"], { GITHUB_ACTIONS: "true" });

    expect(stdout).toBe("0 errors, 0 warnings\n");
  });
});

describe("fieldguide check: usage errors", () => {
  it.each([
    [["--as-of", "2026-02-30"], '--as-of must be a date written as YYYY-MM-DD, not "2026-02-30"'],
    [["--format", "xml"], "--format must be text or json"],
    [[VALID, STALE], "check takes one library folder"],
  ])("refuses %j", async (args, message) => {
    await expect(check(args)).rejects.toThrow(new UsageError(message));
  });

  it("refuses an unknown option", async () => {
    await expect(check(["--strict"])).rejects.toMatchObject({
      code: "ERR_PARSE_ARGS_UNKNOWN_OPTION",
    });
  });
});
