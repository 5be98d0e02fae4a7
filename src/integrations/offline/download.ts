import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { dirname, join, relative, sep } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { strToU8, Zip, type ZipInputFile } from "fflate";

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
  const files: [string, () => Promise<Uint8Array<ArrayBuffer>>][] = [
    [`${FOLDER}/README.txt`, async () => strToU8(readme(builtAt))],
    [`${FOLDER}/serve.mjs`, () => readFile(SERVER_SCRIPT)],
  ];
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.push([
      `${FOLDER}/site/${relative(siteDir, file).split(sep).join("/")}`,
      () => readFile(file),
    ]);
  }
  await mkdir(dirname(zipPath), { recursive: true });
  const size = await zipFiles(files, new Date(builtAt), createWriteStream(zipPath));
  return { path: zipPath, size };
}

/**
 * fflate writes the zip; Node's zlib compresses, in native code: half the time of fflate's own
 * deflate, which took seconds of every build of a large library. Each file is read when its turn
 * comes and the zip goes straight to the disk, so a large library is never held in memory whole
 * (hundreds of megabytes at 5,000 sheets, at the build's peak).
 */
async function zipFiles(
  files: [string, () => Promise<Uint8Array<ArrayBuffer>>][],
  mtime: Date,
  out: WriteStream,
): Promise<number> {
  let size = 0;
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    size += chunk.byteLength;
    out.write(chunk);
    if (final) out.end();
  });
  for (const [filename, read] of files) {
    const bytes = await read();
    const stored = isGzip(bytes);
    const file: ZipInputFile = {
      filename,
      size: bytes.byteLength,
      crc: crc32(bytes),
      compression: stored ? 0 : 8,
      mtime,
    };
    zip.add(file);
    file.ondata!(null, stored ? bytes : deflateRawSync(bytes), true);
  }
  zip.end();
  await finished(out);
  return size;
}

/**
 * Pagefind's index, fragments and WebAssembly are gzip files already: deflating them again saves
 * nothing, so they are stored as they are.
 */
function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
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
