// `node bench/checkers-only.ts [SIZES…]` (default 1000): only the checker pages' figures of
// `npm run bench` (bench/draft-checker.ts), from one build per size; prints them.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser, serveSite } from "../tests/browser/harness.ts";
import { removeBuild, runBuild } from "./build.ts";
import { checkerBudgetRows, measureCheckerPages } from "./draft-checker.ts";
import { generateLibrary, writeLibrary } from "./generate.ts";
import { copyProject } from "./workspace.ts";

const PROJECT = fileURLToPath(new URL("../", import.meta.url));
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000];
const work = await mkdtemp(join(tmpdir(), "fieldguide-bench-checkers-"));
const project = await copyProject(PROJECT, join(work, "project"));
const results = [];
for (const sheets of sizes) {
  const library = await writeLibrary(generateLibrary({ sheets }), work);
  const out = join(work, `site-${sheets}`);
  const build = await runBuild(project, library, out, join(work, `build-${sheets}.log`));
  console.log(`${sheets} sheets: built ${build.pages} pages in ${build.seconds.toFixed(1)} s`);
  const site = await serveSite(out);
  const browser = await launchBrowser();
  const checkers = await measureCheckerPages(browser, site.url, out);
  await browser.close();
  await site.close();
  console.log(JSON.stringify(checkers, null, 2));
  results.push({ sheets, checkers });
  await removeBuild(out);
  await rm(library, { recursive: true, force: true });
}
await rm(work, { recursive: true, force: true });
for (const budget of checkerBudgetRows(results)) {
  console.log(`${budget.pass ? "pass" : "FAIL"}  ${budget.name}: ${budget.measured}`);
}
