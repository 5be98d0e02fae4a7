import { PRODUCTS_DIR } from "../core/check.ts";
import {
  type Change,
  diffSheets,
  readSheetVersion,
  type SheetVersion,
} from "../core/diff/index.ts";
import type { Product } from "../core/schema/index.ts";
import { git, gitText, locateInRepository, readBlobs } from "../library/git.ts";

/** One commit that changed a sheet, in words: computed from the frontmatter, not the commit message. */
interface HistoryEntry {
  commit: string;
  /** Committer date (when the change landed) in UTC: `YYYY-MM-DD`, and the full ISO timestamp. */
  date: string;
  timestamp: string;
  changes: Change[];
}

interface SheetHistory {
  slug: string;
  /** Newest first. */
  entries: HistoryEntry[];
}

export type LibraryHistory =
  | {
      available: true;
      /** A shallow clone only has the newest commits. */ shallow: boolean;
      sheets: SheetHistory[];
    }
  | { available: false; reason: string };

const FIELD = "\x1f";
const RECORD = "\x1e";

/**
 * How the build's audience sees one version of a sheet (undefined: not published to it), so the
 * history never mentions a claim, rung or price that the build withholds.
 */
export type SheetView = (product: Product) => Product | undefined;

/**
 * The change history of the given product sheets of the library folder, from git at build time.
 * A build without git or without history (a release tarball) gets `available: false` and a reason
 * to show, never an error.
 */
export async function loadHistory(
  contentDir: string,
  slugs: readonly string[],
  view: SheetView = (product) => product,
): Promise<LibraryHistory> {
  let location: { root: string; prefix: string };
  try {
    location = await locateInRepository(contentDir);
    await gitText(["rev-parse", "--verify", "HEAD"], location.root);
  } catch {
    return {
      available: false,
      reason: "This copy of the library was built without its git history.",
    };
  }
  const shallow =
    (await gitText(["rev-parse", "--is-shallow-repository"], location.root)) === "true";
  const sheets = await Promise.all(slugs.map((slug) => sheetHistory(location, slug, view)));
  return { available: true, shallow, sheets };
}

interface Revision {
  commit: string;
  timestamp: string;
  /** The sheet's path in that commit: `--follow` tracks it across renames. */
  path: string;
}

async function sheetHistory(
  { root, prefix }: { root: string; prefix: string },
  slug: string,
  view: SheetView,
): Promise<SheetHistory> {
  const path = `${prefix ? `${prefix}/` : ""}${PRODUCTS_DIR}${slug}.mdx`;
  const log = await git(
    ["log", "--follow", "--name-only", `--format=${RECORD}%H${FIELD}%cI`, "--", path],
    root,
  );
  const revisions = parseLog(log.toString("utf8"), path).reverse();
  const blobs = await readBlobs(
    revisions.map((revision) => `${revision.commit}:${revision.path}`),
    root,
  );
  const entries: HistoryEntry[] = [];
  let previous: SheetVersion | undefined;
  for (const revision of revisions) {
    const bytes = blobs.get(`${revision.commit}:${revision.path}`);
    const read = bytes ? readSheetVersion(revision.path, new Uint8Array(bytes)) : undefined;
    // A version whose frontmatter cannot be read is skipped: the next readable one is compared with the last.
    if (!read || "problems" in read) continue;
    const product = view(read.product);
    if (!product) {
      previous = undefined;
      continue;
    }
    const version = { product, body: read.body };
    const changes: Change[] = previous
      ? diffSheets(previous, version)
      : [{ area: "sheet", text: "sheet added" }];
    if (changes.length > 0) {
      const timestamp = new Date(revision.timestamp).toISOString();
      entries.push({ commit: revision.commit, date: timestamp.slice(0, 10), timestamp, changes });
    }
    previous = version;
  }
  return { slug, entries: entries.reverse() };
}

function parseLog(output: string, currentPath: string): Revision[] {
  return output
    .split(RECORD)
    .filter((record) => record.trim() !== "")
    .map((record) => {
      const [header = "", ...paths] = record.split("\n").filter((line) => line !== "");
      const [commit = "", timestamp = ""] = header.split(FIELD);
      return { commit, timestamp, path: paths.at(-1) ?? currentPath };
    });
}
