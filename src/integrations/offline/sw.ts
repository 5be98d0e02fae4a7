// The service worker itself, bundled into dist/sw.js by service-worker.ts with this build's id and
// precache list filled in. Workbox does the caching; this file only says how.
import { clientsClaim, setCacheNameDetails } from "workbox-core";
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";

// Replaced when the worker is bundled (service-worker.ts).
declare const BUILD_ID: string;
declare const PRECACHE: PrecacheEntry[];
/** Where pages left out of the precache are kept as they are read; empty when nothing is left out. */
declare const LIBRARY_CACHE: string;

const worker = self as unknown as {
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: "message", listener: (event: { data?: { type?: string } }) => void): void;
  addEventListener(
    type: "activate",
    listener: (event: { waitUntil(done: Promise<unknown>): void }) => void,
  ): void;
};

// One cache per build, so one worker never mixes pages and search index of two builds; on
// activation the caches of older builds are deleted.
setCacheNameDetails({ prefix: `fieldguide-${BUILD_ID}` });
precacheAndRoute(PRECACHE, {
  // Pagefind asks for `pagefind-entry.json?ts=<now>` to dodge HTTP caches; the precached copy
  // belongs to this build and is the right answer whatever the timestamp.
  ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^fbclid$/],
});
cleanupOutdatedCaches();

// An address with a query (`/deal-checker/?product=…`, `/?q=uptime`, a quote link, any parameter
// added by a mail client) opens the cached page for its path; the page reads the query itself, as it
// does online. Precaching matches whole addresses, so these would otherwise fail offline.
registerRoute(
  ({ request, url }) =>
    request.mode === "navigate" && url.origin === worker.location.origin && url.search !== "",
  async ({ request, url }) => (await cachedPage(url)) ?? fetch(request),
);

/** The page for an address's path, from the precache or (over the offline budget) as last read. */
async function cachedPage(url: URL): Promise<Response | undefined> {
  const page = new URL(url.pathname, url.origin).href;
  const precached = await matchPrecache(page.endsWith("/") ? `${page}index.html` : page);
  if (precached || !LIBRARY_CACHE) return precached;
  return (await caches.open(LIBRARY_CACHE)).match(page);
}

// A library over the offline budget: a page that is not precached (a sheet, a page of a list) is
// kept the first time it is read, or when "Keep the whole library" fetches it
// (src/scripts/keep-library.ts, which writes to the same cache).
if (LIBRARY_CACHE) {
  registerRoute(
    // A page's own address: a search's (`/?q=…`) would fill the cache with a copy per query.
    ({ request, url }) =>
      request.mode === "navigate" && url.origin === worker.location.origin && url.search === "",
    new CacheFirst({ cacheName: LIBRARY_CACHE }),
  );
}
worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => /^fieldguide-\d+-library$/.test(name) && name !== LIBRARY_CACHE)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

// The first visit is controlled at once, so a search made before any reload already works offline.
clientsClaim();

// A new build's worker waits, fully cached, until the reader chooses "Reload" (src/scripts/offline.ts).
worker.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") void worker.skipWaiting();
});
