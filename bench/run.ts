// `npm run bench [-- SIZES…]`: generates libraries of 100, 1,000 and 5,000 sheets, measures the
// checker, the build, the search index and the pages against baselines in the same run, and writes
// docs/benchmarks.md (only for the default sizes, so a quick run never replaces the real table).
import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser, serveSite } from "../tests/browser/harness.ts";
import { writeBareProject } from "./bare-project.ts";
import { measureFirstSearch, measurePage } from "./browser.ts";
import { removeBuild, runBuild, type BuildFigures } from "./build.ts";
import { measureChecker } from "./checker.ts";
import { measureCheckerPages } from "./draft-checker.ts";
import { generateLibrary, writeLibrary } from "./generate.ts";
import { describeMachine } from "./machine.ts";
import { measureOffline } from "./offline.ts";
import { measurePageTypes } from "./page-types.ts";
import { copyProject } from "./workspace.ts";
import { renderReport, type SizeResult } from "./report.ts";
import { median } from "./stats.ts";

const PROJECT = fileURLToPath(new URL("../", import.meta.url));
const DEFAULT_SIZES = [100, 1000, 5000];
/** A common word of the generated talk tracks: a realistic first search matches many pages. */
const SEARCH_TERM = "renewal";

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : DEFAULT_SIZES;
const machine = describeMachine();
const started = performance.now();
const results: SizeResult[] = [];
const work = await mkdtemp(join(tmpdir(), "fieldguide-bench-run-"));
log(
  `Benchmark on ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAtStart}; work folder ${work}`,
);
const project = await copyProject(PROJECT, join(work, "project"));

for (const sheets of sizes) {
  const library = await writeLibrary(generateLibrary({ sheets }), work);
  const checkerRuns = sheets >= 5000 ? 3 : 5;
  log(`${sheets} sheets: checker, ${checkerRuns} runs`);
  const checker = await measureChecker(library, checkerRuns);
  log(
    `  checker ${ms(checker.checkerMs)} (CPU ${ms(checker.checkerCpuMs)}), gray-matter ${ms(checker.grayMatterMs)} (CPU ${ms(checker.grayMatterCpuMs)}), CLI ${ms(checker.cliMs)}`,
  );

  const buildRuns = sheets >= 5000 ? 1 : 3;
  const bare = await writeBareProject(PROJECT, library, work);
  const fullOut = join(work, `full-${sheets}`);
  const bareOut = join(work, `bare-${sheets}`);
  const full: BuildFigures[] = [];
  const baseline: BuildFigures[] = [];
  for (let run = 1; run <= buildRuns; run++) {
    log(`${sheets} sheets: build ${run} of ${buildRuns}`);
    full.push(await runBuild(project, library, fullOut, join(work, `full-${sheets}-${run}.log`)));
    baseline.push(await runBuild(bare, library, bareOut, join(work, `bare-${sheets}-${run}.log`)));
    log(`  full ${describe(full.at(-1)!)}; bare ${describe(baseline.at(-1)!)}`);
  }
  await removeBuild(bareOut);

  log(`${sheets} sheets: browser`);
  const slug = (await readdir(join(library, "products")))[0]!.replace(/\.mdx$/, "");
  const site = await serveSite(fullOut);
  const browser = await launchBrowser();
  const page = await measurePage(browser, site.url, `/products/${slug}/`);
  const search = await measureFirstSearch(browser, site.url, SEARCH_TERM);
  const checkers = await measureCheckerPages(browser, site.url, fullOut);
  log(`${sheets} sheets: page types, 4× CPU throttle`);
  const pageTypes = await measurePageTypes(browser, site.url, library);
  await browser.close();
  await site.close();

  results.push({
    sheets,
    checker,
    build: { runs: buildRuns, full: summarize(full), bare: summarize(baseline) },
    offline: await measureOffline(fullOut),
    pagefindBytes: await folderSize(join(fullOut, "pagefind")),
    page,
    search,
    checkers,
    pageTypes,
  });
  log(
    `  product page JS ${page.jsGzip} B gzip; first search ${search.total} B in ${ms(search.msToFirstResults)}`,
  );
  await removeBuild(fullOut);
  await rm(bare, { recursive: true, force: true });
  await rm(library, { recursive: true, force: true });
}
await rm(work, { recursive: true, force: true });

const minutes = (performance.now() - started) / 60_000;
const report = renderReport({ machine, date: new Date().toISOString(), minutes, results });
if (sizes.join() === DEFAULT_SIZES.join()) {
  await writeFile(join(PROJECT, "docs/benchmarks.md"), report);
  log("Wrote docs/benchmarks.md");
} else {
  console.log(report);
}

function summarize(runs: BuildFigures[]): BuildFigures {
  const cpu = runs.flatMap((run) => run.cpuSeconds ?? []);
  const peaks = runs.flatMap((run) => run.peakMiB ?? []);
  return {
    seconds: median(runs.map((run) => run.seconds)),
    pages: runs[0]!.pages,
    cpuSeconds: cpu.length > 0 ? median(cpu) : undefined,
    peakMiB: peaks.length > 0 ? median(peaks) : undefined,
  };
}

async function folderSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => stat(join(entry.parentPath, entry.name))),
  );
  return sizes.reduce((total, file) => total + file.size, 0);
}

function describe(build: BuildFigures): string {
  return `${build.seconds.toFixed(1)} s, CPU ${build.cpuSeconds?.toFixed(1)} s, ${build.pages} pages, ${build.peakMiB} MiB`;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function log(message: string): void {
  const elapsed = ((performance.now() - started) / 60_000).toFixed(1);
  console.log(`[bench ${elapsed.padStart(5)} min] ${message}`);
}
