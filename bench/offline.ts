import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { LIBRARY_LIST_FILE, type LibraryList } from "../src/site/library-pages.ts";
import { HOST_FILES } from "../src/integrations/offline/service-worker.ts";

export interface OfflineSize {
  files: number;
  bytes: number;
  /** What a static host that compresses sends (gzip level 6; Pagefind's files are gzip already). */
  gzipBytes: number;
}

export interface OfflineFigures {
  /** What a first visit precaches. */
  firstVisit: OfflineSize;
  /** Every file the service worker can keep: after "Keep the whole library on this device". */
  whole: OfflineSize;
}

/** The two offline sizes of a built site, from its files and the list of pages kept as read. */
export async function measureOffline(site: string): Promise<OfflineFigures> {
  const pages = JSON.parse(await readFile(join(site, LIBRARY_LIST_FILE), "utf8")) as LibraryList;
  const deferred = new Set(pages.map((page) => `${page.replace(/^\//, "")}index.html`));
  const notCached = new Set(["sw.js", ...HOST_FILES]);
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const firstVisit: OfflineSize = { files: 0, bytes: 0, gzipBytes: 0 };
  const whole: OfflineSize = { files: 0, bytes: 0, gzipBytes: 0 };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(site, join(entry.parentPath, entry.name)).split(sep).join("/");
    if (notCached.has(path)) continue;
    const bytes = await readFile(join(site, path));
    const gzip = Math.min(bytes.length, gzipSync(bytes).length);
    for (const size of deferred.has(path) ? [whole] : [whole, firstVisit]) {
      size.files++;
      size.bytes += bytes.length;
      size.gzipBytes += gzip;
    }
  }
  return { firstVisit, whole };
}
