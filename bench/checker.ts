import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import { checkLibrary } from "../src/core/check.ts";
import type { SourceFile } from "../src/core/source/index.ts";
import { hasErrors } from "../src/core/problem.ts";
import { readLibraryFiles } from "../src/library/files.ts";
import { BENCH_AS_OF } from "./generate.ts";
import { median } from "./stats.ts";

const CLI = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));

export interface CheckerFigures {
  runs: number;
  /** checkLibrary on the files already in memory, in this process: wall and CPU time. */
  checkerMs: number;
  checkerCpuMs: number;
  /** gray-matter (its default js-yaml engine) on the same bytes: decode, split, parse. */
  grayMatterMs: number;
  grayMatterCpuMs: number;
  /** `node src/cli/main.ts check DIR` as a user runs it: start-up, reading the folder, checking. */
  cliMs: number;
}

/** The checker against gray-matter alone, interleaved so both see the same machine load. */
export async function measureChecker(root: string, runs: number): Promise<CheckerFigures> {
  const files = await readLibraryFiles(root);
  const result = checkLibrary(files, { asOf: BENCH_AS_OF });
  if (hasErrors(result.problems)) {
    throw new Error(`the generated library in ${root} has errors: ${result.problems[0]!.message}`);
  }
  parseWithGrayMatter(files); // both are warm (JIT-compiled) before anything is timed
  const checker: Timing[] = [];
  const grayMatter: Timing[] = [];
  const cli: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    grayMatter.push(time(() => parseWithGrayMatter(files)));
    checker.push(time(() => checkLibrary(files, { asOf: BENCH_AS_OF })));
    cli.push(time(() => runCli(root)));
  }
  const wall = (timings: Timing[]) => median(timings.map((timing) => timing.wallMs));
  const cpu = (timings: Timing[]) => median(timings.map((timing) => timing.cpuMs));
  return {
    runs,
    checkerMs: wall(checker),
    checkerCpuMs: cpu(checker),
    grayMatterMs: wall(grayMatter),
    grayMatterCpuMs: cpu(grayMatter),
    cliMs: wall(cli),
  };
}

function parseWithGrayMatter(files: readonly SourceFile[]): void {
  const decoder = new TextDecoder();
  for (const file of files) {
    // Passing options turns off gray-matter's cache, which would make every run after the first free.
    if (file.path.endsWith(".mdx")) matter(decoder.decode(file.bytes), {});
  }
}

function runCli(root: string): void {
  const cli = spawnSync(
    process.execPath,
    [CLI, "check", root, "--as-of", BENCH_AS_OF, "--format", "json"],
    {
      stdio: ["ignore", "ignore", "inherit"],
      maxBuffer: 1 << 30,
    },
  );
  if (cli.status !== 0) throw new Error(`fieldguide check ${root} exited with ${cli.status}`);
}

interface Timing {
  wallMs: number;
  /** CPU time of this process: unlike wall time, barely moved by other work on a shared machine. */
  cpuMs: number;
}

function time(work: () => void): Timing {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}
