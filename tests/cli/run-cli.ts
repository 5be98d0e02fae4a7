/** Runs the real `fieldguide` CLI the way `npm run check` does, with the project's Node 22. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const NODE = join(ROOT, "node_modules", ".bin", "node");
const MAIN = join(ROOT, "src", "cli", "main.ts");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `env` is added to this process's environment, from which the CLI's own variables are removed. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const { GITHUB_ACTIONS: _ci, FIELDGUIDE_AS_OF: _asOf, ...inherited } = process.env;
  const result = spawnSync(NODE, [MAIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...inherited, ...env },
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace line, as Node prints it: what a user must never see. */
export const STACK_LINE = /^\s+at /m;
