import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { AS_OF, VALID_LIBRARY } from "../core/fixture-library.ts";
import { ROOT, runCli } from "./run-cli.ts";
import { GIT_ENV, tempRepo, type TempRepo } from "./temp-git-repo.ts";

const SHEET = "content/products/analytics.mdx";
const GOOD_RUNG = "{ role: manager, upTo: 20 }";
const BAD_RUNG = "{ role: manager, upTo: 5 }";
let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

function committedLibrary(): TempRepo {
  const created = tempRepo();
  created.copy(VALID_LIBRARY, "content");
  created.commitAll("Add the library", "2026-01-10T09:00:00Z");
  return created;
}

const preCommit = (library: TempRepo) =>
  runCli(["hook", "pre-commit", join(library.root, "content"), "--as-of", AS_OF], GIT_ENV);

describe("the pre-commit check", { timeout: 30_000 }, () => {
  test("stops a commit whose staged content has errors, even if the work tree is already fixed", () => {
    repo = committedLibrary();
    repo.edit(SHEET, GOOD_RUNG, BAD_RUNG);
    repo.git("add", SHEET);
    repo.edit(SHEET, BAD_RUNG, GOOD_RUNG);

    const run = preCommit(repo);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${repo.root}/content/products/analytics.mdx:28:28  discounts[1].upTo  error: 5% is not above the previous rung's 10%`,
    );
    expect(run.stderr).toContain("Commit stopped: the library as staged has errors");
  });

  test("lets a good staged version through, whatever is unstaged", () => {
    repo = committedLibrary();
    repo.edit(SHEET, "business teams explore themselves.", "business teams explore on their own.");
    repo.git("add", SHEET);
    repo.edit(SHEET, GOOD_RUNG, BAD_RUNG);

    const run = preCommit(repo);

    expect(run).toMatchObject({ status: 0, stderr: "" });
  });

  test("stops a staged symbolic link at its path, as npm run check does in the folder", () => {
    repo = committedLibrary();
    symlinkSync("analytics.mdx", join(repo.root, "content/products/linked.mdx"));
    repo.git("add", "content/products/linked.mdx");

    const run = preCommit(repo);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${repo.root}/content/products/linked.mdx:1:1  error: this is a symbolic link`,
    );
  });

  test("checks cross-file rules against the rest of the library", () => {
    repo = committedLibrary();
    // policy.yaml and the monitoring sheet name analytics-trial: renaming that claim breaks both.
    repo.edit(SHEET, "  - id: analytics-trial", "  - id: analytics-evaluation");
    repo.git("add", SHEET);

    const run = preCommit(repo);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${repo.root}/content/policy.yaml:16:17  forbidden[0].insteadSay  error: unknown claim id "analytics-trial"`,
    );
    expect(run.stderr).toContain(
      `${repo.root}/content/products/monitoring.mdx:30:15  error: <Claim id="analytics-trial"/>: unknown claim id`,
    );
  });

  test("does nothing when no library file is staged", () => {
    repo = committedLibrary();
    repo.write("notes.txt", "not content");
    repo.git("add", "notes.txt");
    repo.edit(SHEET, GOOD_RUNG, BAD_RUNG);

    expect(preCommit(repo)).toMatchObject({ status: 0, stdout: "", stderr: "" });
  });
});

describe("npm run hooks:install", { timeout: 60_000 }, () => {
  /** The CLI as `npm run hooks:install` runs it: from the project folder, here the temporary repository. */
  const cliIn = (library: TempRepo, ...args: string[]) =>
    spawnSync(
      join(ROOT, "node_modules", ".bin", "node"),
      [join(ROOT, "src", "cli", "main.ts"), ...args],
      {
        cwd: library.root,
        encoding: "utf8",
        env: { ...process.env, ...GIT_ENV },
      },
    );

  test("installs a hook that stops a bad commit, and uninstalls it again", () => {
    repo = committedLibrary();
    // The hook runs the project's own Node and CLI from the top of the work tree.
    symlinkSync(join(ROOT, "node_modules"), join(repo.root, "node_modules"));
    symlinkSync(join(ROOT, "src"), join(repo.root, "src"));
    repo.write(".gitignore", "node_modules\nsrc\n");

    const installed = cliIn(repo, "hook", "install");
    const hook = join(repo.root, ".git", "hooks", "pre-commit");
    expect(installed.stdout).toBe(
      `Installed ${hook}: each commit now checks the staged content. Skip once with git commit --no-verify.\n`,
    );
    expect(readFileSync(hook, "utf8")).toContain('exec "$node" src/cli/main.ts hook pre-commit\n');

    repo.edit(SHEET, GOOD_RUNG, BAD_RUNG);
    repo.git("add", "--all");
    const commit = spawnSync("git", ["commit", "-m", "Lower the manager's limit"], {
      cwd: repo.root,
      encoding: "utf8",
      env: { ...process.env, ...GIT_ENV, FIELDGUIDE_AS_OF: AS_OF },
    });
    expect(commit.status).toBe(1);
    expect(commit.stderr).toContain("Commit stopped");
    expect(repo.git("rev-list", "--count", "HEAD")).toBe("1");

    expect(cliIn(repo, "hook", "uninstall").stdout).toBe(`Removed ${hook}.\n`);
    expect(existsSync(hook)).toBe(false);
    execFileSync("git", ["commit", "--quiet", "-m", "Now without the check"], {
      cwd: repo.root,
      env: { ...process.env, ...GIT_ENV },
    });
    expect(repo.git("rev-list", "--count", "HEAD")).toBe("2");
  });

  test("leaves someone else's pre-commit hook alone", () => {
    repo = committedLibrary();
    repo.write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n");

    const run = cliIn(repo, "hook", "install");

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("already holds another pre-commit hook; it was left alone.");
    expect(repo.read(".git/hooks/pre-commit")).toBe("#!/bin/sh\nexit 0\n");
  });
});
