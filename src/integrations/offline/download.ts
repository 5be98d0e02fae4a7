import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { strToU8, zipSync, type Zippable } from "fflate";

/** Top folder of the zip: unzipping gives `fieldguide-site/serve.mjs` and `fieldguide-site/site/`. */
const FOLDER = "fieldguide-site";
const SERVER_SCRIPT = new URL("./serve.mjs", import.meta.url);

/**
 * Writes a zip of the built site with a dependency-free static server, for readers who cannot
 * install anything: search and the checkers need http://, not file://, so the zip brings its server.
 */
export async function writeOfflineDownload(
  siteDir: string,
  zipPath: string,
  builtAt: string,
): Promise<{ path: string; size: number }> {
  const entries: Zippable = {
    [`${FOLDER}/README.txt`]: strToU8(readme(builtAt)),
    [`${FOLDER}/serve.mjs`]: await readFile(SERVER_SCRIPT),
  };
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    entries[`${FOLDER}/site/${relative(siteDir, file).split(sep).join("/")}`] =
      await readFile(file);
  }
  const zip = zipSync(entries, { mtime: builtAt });
  await mkdir(dirname(zipPath), { recursive: true });
  await writeFile(zipPath, zip);
  return { path: zipPath, size: zip.byteLength };
}

function readme(builtAt: string): string {
  return `Fieldguide: offline copy of the library as of ${builtAt.slice(0, 10)}

With Node.js installed, from the folder you unzipped into:

    node ${FOLDER}/serve.mjs

then open http://127.0.0.1:8765/ (another port: PORT=8766 node ${FOLDER}/serve.mjs).

With Python 3 instead:

    python3 -m http.server 8765 --bind 127.0.0.1 --directory ${FOLDER}/site

Opening site/index.html straight from the disk (file://) does not work: links, search and
the checkers need the pages to be served over http://.
`;
}
