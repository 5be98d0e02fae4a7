import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  FIXTURES,
  MONITORING,
  validLibrary,
  withFile,
  writeLibrary,
} from "../core/fixture-library.ts";
import { runCli, STACK_LINE } from "./run-cli.ts";

const LIBRARY = join(FIXTURES, "report-library");

describe("npm run report", { timeout: 30_000 }, () => {
  test("lists what needs attention, grouped by owner", () => {
    const run = runCli(["report", LIBRARY, "--as-of", "2026-12-01"]);

    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        "Content health as of 2026-12-01: claims expiring within 30 days (until 2026-12-31) and reviews due every 90 days",
        "",
        "ana@example.com",
        "  Claims expiring",
        "    - alpha-expired (Alpha) expired 2026-11-20, 11 days ago",
        "    - alpha-last-day (Alpha) expires 2026-12-31, in 30 days",
        "  Reviews overdue",
        "    - Alpha: review was due 2026-11-30, 1 day ago (last reviewed 2026-09-01)",
        "",
        "ben@example.com",
        "  Claims expiring",
        "    - beta-today (Beta) expires 2026-12-01, today",
        "  Reviews due soon",
        "    - Beta: review due 2026-12-01, today (last reviewed 2026-09-02)",
        "",
        "3 claims expiring, 1 review overdue, 1 review due soon.",
        "",
      ].join("\n"),
    );
  });

  test("looks as far ahead as check warns: expiringWithinDays in policy.yaml, claims expiring listed first", () => {
    const folder = mkdtempSync(join(tmpdir(), "fieldguide-report-"));
    try {
      cpSync(LIBRARY, folder, { recursive: true });
      const policy = join(folder, "policy.yaml");
      writeFileSync(policy, `${readFileSync(policy, "utf8")}expiringWithinDays: 10\n`);
      const run = runCli(["report", folder, "--as-of", "2026-12-01"]);

      expect(run.status).toBe(0);
      expect(run.stdout).toContain("claims expiring within 10 days (until 2026-12-11)");
      expect(run.stdout).not.toContain("alpha-last-day");
      expect(run.stdout.split("\n").slice(2, 5)).toEqual([
        "ana@example.com",
        "  Claims expiring",
        "    - alpha-expired (Alpha) expired 2026-11-20, 11 days ago",
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test("--format json gives the same items to a scheduled job", () => {
    const run = runCli([
      "report",
      LIBRARY,
      "--as-of",
      "2026-12-01",
      "--within",
      "60",
      "--format",
      "json",
    ]);

    const report = JSON.parse(run.stdout);
    expect(report.totals).toEqual({ expiringClaims: 4, overdueReviews: 1, upcomingReviews: 2 });
    expect(report.owners.map((owner: { owner: string }) => owner.owner)).toEqual([
      "ana@example.com",
      "ben@example.com",
    ]);
  });

  test("--format markdown has a heading per owner", () => {
    const run = runCli(["report", LIBRARY, "--as-of", "2026-12-01", "--format", "markdown"]);

    expect(run.stdout).toContain("## Content health\n");
    expect(run.stdout).toContain(
      "### ana@example.com\n\n**Claims expiring**\n\n- alpha-expired (Alpha) expired 2026-11-20, 11 days ago\n",
    );
  });

  test("a quiet library says nothing needs attention", () => {
    const run = runCli(["report", LIBRARY, "--as-of", "2026-06-01", "--within", "5"]);

    expect(run.stdout).toContain(`Nothing needs attention in ${LIBRARY}/ within 5 days.`);
  });

  test.each([
    [["--within", "soon"], '--within must be a whole number of days, not "soon"'],
    [["--format", "html"], '--format must be text, json or markdown, not "html"'],
    [["--as-of", "2026-02-30"], '--as-of must be a date written as YYYY-MM-DD, not "2026-02-30"'],
  ])("%j is refused with a clear message", (args, message) => {
    const run = runCli(["report", LIBRARY, ...args]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  test("a library that cannot be read gets the checker's problems instead of a report", () => {
    const folder = mkdtempSync(join(tmpdir(), "fieldguide-report-"));
    try {
      writeLibrary(
        withFile(validLibrary(), MONITORING, "---\ntitle: Monitoring\nsku: [\n---\n"),
        folder,
      );

      const run = runCli(["report", folder]);

      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        `The library in ${folder}/ cannot be read as a whole, so no report was made.`,
      );
      expect(run.stderr).toContain(`${folder}/products/monitoring.mdx:3:`);
      expect(run.stderr).not.toMatch(STACK_LINE);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
