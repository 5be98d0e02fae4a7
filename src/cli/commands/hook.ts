import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkLibrary } from "../../core/check.ts";
import { hasErrors } from "../../core/problem.ts";
import { formatText } from "../../core/problem-format.ts";
import { gitText, locateInRepository } from "../../library/git.ts";
import { libraryFilesStaged } from "../../library/git-files.ts";
import { asOfOption } from "../../library/as-of.ts";
import { UsageError } from "../../library/usage-error.ts";

export const HOOK_USAGE = `Usage: fieldguide hook install | uninstall | pre-commit [DIR]

  install     adds a git pre-commit hook that checks the staged library content before each
              commit (npm run hooks:install). Optional; skip it once with git commit --no-verify.
  uninstall   removes that hook again (npm run hooks:uninstall).
  pre-commit  what the hook runs: checks the library in DIR (default: content) as it is staged,
              so unstaged edits do not count, with every cross-file rule.`;

/** Marks the hook as ours, so install can update it and uninstall never removes someone else's. */
const MARKER = "# fieldguide pre-commit hook";

export async function hook(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "as-of": { type: "string" } },
  });
  const [action, folder, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError("hook takes one action and one library folder");
  if (action === "pre-commit")
    return preCommit((folder ?? "content").replace(/\/+$/, ""), asOfOption(values["as-of"]));
  if (action === "install") return install();
  if (action === "uninstall") return uninstall();
  throw new UsageError(
    action === undefined
      ? "Say what to do: install, uninstall or pre-commit."
      : `Unknown action "${action}".`,
  );
}

async function preCommit(root: string, asOf: string): Promise<number> {
  const { files, staged } = await libraryFilesStaged(root);
  if (staged.length === 0) return 0;
  const { problems } = checkLibrary(files, { asOf });
  if (problems.length > 0) console.error(formatText(problems, root));
  if (!hasErrors(problems)) return 0;
  console.error(
    `\nCommit stopped: the library as staged has errors (checked: the staged version of every file in ${root}/).` +
      "\nFix them and `git add` the fixes, or commit anyway with git commit --no-verify.",
  );
  return 1;
}

async function hookPath(): Promise<{ path: string; script: string }> {
  const { prefix } = await locateInRepository(".");
  const hooks = resolve(await gitText(["rev-parse", "--git-path", "hooks"], "."));
  // The hook runs at the top of the work tree; the project may sit in a sub-folder of it.
  const enter = prefix ? `cd "${prefix}" || exit 1\n` : "";
  const script = `#!/bin/sh
${MARKER}: checks the staged library content before each commit.
# Installed by \`npm run hooks:install\`; remove it with \`npm run hooks:uninstall\`.
# Skip it for one commit with: git commit --no-verify
${enter}node=node_modules/.bin/node
if [ ! -x "$node" ]; then
  echo "fieldguide pre-commit: node_modules is missing; run npm ci (or commit with --no-verify)." >&2
  exit 1
fi
exec "$node" src/cli/main.ts hook pre-commit
`;
  return { path: join(hooks, "pre-commit"), script };
}

async function existingHook(path: string): Promise<string | undefined> {
  return readFile(path, "utf8").catch(() => undefined);
}

async function install(): Promise<number> {
  const { path, script } = await hookPath();
  const existing = await existingHook(path);
  if (existing !== undefined && !existing.includes(MARKER)) {
    console.error(
      `${path} already holds another pre-commit hook; it was left alone.\n` +
        "Add this line to it to run the content check as well:\n  node_modules/.bin/node src/cli/main.ts hook pre-commit",
    );
    return 1;
  }
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, script);
  await chmod(path, 0o755);
  console.log(
    `Installed ${path}: each commit now checks the staged content. Skip once with git commit --no-verify.`,
  );
  return 0;
}

async function uninstall(): Promise<number> {
  const { path } = await hookPath();
  const existing = await existingHook(path);
  if (existing === undefined || !existing.includes(MARKER)) {
    console.log(
      existing === undefined
        ? "No pre-commit hook is installed."
        : `${path} is not Fieldguide's hook; it was left alone.`,
    );
    return 0;
  }
  await rm(path);
  console.log(`Removed ${path}.`);
  return 0;
}
