import { join } from "node:path";
import { generateSW } from "workbox-build";

/**
 * Instructions for the static host (Netlify, Cloudflare Pages), not pages: hosts answer 404 for
 * them, and one failed download would make the whole install fail.
 */
export const HOST_FILES = ["_headers", "_redirects"];

/**
 * Writes `sw.js` into the built site. It precaches every file of the build at install (nothing
 * listed by hand) into a cache named after the build, and serves from it first; so one worker
 * never mixes pages and search index of two builds. A new build's worker installs its own cache
 * beside the old one and waits until the reader chooses "Reload" (a SKIP_WAITING message, handled
 * by the generated worker); on activation it deletes the older builds' caches.
 */
export async function writeServiceWorker(
  siteDir: string,
  builtAt: string,
): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: ["**/*"],
    // A copy: Workbox adds its own entries to the list it is given.
    globIgnores: [...HOST_FILES],
    swDest: join(siteDir, "sw.js"),
    cacheId: `fieldguide-${builtAt.replace(/[^0-9]/g, "")}`,
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    // The first visit is controlled at once, so a search made before any reload already works offline.
    clientsClaim: true,
    // Pagefind asks for `pagefind-entry.json?ts=<now>` to dodge HTTP caches; the precached copy
    // belongs to this build and is the right answer whatever the timestamp.
    ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^fbclid$/],
    inlineWorkboxRuntime: true,
    // The index pages and guardrails.json grow with the library (4 MB each at 1,000 sheets, see
    // docs/benchmarks.md): Workbox's 2 MB default would fail the build of a large library.
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    mode: "production",
    sourcemap: false,
  });
  // Workbox leaves out files it cannot precache (e.g. too large) with only a warning; a
  // library that is silently incomplete offline is worse than a failed build.
  if (warnings.length > 0) {
    throw new Error(
      `The service worker would not precache the whole site:\n${warnings.join("\n")}`,
    );
  }
  return { count, size };
}
