import { stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { ManifestEntry } from "workbox-build";
// Only the file-list part of workbox-build: its index also loads Rollup, Babel and Terser for
// generateSW, 0.9 s of CPU at every build's start for code this project does not run.
import { getManifest } from "workbox-build/build/get-manifest.js";
import { WITHDRAWALS_FILE, WITHDRAWALS_SEQUENCE_FILE } from "../../core/standing/index.ts";
import {
  isLibraryPage,
  LIBRARY_LIST_FILE,
  LIBRARY_SUMMARY_FILE,
  pageUrl,
  type LibraryList,
  type LibrarySummary,
} from "../../site/library-pages.ts";

/**
 * Instructions for the static host (Netlify, Cloudflare Pages), not pages: hosts answer 404 for
 * them, and one failed download would make the whole install fail.
 */
export const HOST_FILES = ["_headers", "_redirects"];

const WORKER_SOURCE = fileURLToPath(new URL("./sw.ts", import.meta.url));

export interface Precache {
  /** Files the first visit downloads, and their bytes. */
  count: number;
  size: number;
  /** Every file of the build, and their bytes: what "Keep the whole library" brings the device to. */
  total: { count: number; size: number };
}

/**
 * Writes `sw.js` into the built site: the worker in sw.ts with the list of files to precache at
 * install (nothing listed by hand). Up to `budgetBytes` that is every file of the build; above it,
 * every file but the sheets and list pages (`isLibraryPage`), which the worker keeps as they are
 * read and which LIBRARY_LIST_FILE lists for "Keep the whole library on this device". Workbox lists
 * and fingerprints the files; the worker is bundled with esbuild, which takes milliseconds where
 * Workbox's own generateSW bundler (Rollup, Babel and Terser) took seconds on every build.
 */
export async function writeServiceWorker(
  siteDir: string,
  builtAt: string,
  options: { budgetBytes: number; base: string },
): Promise<Precache> {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: siteDir,
    globPatterns: ["**/*"],
    // The withdrawals list and its sequence are read from the network (src/scripts/standing.ts),
    // never a copy.
    globIgnores: [
      ...HOST_FILES,
      "sw.js",
      LIBRARY_SUMMARY_FILE,
      LIBRARY_LIST_FILE,
      WITHDRAWALS_FILE,
      WITHDRAWALS_SEQUENCE_FILE,
    ],
    // guardrails.json grows with the library (4 MB at 1,000 sheets, see docs/benchmarks.md):
    // Workbox's 2 MB default would fail the build of a large library.
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
  });
  // Workbox leaves out files it cannot precache (e.g. too large) with only a warning; a
  // library that is silently incomplete offline is worse than a failed build.
  if (warnings.length > 0) {
    throw new Error(
      `The service worker would not precache the whole site:\n${warnings.join("\n")}`,
    );
  }
  const buildId = builtAt.replace(/[^0-9]/g, "");
  const entries = manifestEntries ?? [];
  const whole = size <= options.budgetBytes;
  const deferred = whole ? [] : entries.filter((entry) => isLibraryPage(entry.url));
  const precached = whole ? entries : entries.filter((entry) => !isLibraryPage(entry.url));
  const summary: LibrarySummary = {
    cache: `fieldguide-${buildId}-library`,
    pages: deferred.length,
    bytes: await sizeOf(siteDir, deferred),
  };
  const list: LibraryList = deferred.map((entry) => pageUrl(entry.url, options.base));
  await writeFile(join(siteDir, LIBRARY_SUMMARY_FILE), JSON.stringify(summary));
  await writeFile(join(siteDir, LIBRARY_LIST_FILE), JSON.stringify(list));
  const written = [LIBRARY_SUMMARY_FILE, LIBRARY_LIST_FILE];

  const bundled = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
    define: {
      BUILD_ID: JSON.stringify(buildId),
      PRECACHE: JSON.stringify([
        ...precached.map(({ url, revision }) => ({ url, revision })),
        ...written.map((url) => ({ url, revision: buildId })),
      ]),
      LIBRARY_CACHE: JSON.stringify(whole ? "" : summary.cache),
      // Workbox's modules log only in development builds.
      "process.env.NODE_ENV": JSON.stringify("production"),
    },
  });
  await writeFile(join(siteDir, "sw.js"), bundled.outputFiles[0]!.contents);
  return {
    count: precached.length + written.length,
    size: size - summary.bytes,
    total: { count: count + written.length, size },
  };
}

async function sizeOf(siteDir: string, entries: ManifestEntry[]): Promise<number> {
  let bytes = 0;
  for (const entry of entries) bytes += (await stat(join(siteDir, entry.url))).size;
  return bytes;
}
