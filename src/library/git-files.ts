import { isLibraryFile } from "../core/check.ts";
import type { SourceFile } from "../core/source/file.ts";
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
  const paths = await listPaths(
    ["ls-tree", "-r", "-z", "--name-only", "--full-tree", revision],
    root,
    prefix,
  );
  return readFiles(
    paths.map((path) => [path, `${revision}:${path}`]),
    root,
    prefix,
  );
}

/** The library folder as it is staged for the next commit: unstaged edits do not count. */
export async function libraryFilesStaged(
  folder: string,
): Promise<{ files: SourceFile[]; staged: string[] }> {
  const { root, prefix } = await locateInRepository(folder);
  const paths = await listPaths(["ls-files", "-z", "--cached", "--full-name"], root, prefix);
  const changed = await listPaths(
    ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"],
    root,
    prefix,
  );
  return {
    files: await readFiles(
      paths.map((path) => [path, `:${path}`]),
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

async function readFiles(
  specs: [string, string][],
  root: string,
  prefix: string,
): Promise<SourceFile[]> {
  const blobs = await readBlobs(
    specs.map(([, spec]) => spec),
    root,
  );
  return specs.flatMap(([path, spec]) => {
    const bytes = blobs.get(spec);
    return bytes ? [{ path: inFolder(path, prefix), bytes: new Uint8Array(bytes) }] : [];
  });
}

function inFolder(path: string, prefix: string): string {
  return prefix ? path.slice(prefix.length + 1) : path;
}
