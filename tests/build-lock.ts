// One Astro build at a time in this project's folder. Every build writes its content cache and the
// modules its pages import (.astro/, node_modules/.astro/) there, so two builds of different
// libraries at once could publish each other's sheets. The unit project runs its files in two
// workers (vitest.config.ts): their builds take turns here while the other worker's tests go on.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));
/** Per work tree: another checkout's builds write their own folders. */
const LOCK = join(
  tmpdir(),
  `fieldguide-build-${createHash("sha256").update(PROJECT_ROOT).digest("hex").slice(0, 12)}`,
);
const RETRY_MS = 200;
/** A lock folder this old with no holder written into it was left by a process that died at once. */
const UNCLAIMED_MS = 10_000;

/**
 * Runs a synchronous build (spawnSync) once no other build of this project is running. `lock` is
 * the folder whose existence says a build runs (its own one in the lock's tests).
 */
export function oneBuildAtATime<T>(build: () => T, lock = LOCK): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!tryLock(lock)) Atomics.wait(pause, 0, 0, RETRY_MS);
  try {
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs an asynchronous build once no other build of this project is running. */
export async function oneBuildAtATimeAsync<T>(build: () => Promise<T>, lock = LOCK): Promise<T> {
  while (!tryLock(lock)) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  try {
    return await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Left by a test run that was stopped mid-build: take it over on the next try.
    if (!heldByLiveProcess(lock)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
  writeFileSync(join(lock, "pid"), String(process.pid));
  return true;
}

function heldByLiveProcess(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf8"));
  } catch {
    // Just made, its holder not written yet; or gone already.
    try {
      return Date.now() - statSync(lock).mtimeMs < UNCLAIMED_MS;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
