import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { SourceFile } from "../core/source/file.ts";

/** Every file under a library folder, with paths relative to it in POSIX form. */
export async function readLibraryFiles(root: string): Promise<SourceFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /\.(mdx|ya?ml)$/.test(entry.name));
  return Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return {
        path: relative(root, path).split(sep).join("/"),
        bytes: new Uint8Array(await readFile(path)),
      };
    }),
  );
}
