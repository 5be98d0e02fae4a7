/**
 * The CLI as the shell sees it: exit codes, and messages instead of stack traces. Each test starts
 * a Node process, so only what needs a real process is here (see check-command.test.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseLibrary, writeLibrary } from "../core/fixture-library.ts";
import { runCli, STACK_LINE } from "./run-cli.ts";

const root = mkdtempSync(join(tmpdir(), "fieldguide-exit-"));
const EXPIRED = join(root, "expired");
const NO_EVIDENCE = join(root, "no-evidence");
const STALE = join(root, "stale");

beforeAll(() => {
  writeLibrary(caseLibrary("expired-claim"), EXPIRED);
  writeLibrary(caseLibrary("claim-without-evidence"), NO_EVIDENCE);
  writeLibrary(caseLibrary("stale-review-warning"), STALE);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("fieldguide check exit codes", { timeout: 30_000 }, () => {
  it("exits 1 when there is an error", () => {
    const run = runCli(["check", NO_EVIDENCE, "--as-of", "2026-12-01"]);

    expect(run.stdout).toContain("1 error, 0 warnings");
    expect(run.status).toBe(1);
  });

  it("exits 0 once a claim has expired: a warning, so the scheduled build still publishes", () => {
    const run = runCli(["check", EXPIRED, "--as-of", "2026-12-01"]);

    expect(run.stdout).toContain('warning: claim "analytics-uptime" expired on 2026-11-30');
    expect(run.stdout).toContain("0 errors, 1 warning");
    expect(run.status).toBe(0);
  });

  it("exits 0 when there are warnings only", () => {
    const run = runCli(["check", STALE, "--as-of", "2026-12-01"]);

    expect(run.stdout).toContain("0 errors, 1 warning");
    expect(run.status).toBe(0);
  });

  it("exits 2 on a usage error, with the message and the usage and no stack trace", () => {
    const run = runCli(["check", EXPIRED, "--as-of", "yesterday"]);

    expect(run.stderr).toContain('--as-of must be a date written as YYYY-MM-DD, not "yesterday"');
    expect(run.stderr).toContain(
      "Usage: fieldguide check [DIR] [--as-of YYYY-MM-DD] [--format text|json]",
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe("");
    expect(run.status).toBe(2);
  });

  it("exits 2 and names a library folder that does not exist", () => {
    const missing = join(root, "no-such-library");
    const run = runCli(["check", missing]);

    expect(run.stderr).toBe(`Cannot read ${missing}: no such file or folder.\n`);
    expect(run.status).toBe(2);
  });

  it("exits 2 and says so when given a file instead of a folder", () => {
    const file = join(EXPIRED, "policy.yaml");
    const run = runCli(["check", file]);

    expect(run.stderr).toBe(`Cannot read ${file}: it is a file, not a library folder.\n`);
    expect(run.status).toBe(2);
  });
});
