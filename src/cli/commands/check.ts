import { parseArgs } from "node:util";
import { checkLibrary } from "../../core/check.ts";
import { hasErrors } from "../../core/problem.ts";
import { formatGithub, formatText } from "../../core/problem-format.ts";
import { readLibraryFiles } from "../../library/files.ts";
import { asOfOption } from "../../library/as-of.ts";
import { UsageError } from "../../library/usage-error.ts";

export const CHECK_USAGE = `Usage: fieldguide check [DIR] [--as-of YYYY-MM-DD] [--format text|json]

Validates every file of the library in DIR (default: content) and reports every problem at once.
Exit code: 1 if there is any error, 0 if there are only warnings.`;

export async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "as-of": { type: "string" }, format: { type: "string", default: "text" } },
  });
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError(`--format must be text or json`);
  if (positionals.length > 1) throw new UsageError("check takes one library folder");
  const root = (positionals[0] ?? "content").replace(/\/+$/, "");
  const asOf = asOfOption(values["as-of"]);

  const files = await readLibraryFiles(root);
  const { problems } = checkLibrary(files, { asOf });

  if (values.format === "json") {
    process.stdout.write(`${JSON.stringify({ root, asOf, problems }, null, 2)}\n`);
  } else {
    if (process.env.GITHUB_ACTIONS === "true" && problems.length > 0)
      console.log(formatGithub(problems, root));
    console.log(formatText(problems, root));
  }
  return hasErrors(problems) ? 1 : 0;
}
