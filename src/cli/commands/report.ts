import { parseArgs } from "node:util";
import { checkLibrary } from "../../core/check.ts";
import { contentHealth } from "../../core/health/index.ts";
import { formatText } from "../../core/problem-format.ts";
import { readLibraryFiles } from "../../library/files.ts";
import { asOfOption } from "../../library/as-of.ts";
import { UsageError } from "../../library/usage-error.ts";
import { formatReportMarkdown, formatReportText } from "../report-format.ts";

export const REPORT_USAGE = `Usage: fieldguide report [DIR] [--within DAYS] [--as-of YYYY-MM-DD] [--format text|json|markdown]

Content health of the library in DIR (default: content), grouped by owner: claims that expire
within DAYS (default: expiringWithinDays in policy.yaml, as for check) or already have, sheets past their review interval, and sheets whose
review falls due within DAYS. Use --format markdown or json for a scheduled job.`;

const FORMATS = ["text", "json", "markdown"] as const;

export async function report(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      within: { type: "string" },
      "as-of": { type: "string" },
      format: { type: "string", default: "text" },
    },
  });
  const format = FORMATS.find((name) => name === values.format);
  if (!format)
    throw new UsageError(`--format must be text, json or markdown, not "${values.format}"`);
  if (values.within !== undefined && !/^\d+$/.test(values.within)) {
    throw new UsageError(`--within must be a whole number of days, not "${values.within}"`);
  }
  if (positionals.length > 1) throw new UsageError("report takes one library folder");
  const root = (positionals[0] ?? "content").replace(/\/+$/, "");
  const asOf = asOfOption(values["as-of"]);

  const { library, problems } = checkLibrary(await readLibraryFiles(root), { asOf });
  if (!library) {
    console.error(
      `The library in ${root}/ cannot be read as a whole, so no report was made. Fix these first:\n`,
    );
    console.error(formatText(problems, root));
    return 1;
  }
  const health = contentHealth(library.sheets, library.policy.policy.reviewIntervalDays, {
    asOf,
    // The window check warns in, so the report lists first what check has just warned of.
    withinDays: Number(values.within ?? library.policy.policy.expiringWithinDays),
  });
  if (format === "json") console.log(JSON.stringify({ root, ...health }, null, 2));
  else
    console.log(
      format === "markdown" ? formatReportMarkdown(health, root) : formatReportText(health, root),
    );
  return 0;
}
