import { readFileSync } from "node:fs";
import type { BuildFigures } from "./build.ts";
import type { PageTypeFigures, SearchFigures, Transfer } from "./browser.ts";
import type { CheckerFigures } from "./checker.ts";
import { checkerBudgetRows, checkerResultRows, type CheckerPagesFigures } from "./draft-checker.ts";
import type { Machine } from "./machine.ts";
import type { OfflineFigures, OfflineSize } from "./offline.ts";
import { OFFLINE_BUDGET_MB } from "../src/site/config.ts";

export interface SizeResult {
  sheets: number;
  checker: CheckerFigures;
  build: { runs: number; full: BuildFigures; bare: BuildFigures };
  offline: OfflineFigures;
  pagefindBytes: number;
  page: Transfer;
  search: SearchFigures;
  checkers?: CheckerPagesFigures;
  pageTypes: PageTypeFigures[];
}

export interface Report {
  machine: Machine;
  date: string;
  minutes: number;
  results: SizeResult[];
}

export interface Budget {
  name: string;
  measured: string;
  pass: boolean | undefined;
}

const BUDGETS = {
  checkerOverhead: 2,
  checkerGrowth: 6,
  buildOverhead: 1.3,
  buildGrowth: 6,
  pageJsGzip: 15 * 1024,
  firstSearch: 300 * 1024,
  pageHtml: 300 * 1024,
  pageData: 300 * 1024,
  msToUsable: 1500,
  peakMiB: 2048,
  firstVisitMiB: OFFLINE_BUDGET_MB,
};

/** Hand-written findings (causes of failing budgets, with their profiles), kept across runs. */
const FINDINGS = new URL("./findings.md", import.meta.url);

/**
 * Time budgets are judged on CPU time, which other work on a shared machine barely moves; wall time
 * is shown beside it. Without GNU time a build has no CPU figure and is judged on wall time.
 */
export function budgets(results: readonly SizeResult[]): Budget[] {
  const at = (sheets: number) => results.find((result) => result.sheets === sheets);
  const [small, large] = [at(1000), at(5000)];
  const ratio = (cpu: [number | undefined, number | undefined], wall: [number, number]) => ({
    value: cpu[0] !== undefined && cpu[1] !== undefined ? cpu[0] / cpu[1] : wall[0] / wall[1],
    text: `${cpu[0] !== undefined && cpu[1] !== undefined ? `${(cpu[0] / cpu[1]).toFixed(2)}× CPU, ` : ""}${(wall[0] / wall[1]).toFixed(2)}× wall`,
  });
  const checkerRatio =
    small &&
    ratio(
      [small.checker.checkerCpuMs, small.checker.grayMatterCpuMs],
      [small.checker.checkerMs, small.checker.grayMatterMs],
    );
  const checkerGrowth =
    small &&
    large &&
    ratio(
      [large.checker.checkerCpuMs, small.checker.checkerCpuMs],
      [large.checker.checkerMs, small.checker.checkerMs],
    );
  const buildRatio =
    small &&
    ratio(
      [small.build.full.cpuSeconds, small.build.bare.cpuSeconds],
      [small.build.full.seconds, small.build.bare.seconds],
    );
  const buildGrowth =
    small &&
    large &&
    ratio(
      [large.build.full.cpuSeconds, small.build.full.cpuSeconds],
      [large.build.full.seconds, small.build.full.seconds],
    );
  const heaviestJs = Math.max(...results.map((result) => result.page.jsGzip));
  const everyPage = results.flatMap((result) =>
    result.pageTypes.map((page) => ({ sheets: result.sheets, page })),
  );
  const heaviest = (bytes: (page: PageTypeFigures) => number) =>
    everyPage.reduce<(typeof everyPage)[number] | undefined>(
      (worst, entry) => (!worst || bytes(entry.page) > bytes(worst.page) ? entry : worst),
      undefined,
    );
  const heaviestHtml = heaviest((page) => page.htmlBytes);
  const heaviestData = heaviest((page) => page.dataBytes);
  const slowest = large?.pageTypes.reduce<PageTypeFigures | undefined>(
    (worst, page) => (!worst || page.msToUsable > worst.msToUsable ? page : worst),
    undefined,
  );
  const largestFirstVisit = Math.max(
    ...results.map((result) => result.offline.firstVisit.bytes / 1024 / 1024),
  );
  const where = (entry: (typeof everyPage)[number] | undefined, bytes: number | undefined) =>
    entry && bytes !== undefined
      ? `${kb(bytes)} (${entry.page.name}, ${entry.sheets.toLocaleString("en")} sheets)`
      : "not measured";
  const check = (value: number | undefined, limit: number) =>
    value === undefined ? undefined : value <= limit;
  const times = (measured: { text: string } | undefined) => measured?.text ?? "not measured";
  return [
    {
      name: "Checker ≤ 2× gray-matter at 1,000 sheets",
      measured: times(checkerRatio),
      pass: check(checkerRatio?.value, BUDGETS.checkerOverhead),
    },
    {
      name: "Checker at 5,000 sheets ≤ 6× its time at 1,000 (linear)",
      measured: times(checkerGrowth),
      pass: check(checkerGrowth?.value, BUDGETS.checkerGrowth),
    },
    {
      name: "Full build ≤ 1.3× bare Astro at 1,000 sheets",
      measured: times(buildRatio),
      pass: check(buildRatio?.value, BUDGETS.buildOverhead),
    },
    {
      name: "Full build at 5,000 sheets ≤ 6× its time at 1,000 (no quadratic step)",
      measured: times(buildGrowth),
      pass: check(buildGrowth?.value, BUDGETS.buildGrowth),
    },
    {
      name: "Product sheet page ≤ 15 KB JS (gzip) before search, every size",
      measured: kb(heaviestJs),
      pass: check(heaviestJs, BUDGETS.pageJsGzip),
    },
    {
      name: "First search on 5,000 sheets ≤ 300 KB transferred",
      measured: large ? kb(large.search.total) : "not measured",
      pass: check(large?.search.total, BUDGETS.firstSearch),
    },
    ...checkerBudgetRows(results),
    {
      name: "Every page type ≤ 300 KB of HTML, every size",
      measured: where(heaviestHtml, heaviestHtml?.page.htmlBytes),
      pass: check(heaviestHtml?.page.htmlBytes, BUDGETS.pageHtml),
    },
    {
      name: "Every page type ≤ 300 KB of its own data before the reader asks for more, every size",
      measured: where(heaviestData, heaviestData?.page.dataBytes),
      pass: check(heaviestData?.page.dataBytes, BUDGETS.pageData),
    },
    {
      name: "Every page type usable ≤ 1.5 s with 4× CPU throttle at 5,000 sheets",
      measured: slowest
        ? `${Math.round(slowest.msToUsable).toLocaleString("en")} ms (${slowest.name})`
        : "not measured",
      pass: check(slowest?.msToUsable, BUDGETS.msToUsable),
    },
    {
      name: "Full build peak memory at 5,000 sheets ≤ 2 GB",
      measured:
        large?.build.full.peakMiB !== undefined
          ? `${large.build.full.peakMiB.toLocaleString("en")} MiB`
          : "not measured",
      pass: check(large?.build.full.peakMiB, BUDGETS.peakMiB),
    },
    {
      name: `A first visit precaches ≤ the offline budget (${OFFLINE_BUDGET_MB} MiB), every size`,
      measured: `${largestFirstVisit.toFixed(1)} MiB at most`,
      pass: check(largestFirstVisit, BUDGETS.firstVisitMiB),
    },
  ];
}

export function renderReport({ machine, date, minutes, results }: Report): string {
  const columns = results.map((result) => `${result.sheets.toLocaleString("en")} sheets`);
  const row = (label: string, cell: (result: SizeResult) => string) =>
    `| ${label} | ${results.map(cell).join(" | ")} |`;
  const seconds = (value: number) => `${value.toFixed(1)} s`;
  const cpu = (build: BuildFigures) =>
    build.cpuSeconds === undefined ? "n/a" : seconds(build.cpuSeconds);
  const msec = (value: number) => `${Math.round(value).toLocaleString("en")} ms`;
  const mib = (value: number | undefined) =>
    value === undefined ? "n/a" : `${value.toLocaleString("en")} MiB`;
  const findings = readFileSync(FINDINGS, "utf8").trim();
  return `# Benchmarks

Written by \`npm run bench\` (bench/run.ts) on ${date.slice(0, 10)} (${date}); do not edit by hand:
the findings at the end come from bench/findings.md.

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory (${machine.freeMemoryGiB} GiB free at start), ${machine.platform}, Node ${machine.node}.
The cores were shared with other work (load average ${machine.loadAtStart} at the start), so wall times are noisy:
every budget is a ratio against a baseline measured in the same run, interleaved run by run, and time
budgets are judged on CPU time (process CPU for the checker, user + system of the build's process tree
from GNU time), which other work moves far less than wall time.
The whole benchmark took ${minutes.toFixed(0)} minutes.

## Budgets

| Budget | Measured | Result |
| --- | --- | --- |
${budgets(results)
  .map(
    (budget) =>
      `| ${budget.name} | ${budget.measured} | ${budget.pass === undefined ? "not measured" : budget.pass ? "pass" : "**FAIL**"} |`,
  )
  .join("\n")}

## Results

Each figure is the median of the runs shown. Sizes are bytes as the local static server sends them
(no compression), with the gzip size where a budget counts compressed bytes.

| | ${columns.join(" | ")} |
| --- | ${results.map(() => "---").join(" | ")} |
${row("**Checker** (checkLibrary in-process, files in memory): wall / CPU", (r) => `${msec(r.checker.checkerMs)} / ${msec(r.checker.checkerCpuMs)} (${r.checker.runs} runs)`)}
${row("gray-matter alone, same bytes (baseline): wall / CPU", (r) => `${msec(r.checker.grayMatterMs)} / ${msec(r.checker.grayMatterCpuMs)}`)}
${row("Checker overhead (checker ÷ baseline): wall / CPU", (r) => `${(r.checker.checkerMs / r.checker.grayMatterMs).toFixed(2)}× / ${(r.checker.checkerCpuMs / r.checker.grayMatterCpuMs).toFixed(2)}×`)}
${row("fieldguide check CLI wall time (start-up, read, check)", (r) => msec(r.checker.cliMs))}
${row("**Full build** (astro build, checker, Pagefind, offline): wall / CPU", (r) => `${seconds(r.build.full.seconds)} / ${cpu(r.build.full)} (${r.build.runs} run${r.build.runs === 1 ? "" : "s"})`)}
${row("Bare Astro + Pagefind, same MDX bodies (baseline): wall / CPU", (r) => `${seconds(r.build.bare.seconds)} / ${cpu(r.build.bare)}`)}
${row("Build ratio (full ÷ bare): wall / CPU", (r) => `${(r.build.full.seconds / r.build.bare.seconds).toFixed(2)}× / ${r.build.full.cpuSeconds && r.build.bare.cpuSeconds ? `${(r.build.full.cpuSeconds / r.build.bare.cpuSeconds).toFixed(2)}×` : "n/a"}`)}
${row("Pages built: full / bare", (r) => `${r.build.full.pages.toLocaleString("en")} / ${r.build.bare.pages.toLocaleString("en")}`)}
${row("Pages per second: full / bare", (r) => `${(r.build.full.pages / r.build.full.seconds).toFixed(1)} / ${(r.build.bare.pages / r.build.bare.seconds).toFixed(1)}`)}
${row("Seconds per sheet: full / bare", (r) => `${(r.build.full.seconds / r.sheets).toFixed(3)} / ${(r.build.bare.seconds / r.sheets).toFixed(3)}`)}
${row("Peak memory (largest process): full / bare", (r) => `${mib(r.build.full.peakMiB)} / ${mib(r.build.bare.peakMiB)}`)}
${row("Pagefind index (all files)", (r) => kb(r.pagefindBytes))}
${row("**Offline**, first visit precaches: files, size (gzip transferred)", (r) => offlineSize(r.offline.firstVisit))}
${row('Offline, whole library (after "Keep the whole library"): files, size (gzip)', (r) => offlineSize(r.offline.whole))}
${row("**Product sheet page**, before search: HTML / CSS / JS", (r) => `${kb(r.page.html)} / ${kb(r.page.css)} / ${kb(r.page.js)}`)}
${row("Product sheet page: JS gzip; all requests", (r) => `${kb(r.page.jsGzip)}; ${r.page.requests} requests, ${kb(r.page.total)}`)}
${row(`**First search** ("${results[0]?.search.term ?? ""}", home page ${results[0]?.search.via ?? ""}): transferred`, (r) => `${kb(r.search.total)} in ${r.search.requests} requests (gzip ${kb(r.search.totalGzip)})`)}
${row("First search: of which JS", (r) => kb(r.search.js))}
${row("First search: time to first results", (r) => msec(r.search.msToFirstResults))}
${row("First search: results", (r) => r.search.results)}
${checkerResultRows(row).join("\n")}
${(results[0]?.pageTypes ?? [])
  .map((type, index) =>
    row(
      `**${type.name}** (\`${type.path}\`): HTML / own data; usable with 4× CPU throttle, best of three`,
      (r) => {
        const page = r.pageTypes[index]!;
        return `${kb(page.htmlBytes)} / ${kb(page.dataBytes)}; ${msec(page.msToUsable)} (median ${msec(page.medianMsToUsable)})`;
      },
    ),
  )
  .join("\n")}

## Method

- **Library**: bench/generate.ts writes N valid sheets (seed 1) into a temporary folder with a
  policy.yaml: 3–6 claims with evidence, a four-rung ladder above the floor price, 2–5 promises with
  out-of-bounds phrases, a 300–800 word talk track with \`<Claim>\` and \`<DontSay>\`, and made-up
  names drawn from 30,000 pseudo-words so the search vocabulary grows with the library as real content does.
  The checker finds no error in it (tests/bench/generate.test.ts).
- **Checker**: \`checkLibrary\` on the files read once into memory, against gray-matter (with its
  default js-yaml engine, cache off) decoding and parsing the same bytes; both warmed up, then run
  alternately. The CLI row runs \`node src/cli/main.ts check DIR --as-of 2026-12-01\` as a user would.
- **Build**: \`astro build --outDir <tmp>\` of this project with FIELDGUIDE_CONTENT_DIR=<library>
  (the checker, every page type, Pagefind and the offline integration included), against a bare Astro
  project generated in a temporary folder (node_modules linked from this project): one page template
  rendering the same MDX bodies with plain stand-ins for \`<Claim>\` and \`<DontSay>\`, an index page,
  no schema and no checker, indexed by Pagefind the same way. Runs alternate full, bare, full, bare.
  Peak memory is GNU time's maximum resident set size, i.e. of the largest single process.
- **Browser**: the built site served on 127.0.0.1 (tests/browser/harness.ts), headless system
  Chromium, a fresh context per measurement, service workers blocked. The product page is loaded and
  left idle; the first search types the term into the home page's search box and submits it, timed in
  the page from submit to the first result in the list, bytes counted until the network is idle.
- **Page types**: one page of each type, each loaded three times in a fresh context with the CPU
  slowed 4× (Chrome DevTools Protocol \`Emulation.setCPUThrottlingRate\`, a mid-range phone), the
  network local. "Usable" is the later of the load event and the end of the last request the page's
  scripts make by themselves, from navigation start: the best of the three runs judges the budget
  (other work on the machine can only slow a run down), the median is shown beside it. "Own data" is
  the JSON in the page plus what its scripts fetch before anything is clicked or typed.
- **Offline**: the built site's files as the service worker precaches them: all of them up to the
  offline budget (${OFFLINE_BUDGET_MB} MiB, src/site/config.ts), above it all but the sheets and list
  pages that offline-library-pages.json names. Gzip figures compress each file at level 6 (Pagefind's
  files, gzip already, as they are), as a static host with compression would send them.

${findings}
`;
}

function offlineSize(size: OfflineSize): string {
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${size.files.toLocaleString("en")} files, ${mib(size.bytes)} (${mib(size.gzipBytes)})`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
