import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { writeOfflineDownload } from "./offline/download.ts";
import { writeServiceWorker } from "./offline/service-worker.ts";

/**
 * Makes the built library usable with no network: a service worker that precaches the whole
 * build (pages, assets, the Pagefind index) as one versioned unit, and a zip with a tiny local
 * server for people who cannot install anything. List it after pagefindIndex: hooks run in list
 * order, and the index must exist before it is precached and zipped.
 */
export function offline(): AstroIntegration {
  return {
    name: "fieldguide:offline",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const builtAt = new Date().toISOString();
        const site = fileURLToPath(dir).replace(/\/$/, "");
        const worker = await writeServiceWorker(site, builtAt);
        logger.info(`Service worker precaches ${worker.count} files (${kilobytes(worker.size)}).`);
        // Beside the site, not in it: the zip must not be precached or contain itself.
        const zip = await writeOfflineDownload(
          site,
          `${site}-offline/fieldguide-site.zip`,
          builtAt,
        );
        logger.info(`Offline download written to ${zip.path} (${kilobytes(zip.size)}).`);
      },
    },
  };
}

function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}
