// Keeps the library available offline: registers the service worker built by the offline
// integration, says when the page is offline, and offers a newer build once it is fully cached.
import { sitePath } from "../site/paths.ts";

const offlineNotice = document.querySelector<HTMLElement>("[data-offline-notice]");
const updateNotice = document.querySelector<HTMLElement>("[data-update-notice]");
const reloadButton = document.querySelector<HTMLButtonElement>("[data-update-reload]");

function showConnectivity(): void {
  if (offlineNotice) offlineNotice.hidden = navigator.onLine;
}

async function keepOffline(container: ServiceWorkerContainer): Promise<void> {
  // When control passes from one build's worker to the next (after "Reload" here or in another
  // tab), the page reloads: its old content must not be used with the new build's search index.
  let controller = container.controller;
  container.addEventListener("controllerchange", () => {
    if (controller) location.reload();
    controller = container.controller;
  });

  // The browser's HTTP cache must never hide a new sw.js: a new build's withdrawals arrive with it.
  const registration = await container.register(sitePath("/sw.js"), { updateViaCache: "none" });
  const offerUpdate = (): void => {
    if (updateNotice) updateNotice.hidden = false;
  };
  if (registration.waiting && container.controller) offerUpdate();
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      // "installed" = the whole new build is in its cache; with no controller it is the first visit.
      if (worker.state === "installed" && container.controller) offerUpdate();
    });
  });
  reloadButton?.addEventListener("click", () => {
    reloadButton.disabled = true;
    registration.waiting?.postMessage({ type: "SKIP_WAITING" });
  });
  // Back online or back to the tab: look for a newer build now (a failed check is repeated on the
  // next navigation).
  const update = () => void registration.update().catch(() => undefined);
  addEventListener("online", update);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") update();
  });
}

addEventListener("online", showConnectivity);
addEventListener("offline", showConnectivity);
showConnectivity();

// No worker in `astro dev`: it would cache a build that does not exist.
if ("serviceWorker" in navigator && import.meta.env.PROD) {
  keepOffline(navigator.serviceWorker).catch((error: unknown) => {
    // E.g. opened from file://: the pages still work, just not offline.
    console.warn("Offline support is not available here:", error);
  });
}
