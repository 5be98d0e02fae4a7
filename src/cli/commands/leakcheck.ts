import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { unzipSync } from "fflate";
import { checkLibrary } from "../../core/check.ts";
import { findLeaks, leakRules, type Leak } from "../../core/publishing/index.ts";
import { hasErrors } from "../../core/problem.ts";
import { internalPageRoutes, offlineDownloadPath } from "../../library/built-site.ts";
import { contentDir } from "../../library/content-dir.ts";
import { formatText } from "../../core/problem-format.ts";
import { readLibraryFiles } from "../../library/files.ts";
import { openedFeedback } from "../../core/onboarding/index.ts";
import { todayIso } from "../../library/as-of.ts";
import { UsageError } from "../../library/usage-error.ts";

export const LEAKCHECK_USAGE = `Usage: fieldguide leakcheck [DIR]

Scans every file of the partner build in DIR (default: dist-partner) for anything partners may
not see: texts of internal-only sheets, claims, promises and onboarding tracks, the figures of
withheld claims, field-note quotes, internal e-mail addresses (roles, owners, escalations: all but
policy.yaml's partners contact), discount limits next to their role, term bonuses, floor prices
with their currency, ladder data, and links to internal-only pages. Pagefind's gzip'd index and
fragments are decompressed first, and every file of the offline download (DIR-offline/) is read
too. The library is read from content/ (or FIELDGUIDE_CONTENT_DIR), as the build reads it.
Exit code: 1 if anything leaked, 0 if nothing did.`;

/** Pagefind 1.6 prefixes each decompressed index, fragment and metadata file with this. */
const PAGEFIND_SIGNATURE = "pagefind_dcd";

export async function leakcheck(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new UsageError("leakcheck takes one build folder");
  const site = (positionals[0] ?? "dist-partner").replace(/\/+$/, "");
  if (!existsSync(join(site, "index.html"))) {
    throw new UsageError(
      `${site} is not a built site (it has no index.html): run npm run build:partner first`,
    );
  }

  const { library, onboarding, notes, translations, problems } = checkLibrary(
    await readLibraryFiles(contentDir),
    {
      asOf: todayIso(),
    },
  );
  if (!library || hasErrors(problems)) {
    console.error(
      `The library in ${contentDir} has errors, so what is internal cannot be known:\n${formatText(problems, contentDir)}`,
    );
    return 2;
  }
  const internalPages = internalPageRoutes(process.cwd())
    .map((route) => route.pattern)
    .filter((path) => !path.includes("["));
  const rules = leakRules(library, "partner", { onboarding, internalPages, notes, translations });

  const files = await builtFiles(site);
  const leaks: Leak[] = internalPages
    .filter((path) => existsSync(join(site, path, "index.html")) || existsSync(join(site, path)))
    .map((path) => ({
      file: `${site}/${path}`,
      found: path,
      source: "a page only internal builds may have",
    }));
  for (const file of files) {
    const text = builtFileText(await readFile(join(site, file)));
    leaks.push(...findLeaks(`${site}/${file}`, text, rules));
  }
  const zip = offlineDownloadPath(site);
  const zipped = existsSync(zip) ? Object.entries(unzipSync(await readFile(zip))) : [];
  for (const [name, bytes] of zipped) {
    leaks.push(...findLeaks(`${zip}:${name}`, builtFileText(bytes), rules));
  }

  for (const leak of leaks)
    console.log(`${leak.file}${pageSheet(leak.file)}: "${leak.found}" is ${leak.source}`);
  if (leaks.length > 0) {
    const leakyFiles = new Set(leaks.map((leak) => leak.file)).size;
    console.log(
      `${leaks.length} leaks in ${leakyFiles} of ${files.length + zipped.length} files: this build must not reach partners.`,
    );
    return 1;
  }
  console.log(
    `No internal content in the ${files.length} files of ${site}` +
      (zipped.length > 0 ? ` and the ${zipped.length} files of ${zip} ` : " ") +
      `(${rules.phrases.length} internal texts and ${rules.patterns.length} figures and fields looked for).`,
  );
  return 0;
}

/** A product page is built from one sheet: the sheet to correct, beside the page that leaked. */
function pageSheet(file: string): string {
  const slug = /(?:^|\/)products\/([^/]+)\/index\.html$/.exec(file)?.[1];
  return slug ? ` (the page of ${contentDir}/products/${slug}.mdx)` : "";
}

/** The text of a built file, decompressed first when it is gzip'd (Pagefind's files are). */
export function builtFileText(bytes: Uint8Array): string {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = new TextDecoder().decode(gzip ? gunzipSync(bytes) : bytes);
  const content = text.startsWith(PAGEFIND_SIGNATURE)
    ? text.slice(PAGEFIND_SIGNATURE.length)
    : text;
  // A knowledge check's explanations are sealed in its page: read them opened too.
  const sealed = openedFeedback(content);
  return sealed === "" ? content : `${content}\n${sealed}`;
}

async function builtFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}
