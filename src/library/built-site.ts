import type { InjectedRoute } from "astro";
import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

// Where the build puts what the leak check reads back: the pages only internal builds route, and
// the offline zip beside the site.

/** Pages only the sales team sees: routed like src/pages, but injected into internal builds only. */
const INTERNAL_PAGES_DIR = "src/internal-pages";

/** Every page file under src/internal-pages/, with the route file-based routing would give it. */
export function internalPageRoutes(root: string): InjectedRoute[] {
  const dir = join(root, INTERNAL_PAGES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(astro|md|mdx|ts|js)$/.test(entry.name))
    .map((entry) => {
      const file = relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/");
      return {
        pattern: routePattern(file),
        entrypoint: `./${INTERNAL_PAGES_DIR}/${file}`,
      };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** `deal-checker.astro` -> `/deal-checker`, `health/index.astro` -> `/health`, `guardrails.json.ts` -> `/guardrails.json`. */
export function routePattern(file: string): string {
  const path = file.replace(/\.(astro|md|mdx|ts|js)$/, "").replace(/(^|\/)index$/, "");
  return `/${path}`;
}

/** Beside the site, not in it: the zip must not be precached or contain itself. */
export function offlineDownloadPath(siteDir: string): string {
  return `${siteDir.replace(/\/+$/, "")}-offline/fieldguide-site.zip`;
}
