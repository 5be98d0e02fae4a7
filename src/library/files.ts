import { readdirSync, readFileSync, type Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { isLibraryFile } from "../core/check.ts";
import type { SourceFile } from "../core/source/file.ts";

/** Every file under a library folder, with paths relative to it in POSIX form. */
export async function readLibraryFiles(root: string): Promise<SourceFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && isLibraryFile(relativePath(root, entry)))
      .map(async (entry) => sourceFile(root, entry, await readFile(path(entry)))),
  );
}

/**
 * The same, read at once: the dev preview checks a save within the file event, before Astro's own
 * reload work for it competes for the process.
 */
export function readLibraryFilesNow(root: string): SourceFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && isLibraryFile(relativePath(root, entry)))
    .map((entry) => sourceFile(root, entry, readFileSync(path(entry))));
}

function path(entry: Dirent): string {
  return join(entry.parentPath, entry.name);
}

function relativePath(root: string, entry: Dirent): string {
  return relative(root, path(entry)).split(sep).join("/");
}

function sourceFile(root: string, entry: Dirent, bytes: Buffer): SourceFile {
  return { path: relativePath(root, entry), bytes: new Uint8Array(bytes) };
}
