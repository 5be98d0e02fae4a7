import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { isLibraryFile, type SourceFile } from "../core/check.ts";

/** Every file under a library folder, with paths relative to it in POSIX form. */
export async function readLibraryFiles(root: string): Promise<SourceFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => isLibraryFile(relative(root, path).split(sep).join("/")));
  return Promise.all(
    files.map(async (path) => ({
      path: relative(root, path).split(sep).join("/"),
      bytes: new Uint8Array(await readFile(path)),
    })),
  );
}
