// The service worker itself, bundled into dist/sw.js by service-worker.ts with this build's id and
// precache list filled in. Workbox does the caching; this file only says how.
import { clientsClaim, setCacheNameDetails } from "workbox-core";
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from "workbox-precaching";

// Replaced when the worker is bundled (service-worker.ts).
declare const BUILD_ID: string;
declare const PRECACHE: PrecacheEntry[];

const worker = self as unknown as {
  skipWaiting(): Promise<void>;
  addEventListener(type: "message", listener: (event: { data?: { type?: string } }) => void): void;
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
// The first visit is controlled at once, so a search made before any reload already works offline.
clientsClaim();

// A new build's worker waits, fully cached, until the reader chooses "Reload" (src/scripts/offline.ts).
worker.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") void worker.skipWaiting();
});
