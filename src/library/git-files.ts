import { isLibraryFile } from "../core/check.ts";
import type { SourceFile } from "../core/source/index.ts";
import { git, GitError, gitText, locateInRepository, readBlobs } from "./git.ts";

/** The library folder as it was at a revision, with paths relative to the folder (like readLibraryFiles). */
export async function libraryFilesAt(folder: string, revision: string): Promise<SourceFile[]> {
  const { root, prefix } = await locateInRepository(folder);
  try {
    await gitText(["rev-parse", "--verify", "--quiet", `${revision}^{commit}`], root);
  } catch {
    throw new GitError(
      `unknown revision "${revision}": name a branch, tag or commit, e.g. origin/main, main or HEAD~1.`,
    );
  }
  const entries = await listEntries(["ls-tree", "-r", "-z", "--full-tree", revision], root, prefix);
  return readFiles(
    entries.map((entry) => ({ ...entry, spec: `${revision}:${entry.path}` })),
    root,
    prefix,
  );
}

/** The library folder as it is staged for the next commit: unstaged edits do not count. */
export async function libraryFilesStaged(
  folder: string,
): Promise<{ files: SourceFile[]; staged: string[] }> {
  const { root, prefix } = await locateInRepository(folder);
  const entries = await listEntries(["ls-files", "-z", "--stage", "--full-name"], root, prefix);
  const changed = await listPaths(
    ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"],
    root,
    prefix,
  );
  return {
    files: await readFiles(
      entries.map((entry) => ({ ...entry, spec: `:${entry.path}` })),
      root,
      prefix,
    ),
    staged: changed.map((path) => inFolder(path, prefix)),
  };
}

async function listPaths(args: string[], root: string, prefix: string): Promise<string[]> {
  const output = await git(prefix ? [...args, "--", prefix] : args, root);
  return output
    .toString("utf8")
    .split("\0")
    .filter((path) => path !== "" && isLibraryFile(inFolder(path, prefix)));
}

/** Git's mode for a symbolic link: it stores the link, never what it points at. */
const LINK_MODE = "120000";

/**
 * The library's entries in an ls-tree or ls-files --stage listing ("<mode> … TAB <path>"), each
 * with whether it is a symbolic link, as the folder reader lists them (src/library/files.ts).
 */
async function listEntries(
  args: string[],
  root: string,
  prefix: string,
): Promise<{ path: string; link: boolean }[]> {
  const output = await git(prefix ? [...args, "--", prefix] : args, root);
  return output
    .toString("utf8")
    .split("\0")
    .filter((line) => line.includes("\t"))
    .map((line) => ({
      path: line.slice(line.indexOf("\t") + 1),
      link: line.startsWith(`${LINK_MODE} `),
    }))
    .filter(({ path, link }) => link || isLibraryFile(inFolder(path, prefix)));
}

async function readFiles(
  entries: { path: string; link: boolean; spec: string }[],
  root: string,
  prefix: string,
): Promise<SourceFile[]> {
  const blobs = await readBlobs(
    entries.filter((entry) => !entry.link).map((entry) => entry.spec),
    root,
  );
  return entries.flatMap(({ path, link, spec }): SourceFile[] => {
    if (link) return [{ path: inFolder(path, prefix), bytes: new Uint8Array(), link: true }];
    const bytes = blobs.get(spec);
    return bytes ? [{ path: inFolder(path, prefix), bytes: new Uint8Array(bytes) }] : [];
  });
}

function inFolder(path: string, prefix: string): string {
  return prefix ? path.slice(prefix.length + 1) : path;
}
