/** Throwaway git repositories for the tests of everything that reads git (diff, hook, history). */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Git ignores the machine's and the user's settings (hooks paths, signing) inside the tests. */
export const GIT_ENV = { GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };

export interface TempRepo {
  root: string;
  git(...args: string[]): string;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Replaces `from` (which must occur) with `to` in a file of the work tree. */
  edit(path: string, from: string, to: string): void;
  copy(from: string, to: string): void;
  /** Stages everything and commits it at a fixed time, so dates in assertions never move. */
  commitAll(message: string, isoTime: string): string;
  remove(): void;
}

export function tempRepo(): TempRepo {
  const root = mkdtempSync(join(tmpdir(), "fieldguide-git-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ...GIT_ENV },
    }).trim();
  git("init", "--quiet", "--initial-branch=main");
  git("config", "user.email", "marketer@example.com");
  git("config", "user.name", "Marketer");
  const repo: TempRepo = {
    root,
    git,
    read: (path) => readFileSync(join(root, path), "utf8"),
    write(path, text) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    edit(path, from, to) {
      const text = repo.read(path);
      if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
      repo.write(path, text.replace(from, to));
    },
    copy(from, to) {
      cpSync(from, join(root, to), { recursive: true });
    },
    commitAll(message, isoTime) {
      git("add", "--all");
      execFileSync("git", ["commit", "--quiet", "--no-verify", "-m", message], {
        cwd: root,
        env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: isoTime, GIT_COMMITTER_DATE: isoTime },
      });
      return git("rev-parse", "HEAD");
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  return repo;
}
