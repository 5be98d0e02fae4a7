import { spawnSync } from "node:child_process";
import { buildEnvironment } from "../build-env.ts";
import { oneBuildAtATime } from "../build-lock.ts";
import { ROOT, runCli } from "../cli/run-cli.ts";
import { AS_OF } from "../core/fixture-library.ts";

/**
 * `npm run build` of a library into `outDir`, as a user runs it (with another Astro `config` if
 * given): exit status and all it printed.
 */
export function npmBuild(
  library: string,
  outDir: string,
  config?: string,
): { status: number | null; output: string } {
  const args = ["run", "build", "--", "--outDir", outDir, ...(config ? ["--config", config] : [])];
  const run = oneBuildAtATime(() =>
    spawnSync("npm", args, {
      cwd: ROOT,
      encoding: "utf8",
      env: buildEnvironment({ FIELDGUIDE_CONTENT_DIR: library, FIELDGUIDE_AS_OF: AS_OF }),
      timeout: 240_000,
    }),
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * `npm run check` and `npm run build` of one library (the build into `outDir`), named, for a test
 * that holds both commands to the same answer: each gives its exit status and all it printed.
 */
export function checkAndBuild(
  library: string,
  outDir: string,
): [command: string, run: () => { status: number | null; output: string }][] {
  return [
    [
      "npm run check",
      () => {
        const check = runCli(["check", library, "--as-of", AS_OF]);
        return { status: check.status, output: `${check.stdout}${check.stderr}` };
      },
    ],
    ["npm run build", () => npmBuild(library, outDir)],
  ];
}
