import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { INVALID_CASES, VALID_LIBRARY } from "../core/fixture-library.ts";
import { runCli, STACK_LINE } from "./run-cli.ts";
import { GIT_ENV, tempRepo, type TempRepo } from "./temp-git-repo.ts";

const SHEET = "content/products/analytics.mdx";
let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

/** The valid library committed, then edited in the work tree the way a pull request would. */
function editedLibrary(): TempRepo {
  const created = tempRepo();
  created.copy(VALID_LIBRARY, "content");
  created.commitAll("Add the library", "2026-01-10T09:00:00Z");
  created.edit(SHEET, "{ role: manager, upTo: 20 }", "{ role: manager, upTo: 22 }");
  created.edit(
    SHEET,
    "Analytics delivered 99.9% monthly uptime in 2025.",
    "Analytics delivered 99.95% monthly uptime in 2025.",
  );
  created.edit("content/policy.yaml", "reviewIntervalDays: 180", "reviewIntervalDays: 120");
  return created;
}

describe("npm run diff", { timeout: 30_000 }, () => {
  test("says in words what changed between a revision and the working tree", () => {
    repo = editedLibrary();
    const content = join(repo.root, "content");

    const run = runCli(["diff", "HEAD", content], GIT_ENV);

    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        `Guardrail changes from HEAD to the working tree (${content}/):`,
        "",
        "Policy (policy.yaml)",
        "  - review interval (days): 180 → 120",
        "",
        `Analytics (${content}/products/analytics.mdx)`,
        "  - discount ladder: manager 20% → 22%",
        "  - claim analytics-uptime text changed",
        "      before: Analytics delivered 99.9% monthly uptime in 2025.",
        "      after:  Analytics delivered 99.95% monthly uptime in 2025.",
        "",
      ].join("\n"),
    );
  });

  test("names the approved translations a change made stale, and what changed", () => {
    repo = tempRepo();
    repo.copy(VALID_LIBRARY, "content");
    repo.copy(join(INVALID_CASES, "translation-approved-accepted"), "content");
    repo.commitAll("Add the library and its German translation", "2026-01-10T09:00:00Z");
    repo.edit(SHEET, "evaluation.", "evaluation period.");
    const content = join(repo.root, "content");

    const run = runCli(["diff", "HEAD", content], GIT_ENV);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        "Translations these changes made stale (shown in the source wording until approved again):",
        `  - Deutsch: claim "analytics-trial" in ${content}/translations/de/analytics.mdx (its wording changed)`,
      ].join("\n"),
    );
    expect(run.stdout).not.toContain('analytics-uptime" in');
  });

  test("an added sheet lists everything it lets reps do; a removed one, what is withdrawn", () => {
    repo = tempRepo();
    repo.copy(VALID_LIBRARY, "content");
    repo.commitAll("Add the library", "2026-01-10T09:00:00Z");
    const monitoring = repo.read("content/products/monitoring.mdx");
    repo.git("rm", "--quiet", "content/products/monitoring.mdx");
    repo.write(
      "content/products/uptime.mdx",
      monitoring
        .replace("title: Monitoring", "title: Uptime")
        .replace("sku: EX-MO-1", "sku: EX-UP-1"),
    );
    const content = join(repo.root, "content");

    const run = runCli(["diff", "HEAD", content], GIT_ENV);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `Monitoring (${content}/products/monitoring.mdx)\n  - sheet removed: reps may no longer use any of it\n  - withdrawn: list price`,
    );
    expect(run.stdout).toContain(
      `Uptime (${content}/products/uptime.mdx)\n  - sheet added\n  - list price`,
    );
    const added = run.stdout.slice(run.stdout.indexOf("Uptime ("));
    for (const line of [
      "floor price",
      "discount ladder: rep up to",
      "claim monitoring-",
      "promise '",
      "      text:",
    ])
      expect(added).toContain(line);
  });

  test("--format markdown is ready to post on a pull request", () => {
    repo = editedLibrary();

    const run = runCli(
      ["diff", "HEAD", join(repo.root, "content"), "--format", "markdown"],
      GIT_ENV,
    );

    expect(run.stdout).toContain("<!-- fieldguide:guardrail-diff -->\n## Guardrail changes\n");
    expect(run.stdout).toContain(
      "### Analytics\n\n`" +
        join(repo.root, "content") +
        "/products/analytics.mdx`\n\n- discount ladder: manager 20% → 22%\n",
    );
  });

  test("no changes says so", () => {
    repo = tempRepo();
    repo.copy(VALID_LIBRARY, "content");
    repo.commitAll("Add the library", "2026-01-10T09:00:00Z");

    const run = runCli(["diff", "HEAD", join(repo.root, "content")], GIT_ENV);

    expect(run.stdout).toBe(
      `No guardrail changes between HEAD and the working tree (${join(repo.root, "content")}/).\n`,
    );
  });

  test("an unknown revision is explained, not thrown", () => {
    repo = editedLibrary();

    const run = runCli(["diff", "origin/nope", join(repo.root, "content")], GIT_ENV);

    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'unknown revision "origin/nope": name a branch, tag or commit, e.g. origin/main, main or HEAD~1.\n',
    );
  });

  test("a folder outside git is explained, not thrown", () => {
    const folder = mkdtempSync(join(tmpdir(), "fieldguide-no-git-"));
    try {
      const run = runCli(["diff", "HEAD", folder], GIT_ENV);

      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`${folder} is not inside a git repository.\n`);
      expect(run.stderr).not.toMatch(STACK_LINE);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test("without a revision, the usage says what to pass", () => {
    const run = runCli(["diff"]);

    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^Name the git revision to compare with, e\.g\. origin\/main\.\n\nUsage: fieldguide diff/,
    );
  });
});
