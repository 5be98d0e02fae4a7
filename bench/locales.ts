// `node bench/locales.ts [SHEETS] [BUILDS]` (default 1000 sheets, 2 builds each; 0 builds for the
// checker only): the checker and the build of one generated library in its source language only,
// and with a second language (bench/translations.ts), side by side in one run on the same machine,
// with their ratio. Prints the figures; docs/benchmarks.md
// quotes them by hand ("Two languages").
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { removeBuild, runBuild, type BuildFigures } from "./build.ts";
import { measureChecker, type CheckerFigures } from "./checker.ts";
import { generateLibrary, writeLibrary } from "./generate.ts";
import { describeMachine } from "./machine.ts";
import { median } from "./stats.ts";
import { withGermanTranslations } from "./translations.ts";
import { copyProject } from "./workspace.ts";

const PROJECT = fileURLToPath(new URL("../", import.meta.url));
const sheets = Number(process.argv[2] ?? 1000);
const BUILD_RUNS = Number(process.argv[3] ?? 2);
const machine = describeMachine();
console.log(`${machine.cpu}, ${machine.cores} cores, load ${machine.loadAtStart}`);
const work = await mkdtemp(join(tmpdir(), "fieldguide-bench-locales-"));
const project = await copyProject(PROJECT, join(work, "project"));
const source = generateLibrary({ sheets });
const variants = [
  { name: "1 language (en)", library: await writeLibrary(source, work) },
  {
    name: "2 languages (en, de)",
    library: await writeLibrary(withGermanTranslations(source), work),
  },
];

const checker: CheckerFigures[] = [];
for (const { name, library } of variants) {
  checker.push(await measureChecker(library, 3));
  console.log(`${name}: checker ${describeChecker(checker.at(-1)!)}`);
}
// Interleaved, so both see the same load on a shared machine.
const builds: BuildFigures[][] = variants.map(() => []);
for (let run = 1; run <= BUILD_RUNS; run++) {
  for (const [at, { name, library }] of variants.entries()) {
    const out = join(work, `site-${at}`);
    builds[at]!.push(await runBuild(project, library, out, join(work, `build-${at}-${run}.log`)));
    const last = builds[at]!.at(-1)!;
    console.log(
      `${name}: build ${run}: ${last.seconds.toFixed(1)} s, CPU ${last.cpuSeconds?.toFixed(1)} s, ${last.pages} pages`,
    );
    await removeBuild(out);
  }
}
if (BUILD_RUNS === 0) {
  console.log(
    `checker ratio (2 languages ÷ 1): ${(checker[1]!.checkerMs / checker[0]!.checkerMs).toFixed(2)}× wall, ${(checker[1]!.checkerCpuMs / checker[0]!.checkerCpuMs).toFixed(2)}× CPU, CLI ${(checker[1]!.cliMs / checker[0]!.cliMs).toFixed(2)}×`,
  );
  await rm(work, { recursive: true, force: true });
  process.exit(0);
}
const buildSeconds = builds.map((runs) => median(runs.map((figures) => figures.seconds)));
// CPU time barely moves with other work on a shared machine; wall time does.
const buildCpu = builds.map((runs) => median(runs.map((figures) => figures.cpuSeconds ?? NaN)));
console.log(`\n${sheets} sheets, median of ${BUILD_RUNS} builds and 3 checker runs:`);
for (const [at, { name }] of variants.entries()) {
  console.log(
    `  ${name}: build ${buildSeconds[at]!.toFixed(1)} s, CPU ${buildCpu[at]!.toFixed(1)} s (${builds[at]![0]!.pages} pages); checker ${describeChecker(checker[at]!)}`,
  );
}
console.log(
  `  ratio (2 languages ÷ 1): build ${(buildSeconds[1]! / buildSeconds[0]!).toFixed(2)}× wall, ${(buildCpu[1]! / buildCpu[0]!).toFixed(2)}× CPU; checker ${(checker[1]!.checkerMs / checker[0]!.checkerMs).toFixed(2)}× wall, ${(checker[1]!.checkerCpuMs / checker[0]!.checkerCpuMs).toFixed(2)}× CPU, CLI ${(checker[1]!.cliMs / checker[0]!.cliMs).toFixed(2)}×`,
);
await rm(work, { recursive: true, force: true });

function describeChecker(figures: CheckerFigures): string {
  return `${Math.round(figures.checkerMs)} ms wall / ${Math.round(figures.checkerCpuMs)} ms CPU, CLI ${Math.round(figures.cliMs)} ms`;
}
