// A fresh copy of this project, as a new user has it after `git clone` and `npm ci`: for tests that
// run the project's own commands (npm run dev, npm start…) the way the README tells people to.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { linkNodeModules } from "../bench/workspace.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));

/**
 * Clones this repository into `target` (history and branches included: `npm run diff` and the What
 * changed page read them), then copies over it the work tree's version of every file git does not
 * ignore, so that uncommitted edits (a README being changed) are what is tested. node_modules links
 * to this project's packages instead of installing them again.
 */
export async function copyProject(target: string): Promise<string> {
  execFileSync("git", ["clone", "--quiet", "--shared", PROJECT_ROOT, target]);
  // A CI checkout has main only as origin/main: the copy's origin/main is then that one.
  execFileSync(
    "git",
    ["fetch", "--quiet", "origin", "+refs/remotes/origin/*:refs/remotes/origin/*"],
    {
      cwd: target,
    },
  );
  const tracked = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
  for (const file of tracked.split("\0")) {
    if (!file || !existsSync(join(PROJECT_ROOT, file))) continue;
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(PROJECT_ROOT, file), join(target, file));
  }
  await linkNodeModules(PROJECT_ROOT, target);
  return target;
}
