// "Keep the whole library on this device": a library over the offline budget precaches its shell,
// search index and checkers, and keeps sheets as they are read (src/integrations/offline/sw.ts).
// This fetches every page not yet kept into the service worker's cache, showing its progress.
import {
  LIBRARY_LIST_FILE,
  LIBRARY_SUMMARY_FILE,
  type LibraryList,
  type LibrarySummary,
} from "../site/library-pages.ts";
import { sitePath } from "../site/paths.ts";

const section = document.querySelector<HTMLElement>("[data-keep-library]");
const summary = document.querySelector<HTMLElement>("[data-keep-summary]");
const button = document.querySelector<HTMLButtonElement>("[data-keep-start]");
const progress = document.querySelector<HTMLProgressElement>("[data-keep-progress]");
const status = document.querySelector<HTMLElement>("[data-keep-status]");

/** Parallel downloads: quick on a good line, without flooding a phone's. */
const AT_ONCE = 4;

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString("en", { maximumFractionDigits: 0 })} MB`;

const WHOLE = "The whole library is on this device: every page works offline.";

async function keepAll(library: LibrarySummary): Promise<void> {
  const response = await fetch(sitePath(`/${LIBRARY_LIST_FILE}`));
  if (!response.ok) throw new Error(`${LIBRARY_LIST_FILE}: ${response.status}`);
  const pages = (await response.json()) as LibraryList;
  const cache = await caches.open(library.cache);
  const kept = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const missing = pages.filter((page) => !kept.has(page));
  // Asks the browser not to evict the library when the device runs short of space.
  await navigator.storage?.persist?.().catch(() => false);
  let done = pages.length - missing.length;
  const show = () => {
    progress!.value = done;
    status!.textContent = `${done.toLocaleString("en")} of ${pages.length.toLocaleString("en")} pages on this device.`;
  };
  progress!.max = pages.length;
  progress!.hidden = false;
  show();
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      for (let page = missing.shift(); page; page = missing.shift()) {
        await cache.add(page);
        done++;
        show();
      }
    }),
  );
  status!.textContent = WHOLE;
}

async function offerLibrary(): Promise<void> {
  const response = await fetch(sitePath(`/${LIBRARY_SUMMARY_FILE}`));
  if (!response.ok) return;
  const library = (await response.json()) as LibrarySummary;
  if (library.pages === 0) return;
  // Only library pages go into this cache (src/integrations/offline/sw.ts), so its size says how
  // many are kept without downloading the list of them.
  const kept = (await (await caches.open(library.cache)).keys()).length;
  const missing = Math.max(0, library.pages - kept);
  summary!.textContent =
    missing === 0
      ? WHOLE
      : `Search, the checkers and every page you open work offline. ${missing.toLocaleString("en")} product and list pages (up to ${megabytes(library.bytes)}) are not on this device yet.`;
  button!.hidden = missing === 0;
  section!.hidden = false;
  button!.addEventListener("click", () => {
    button!.disabled = true;
    keepAll(library).catch(() => {
      status!.textContent =
        "The download stopped: the network or the device's storage is not available. Try again to continue where it stopped.";
      button!.disabled = false;
    });
  });
}

if (
  section &&
  summary &&
  button &&
  progress &&
  status &&
  "caches" in window &&
  import.meta.env.PROD
) {
  offerLibrary().catch(() => undefined);
}
