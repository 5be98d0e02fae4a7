// Serves the Fieldguide library on http://127.0.0.1:8765/ (PORT=… for another port) from the
// `site` folder beside this file. Shipped inside the offline zip: plain Node, no dependencies,
// so a reader who cannot install anything can still search the library on a plane.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "site");
const port = Number(process.env.PORT ?? 8765);

// Pagefind's index files are opaque binary; its loader unpacks them itself.
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** The file a URL path names inside `root`, or null when it leaves `root` or is malformed. */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = join(root, decoded);
  return file === root || file.startsWith(root + sep) ? file : null;
}

function isFile(file) {
  return existsSync(file) && statSync(file).isFile();
}

function send(response, status, file, head) {
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  // no-cache: a new copy of the site is picked up at once (the service worker does the caching).
  response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-cache" });
  if (head) response.end();
  else createReadStream(file).pipe(response);
}

const server = createServer((request, response) => {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const { pathname, search } = new URL(request.url ?? "/", "http://127.0.0.1");
  const head = request.method === "HEAD";
  const file = fileFor(pathname);
  if (file === null) {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad path");
    return;
  }
  if (isFile(file)) return send(response, 200, file, head);
  if (isFile(join(file, "index.html"))) {
    if (pathname.endsWith("/")) return send(response, 200, join(file, "index.html"), head);
    response.writeHead(301, { Location: `${pathname}/${search}` }).end();
    return;
  }
  const notFound = join(root, "404.html");
  if (isFile(notFound)) return send(response, 404, notFound, head);
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
});

server.on("error", (error) => {
  if (error.code === "EADDRINUSE") {
    console.error(`Port ${port} is in use: set PORT to another one, e.g. PORT=${port + 1}.`);
  } else {
    console.error(`Could not start the server: ${error.message}`);
  }
  process.exit(1);
});

if (!isFile(join(root, "index.html"))) {
  console.error(`No site found at ${root}: keep serve.mjs next to the site folder from the zip.`);
  process.exit(1);
}

// Loopback only: the library is for the reader on this machine, not the network around it.
server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address();
  console.log(`Fieldguide library: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
});
