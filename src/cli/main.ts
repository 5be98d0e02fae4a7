#!/usr/bin/env node
import { check, CHECK_USAGE } from "./commands/check.ts";
import { diff, DIFF_USAGE } from "./commands/diff.ts";
import { feedback, FEEDBACK_USAGE } from "./commands/feedback.ts";
import { hook, HOOK_USAGE } from "./commands/hook.ts";
import { leakcheck, LEAKCHECK_USAGE } from "./commands/leakcheck.ts";
import { newFile, NEW_USAGE } from "./commands/new.ts";
import { report, REPORT_USAGE } from "./commands/report.ts";
import { translate, TRANSLATE_USAGE } from "./commands/translate.ts";
import { GitError } from "../library/git.ts";
import { UsageError } from "../library/usage-error.ts";

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; usage: string }> = {
  check: { run: check, usage: CHECK_USAGE },
  new: { run: newFile, usage: NEW_USAGE },
  report: { run: report, usage: REPORT_USAGE },
  diff: { run: diff, usage: DIFF_USAGE },
  hook: { run: hook, usage: HOOK_USAGE },
  leakcheck: { run: leakcheck, usage: LEAKCHECK_USAGE },
  feedback: { run: feedback, usage: FEEDBACK_USAGE },
  translate: { run: translate, usage: TRANSLATE_USAGE },
};

const USAGE = `Usage: fieldguide <command> [options]

Commands:
${Object.keys(COMMANDS)
  .map((name) => `  ${name}`)
  .join("\n")}

Run fieldguide <command> --help for its options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    console.error(name && name !== "--help" ? `Unknown command "${name}".\n\n${USAGE}` : USAGE);
    return name === "--help" ? 0 : 2;
  }
  if (args.includes("--help")) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      console.error(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof GitError) {
      console.error(error.message);
      return 2;
    }
    if ((error as { code?: string }).code === "ENOENT") {
      console.error(`Cannot read ${(error as { path?: string }).path}: no such file or folder.`);
      return 2;
    }
    if ((error as { code?: string }).code === "ENOTDIR") {
      console.error(
        `Cannot read ${(error as { path?: string }).path}: it is a file, not a library folder.`,
      );
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
