import { spawn } from "node:child_process";
import { existsSync, openSync, closeSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { BENCH_AS_OF } from "./generate.ts";

const GNU_TIME = "/usr/bin/time";
const ASTRO = "node_modules/astro/bin/astro.mjs";

export interface BuildFigures {
  seconds: number;
  /** HTML pages written. */
  pages: number;
  /** From GNU time, when it is installed: user + system CPU seconds of the build and its children. */
  cpuSeconds?: number;
  /** Peak resident memory of the largest process of the build (GNU time). */
  peakMiB?: number;
}

/**
 * `astro build` of `project` with the library in `library`, as the user runs it (Pagefind and every
 * other integration included), under GNU time for its peak memory. The output goes to `log`.
 */
export async function runBuild(
  project: string,
  library: string,
  outDir: string,
  log: string,
): Promise<BuildFigures> {
  await removeBuild(outDir);
  // Every build starts cold, as in CI: Astro's caches would also keep entries of the previous library.
  for (const cache of [".astro", "node_modules/.astro", "node_modules/.vite"]) {
    await rm(join(project, cache), { recursive: true, force: true });
  }
  const rusage = `${log}.time`;
  const astro = [process.execPath, ASTRO, "build", "--outDir", outDir];
  const command = existsSync(GNU_TIME) ? [GNU_TIME, "-v", "-o", rusage, ...astro] : astro;
  const output = openSync(log, "w");
  const start = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: project,
      stdio: ["ignore", output, output],
      env: {
        ...process.env,
        FIELDGUIDE_CONTENT_DIR: library,
        FIELDGUIDE_AS_OF: BENCH_AS_OF,
        ASTRO_TELEMETRY_DISABLED: "1",
      },
    });
    child.on("error", reject);
    child.on("close", resolve);
  });
  const seconds = (performance.now() - start) / 1000;
  closeSync(output);
  if (code !== 0) {
    const tail = (await readFile(log, "utf8")).split("\n").slice(-30).join("\n");
    throw new Error(`astro build in ${project} exited with ${code}; end of ${log}:\n${tail}`);
  }
  return { seconds, pages: await countPages(outDir), ...(await resourceUsage(rusage)) };
}

/** A build's output, and the offline download the site writes beside it. */
export async function removeBuild(outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await rm(`${outDir}-offline`, { recursive: true, force: true });
}

async function countPages(outDir: string): Promise<number> {
  const entries = await readdir(outDir, { recursive: true });
  return entries.filter((entry) => entry.endsWith(".html")).length;
}

async function resourceUsage(
  rusage: string,
): Promise<Pick<BuildFigures, "cpuSeconds" | "peakMiB">> {
  if (!existsSync(rusage)) return {};
  const report = await readFile(rusage, "utf8");
  const field = (label: string) =>
    Number(
      report
        .split("\n")
        .find((line) => line.trim().startsWith(label))
        ?.split(": ")
        .at(-1),
    );
  return {
    cpuSeconds: field("User time (seconds)") + field("System time (seconds)"),
    peakMiB: Math.round(field("Maximum resident set size (kbytes)") / 1024),
  };
}
