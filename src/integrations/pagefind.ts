import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { indexedFolders } from "../site/search.ts";

/**
 * Indexes the built site with Pagefind so search works with no server. Pagefind files each page
 * under its `<html lang>` in an index of that language, and a page searches the index of its own
 * language: a German sheet finds German sheets. `locales` are the folders of translated pages.
 */
export function pagefindIndex({ locales }: { locales: readonly string[] }): AstroIntegration {
  return {
    name: "fieldguide:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({
          path: site,
          glob: `{${indexedFolders(locales).join(",")}}/**/*.html`,
        });
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        logger.info(`Indexed ${added.page_count} pages for search.`);
        await pagefind.close();
      },
    },
  };
}
