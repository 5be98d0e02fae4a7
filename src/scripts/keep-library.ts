// "Keep the whole library on this device": a library over the offline budget precaches its shell,
// search index and checkers, and keeps sheets as they are read (src/integrations/offline/sw.ts).
// This fetches every page not yet kept into the service worker's cache, showing its progress.
import type { LibraryList } from "../integrations/offline/library-pages.ts";
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

async function missingPages(library: LibraryList, cache: Cache): Promise<string[]> {
  const kept = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return library.pages.filter((page) => !kept.has(page));
}

async function keepAll(library: LibraryList): Promise<void> {
  const cache = await caches.open(library.cache);
  const missing = await missingPages(library, cache);
  // Asks the browser not to evict the library when the device runs short of space.
  await navigator.storage?.persist?.().catch(() => false);
  let done = library.pages.length - missing.length;
  const show = () => {
    progress!.value = done;
    status!.textContent = `${done.toLocaleString("en")} of ${library.pages.length.toLocaleString("en")} pages on this device.`;
  };
  progress!.max = library.pages.length;
  progress!.hidden = false;
  show();
  const queue = [...missing];
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      for (let page = queue.shift(); page; page = queue.shift()) {
        await cache.add(page);
        done++;
        show();
      }
    }),
  );
  status!.textContent = "The whole library is on this device: every page works offline.";
}

async function offerLibrary(): Promise<void> {
  const response = await fetch(sitePath("/offline-library.json"));
  if (!response.ok) return;
  const library = (await response.json()) as LibraryList;
  if (library.pages.length === 0) return;
  const missing = await missingPages(library, await caches.open(library.cache));
  summary!.textContent =
    missing.length === 0
      ? "The whole library is on this device: every page works offline."
      : `Search, the checkers and every page you open work offline. ${missing.length.toLocaleString("en")} product and list pages (up to ${megabytes(library.bytes)}) are not on this device yet.`;
  button!.hidden = missing.length === 0;
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
