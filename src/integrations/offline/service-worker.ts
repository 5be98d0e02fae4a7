import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
// Only the file-list part of workbox-build: its index also loads Rollup, Babel and Terser for
// generateSW, 0.9 s of CPU at every build's start for code this project does not run.
import { getManifest } from "workbox-build/build/get-manifest.js";

/**
 * Instructions for the static host (Netlify, Cloudflare Pages), not pages: hosts answer 404 for
 * them, and one failed download would make the whole install fail.
 */
export const HOST_FILES = ["_headers", "_redirects"];

const WORKER_SOURCE = fileURLToPath(new URL("./sw.ts", import.meta.url));

/**
 * Writes `sw.js` into the built site: the worker in sw.ts with the list of every file of the build
 * (nothing listed by hand) to precache at install. Workbox lists and fingerprints the files; the
 * worker is bundled with esbuild, which takes milliseconds where Workbox's own generateSW bundler
 * (Rollup, Babel and Terser) took seconds on every build, whatever the library's size.
 */
export async function writeServiceWorker(
  siteDir: string,
  builtAt: string,
): Promise<{ count: number; size: number }> {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: siteDir,
    globPatterns: ["**/*"],
    globIgnores: [...HOST_FILES, "sw.js"],
    // The index pages and guardrails.json grow with the library (4 MB each at 1,000 sheets, see
    // docs/benchmarks.md): Workbox's 2 MB default would fail the build of a large library.
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
  });
  // Workbox leaves out files it cannot precache (e.g. too large) with only a warning; a
  // library that is silently incomplete offline is worse than a failed build.
  if (warnings.length > 0) {
    throw new Error(
      `The service worker would not precache the whole site:\n${warnings.join("\n")}`,
    );
  }
  const bundled = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
    define: {
      BUILD_ID: JSON.stringify(builtAt.replace(/[^0-9]/g, "")),
      PRECACHE: JSON.stringify(manifestEntries ?? []),
      // Workbox's modules log only in development builds.
      "process.env.NODE_ENV": JSON.stringify("production"),
    },
  });
  await writeFile(join(siteDir, "sw.js"), bundled.outputFiles[0]!.contents);
  return { count, size };
}
