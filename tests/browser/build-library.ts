// Builds another library than content/ into a folder of its own, as `npm run build` would, for
// tests that need a changed, a larger or a differently configured site.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildEnvironment } from "../build-env.ts";
import { oneBuildAtATimeAsync } from "../build-lock.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface BuiltLibrary {
  dist: string;
  /** What the build printed, as a marketer would read it in the terminal. */
  output: string;
}

/** Builds the library in `content` into `outDir`; `env` adds settings such as the offline budget. */
export async function buildLibrary(
  content: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<BuiltLibrary> {
  const astro = join(PROJECT_ROOT, "node_modules/astro/bin/astro.mjs");
  // --force: the content cache may hold another test library's entries under the same ids.
  const { stdout, stderr } = await oneBuildAtATimeAsync(() =>
    promisify(execFile)(process.execPath, [astro, "build", "--force", "--outDir", outDir], {
      cwd: PROJECT_ROOT,
      env: buildEnvironment({
        FIELDGUIDE_CONTENT_DIR: content,
        ASTRO_TELEMETRY_DISABLED: "1",
        ...env,
      }),
      maxBuffer: 16 * 1024 * 1024,
    }),
  );
  return { dist: outDir, output: `${stdout}${stderr}` };
}
