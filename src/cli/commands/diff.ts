import { parseArgs } from "node:util";
import { diffLibraries, readSnapshot } from "../../core/diff/index.ts";
import { madeStale } from "../../core/translations/index.ts";
import { formatDiffMarkdown, formatDiffText } from "../diff-format.ts";
import { asOfOption } from "../../library/as-of.ts";
import { libraryFilesAt } from "../../library/git-files.ts";
import { readLibraryFiles } from "../../library/files.ts";
import { UsageError } from "../../library/usage-error.ts";

export const DIFF_USAGE = `Usage: fieldguide diff <git-revision> [DIR] [--format text|markdown]

Lists the guardrail changes (ladders, term bonuses, floor prices, claims, promises, forbidden
phrases, policy) between a git revision and the working tree of the library in DIR (default:
content), in words, and the approved translations the changes made stale. Examples:
  npm run diff -- origin/main
  npm run diff -- HEAD~3 --format markdown`;

export async function diff(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "text" } },
  });
  if (values.format !== "text" && values.format !== "markdown") {
    throw new UsageError(`--format must be text or markdown, not "${values.format}"`);
  }
  const [from, folder, ...extra] = positionals;
  if (from === undefined)
    throw new UsageError("Name the git revision to compare with, e.g. origin/main.");
  if (extra.length > 0) throw new UsageError("diff takes one revision and one library folder");
  const root = (folder ?? "content").replace(/\/+$/, "");

  const beforeFiles = await libraryFilesAt(root, from);
  const afterFiles = await readLibraryFiles(root);
  const changes = diffLibraries(readSnapshot(beforeFiles), readSnapshot(afterFiles));
  const stale = madeStale(beforeFiles, afterFiles, { asOf: asOfOption(undefined) });
  const format = values.format === "markdown" ? formatDiffMarkdown : formatDiffText;
  console.log(format(changes, { from, root }, stale));
  return 0;
}
