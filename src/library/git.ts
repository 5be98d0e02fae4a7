import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { relative, resolve as resolvePath, sep } from "node:path";

/** Git failed in a way the user can fix (no repository, unknown revision, git missing): shown without a stack trace. */
export class GitError extends Error {}

/** Runs git in `cwd` and returns its standard output as bytes. */
export function git(args: readonly string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      { cwd, encoding: "buffer", maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          // Node reports a missing working folder like a missing program.
          const problem = existsSync(cwd)
            ? "git is not installed (or not on the PATH)."
            : `Cannot read ${cwd}: no such folder.`;
          return reject(new GitError(problem));
        }
        reject(new GitError(stderr.toString().trim().split("\n")[0] || error.message));
      },
    );
  });
}

export async function gitText(args: readonly string[], cwd: string): Promise<string> {
  return (await git(args, cwd)).toString("utf8").trim();
}

/** Where a folder sits in its repository: the work tree root and the folder's path inside it (POSIX). */
export async function locateInRepository(
  folder: string,
): Promise<{ root: string; prefix: string }> {
  let root: string;
  try {
    root = await gitText(["rev-parse", "--show-toplevel"], folder);
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(`${resolvePath(folder)} is not inside a git repository.`);
    }
    throw error;
  }
  const prefix = relative(await realpath(root), await realpath(folder))
    .split(sep)
    .join("/");
  return { root, prefix };
}

/** Reads many blobs (`<rev>:<path>`, or `:<path>` for the staged version) with one `git cat-file` process. */
export function readBlobs(
  specs: readonly string[],
  cwd: string,
): Promise<Map<string, Buffer | undefined>> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", (error) => reject(new GitError(`git could not run: ${error.message}`)));
    child.on("close", (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file exited with code ${code}`));
      resolve(parseBatch(Buffer.concat(chunks), specs));
    });
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(""));
  });
}

/** `git cat-file --batch` answers each line with `<oid> <type> <size>\n<content>\n`, or `<spec> missing\n`. */
function parseBatch(output: Buffer, specs: readonly string[]): Map<string, Buffer | undefined> {
  const blobs = new Map<string, Buffer | undefined>();
  let offset = 0;
  for (const spec of specs) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString("utf8");
    offset = headerEnd + 1;
    const size = /^[0-9a-f]+ \w+ (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      blobs.set(spec, undefined);
      continue;
    }
    blobs.set(spec, output.subarray(offset, offset + Number(size)));
    offset += Number(size) + 1;
  }
  return blobs;
}
