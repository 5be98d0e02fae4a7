import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { OFFLINE_BUDGET_MB } from "../site/config.ts";
import { offlineDownloadPath } from "../library/built-site.ts";
import { writeOfflineDownload } from "./offline/download.ts";
import { writeServiceWorker } from "./offline/service-worker.ts";

/**
 * Makes the built library usable with no network: a service worker that precaches the build
 * (pages, assets, the Pagefind index) as one versioned unit, the whole of it up to the offline
 * budget (OFFLINE_BUDGET_MB), and a zip with a tiny local server for people who cannot install
 * anything. List it after pagefindIndex: hooks run in list order, and the index must exist before
 * it is precached and zipped.
 */
export function offline(): AstroIntegration {
  let base = "/";
  return {
    name: "fieldguide:offline",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const builtAt = new Date().toISOString();
        const site = fileURLToPath(dir).replace(/\/$/, "");
        const budgetMB = Number(process.env.FIELDGUIDE_OFFLINE_BUDGET_MB ?? OFFLINE_BUDGET_MB);
        if (!(budgetMB >= 0)) {
          throw new Error(
            `FIELDGUIDE_OFFLINE_BUDGET_MB must be a number of megabytes, such as 100, not "${process.env.FIELDGUIDE_OFFLINE_BUDGET_MB}".`,
          );
        }
        const worker = await writeServiceWorker(site, builtAt, {
          budgetBytes: budgetMB * 1024 * 1024,
          base,
        });
        logger.info(
          `Service worker precaches ${worker.count} files (${kilobytes(worker.size)}) of ${worker.total.count} (${kilobytes(worker.total.size)}); offline budget ${budgetMB} MiB.`,
        );
        const zip = await writeOfflineDownload(site, offlineDownloadPath(site), builtAt);
        logger.info(`Offline download written to ${zip.path} (${kilobytes(zip.size)}).`);
      },
    },
  };
}

function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}
