import { spawnSync } from "node:child_process";
import { buildEnvironment } from "../build-env.ts";
import { oneBuildAtATime } from "../build-lock.ts";
import { ROOT } from "../cli/run-cli.ts";
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
