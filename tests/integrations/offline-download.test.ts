// The offline download: a zip of the built site with a dependency-free server that serves it on
// 127.0.0.1 with the types search needs, and nothing outside the site.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeOfflineDownload } from "../../src/integrations/offline/download.ts";

const BUILT_AT = "2026-11-27T09:30:00.000Z";

/** Pagefind writes its index, filters, fragments and WebAssembly gzipped. */
const GZIPPED_FILTER = gzipSync("filter");

const SITE: Record<string, string | Uint8Array> = {
  "index.html": "<h1>Home</h1>",
  "404.html": "<h1>Not found</h1>",
  "products/edge-shield/index.html": "<h1>Edge Shield</h1>",
  "_astro/app.js": "export {};",
  "pagefind/pagefind-entry.json": "{}",
  "pagefind/wasm.en.pagefind": "wasm",
  "pagefind/fragment/en_1.pf_fragment": "fragment",
  "pagefind/filter/en_1.pf_filter": GZIPPED_FILTER,
  "pagefind/index/en_1.pf_index": "index",
  "manifest.webmanifest": "{}",
  "sw.js": "",
};

let workDir: string;
let zip: Record<string, Uint8Array>;
/** How each file is stored in the zip: 0 as it is, 8 deflated. */
const compression = new Map<string, number>();

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "fieldguide-download-"));
  for (const [path, text] of Object.entries(SITE)) {
    await mkdir(dirname(join(workDir, "dist", path)), { recursive: true });
    await writeFile(join(workDir, "dist", path), text);
  }
  const written = await writeOfflineDownload(
    join(workDir, "dist"),
    join(workDir, "dist-offline", "fieldguide-site.zip"),
    BUILT_AT,
  );
  zip = unzipSync(await readFile(written.path), {
    filter: (file) => {
      compression.set(file.name, file.compression);
      return true;
    },
  });
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

test("the zip holds the whole site, the server and how to run it", () => {
  expect(Object.keys(zip).sort()).toEqual(
    [
      "fieldguide-site/README.txt",
      "fieldguide-site/serve.mjs",
      ...Object.keys(SITE).map((path) => `fieldguide-site/site/${path}`),
    ].sort(),
  );
  expect(strFromU8(zip["fieldguide-site/site/products/edge-shield/index.html"]!)).toBe(
    "<h1>Edge Shield</h1>",
  );
  const readme = strFromU8(zip["fieldguide-site/README.txt"]!);
  expect(readme).toContain("library as of 2026-11-27");
  expect(readme).toContain("\n    node fieldguide-site/serve.mjs\n");
});

test("files that are gzipped already are stored as they are, the rest deflated", () => {
  const filter = "fieldguide-site/site/pagefind/filter/en_1.pf_filter";
  expect(zip[filter]).toEqual(new Uint8Array(GZIPPED_FILTER));
  expect(compression.get(filter)).toBe(0);
  expect(compression.get("fieldguide-site/site/products/edge-shield/index.html")).toBe(8);
});

describe("serve.mjs from the unzipped download", () => {
  let server: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const unzipped = join(workDir, "unzipped");
    for (const [path, bytes] of Object.entries(zip)) {
      await mkdir(dirname(join(unzipped, path)), { recursive: true });
      await writeFile(join(unzipped, path), bytes);
    }
    // Beside the site folder: must never be served.
    await writeFile(join(unzipped, "fieldguide-site", "secret.txt"), "secret");
    server = spawn(process.execPath, [join(unzipped, "fieldguide-site", "serve.mjs")], {
      env: { ...process.env, PORT: "0" },
    });
    const [line] = (await once(server.stdout!, "data")) as [Buffer];
    origin = /http:\/\/127\.0\.0\.1:\d+/.exec(line.toString())![0];
  });

  afterAll(() => {
    server?.kill();
  });

  test.each([
    ["/", "text/html; charset=utf-8", "<h1>Home</h1>"],
    ["/products/edge-shield/", "text/html; charset=utf-8", "<h1>Edge Shield</h1>"],
    ["/_astro/app.js", "text/javascript; charset=utf-8", "export {};"],
    ["/pagefind/pagefind-entry.json?ts=1764236400000", "application/json", "{}"],
    ["/pagefind/wasm.en.pagefind", "application/octet-stream", "wasm"],
    ["/pagefind/fragment/en_1.pf_fragment", "application/octet-stream", "fragment"],
    ["/pagefind/index/en_1.pf_index", "application/octet-stream", "index"],
    ["/manifest.webmanifest", "application/manifest+json", "{}"],
  ])("serves %s as %s", async (path, type, body) => {
    const response = await fetch(origin + path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(await response.text()).toBe(body);
  });

  test("redirects a folder to its trailing-slash URL", async () => {
    const response = await fetch(`${origin}/products/edge-shield?q=1`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/products/edge-shield/?q=1");
  });

  test("answers an unknown path with the site's 404 page", async () => {
    const response = await fetch(`${origin}/products/missing/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("<h1>Not found</h1>");
  });

  test("refuses a path that leaves the site folder", async () => {
    const response = await fetch(`${origin}/..%2fsecret.txt`);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Bad path");
  });
});
