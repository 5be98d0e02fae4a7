import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isLibraryFile } from "../core/check.ts";
import type { SourceFile } from "../core/source/index.ts";

/**
 * Every file under a library folder, with paths relative to it in POSIX form: the checker, the
 * build's content loader and the dev preview all read the library here. A symbolic link anywhere
 * is listed as a link and not followed (the checker refuses it); the folder itself may be one.
 */
export async function readLibraryFiles(root: string): Promise<SourceFile[]> {
  return Promise.all(
    listLibrary(root).map(async (entry) =>
      entry.link
        ? entry
        : { path: entry.path, bytes: new Uint8Array(await readFile(join(root, entry.path))) },
    ),
  );
}

/**
 * The same, read at once: the dev preview checks a save within the file event, before Astro's own
 * reload work for it competes for the process.
 */
export function readLibraryFilesNow(root: string): SourceFile[] {
  return listLibrary(root).map((entry) =>
    entry.link
      ? entry
      : { path: entry.path, bytes: new Uint8Array(readFileSync(join(root, entry.path))) },
  );
}

type Listed = { path: string; link?: undefined } | SourceFile;

/** Node's recursive readdir follows a linked folder; this walk lists the link instead. */
function listLibrary(root: string, folder = ""): Listed[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry): Listed[] => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) return [{ path, bytes: new Uint8Array(), link: true }];
    if (entry.isDirectory()) return listLibrary(root, path);
    return entry.isFile() && isLibraryFile(path) ? [{ path }] : [];
  });
}
