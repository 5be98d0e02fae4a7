import { realpathSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";

/**
 * One spelling for a path on disk, so that the library folder and the paths the file watcher and
 * Vite report can be compared: absolute, and with symlinks resolved (a symlinked checkout, macOS's
 * /tmp → /private/tmp). The watcher reports a path as it was given (relative for the default
 * `content`), Vite a module by its real path. A deleted file has no real path: its folder's is used.
 */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

/** Whether a path reported by the watcher or Vite is inside the library folder. */
export function insideFolder(folder: string): (path: string) => boolean {
  const prefix = realPath(folder) + sep;
  return (path) => realPath(path).startsWith(prefix);
}
