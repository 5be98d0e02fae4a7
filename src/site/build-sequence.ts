/**
 * The sequence of this build's /withdrawals.json, which every page also carries
 * (src/layouts/Base.astro): a device that already shows this build's pages needs no list of the
 * same build. One value per build: Astro loads the pages and the JSON route as separate module
 * instances in the same process, so it is kept on globalThis, under a key only this module uses.
 * Every build runs in a process of its own (`astro build`), so each gets a later second.
 */
const KEY = Symbol.for("fieldguide.withdrawals-sequence");

export function withdrawalsSequence(): number {
  const holder = globalThis as { [KEY]?: number };
  // The second the build started: every later build's list has a higher one.
  return (holder[KEY] ??= Math.floor(Date.now() / 1000));
}
