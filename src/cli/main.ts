#!/usr/bin/env node
import { check, CHECK_USAGE } from "./commands/check.ts";
import { UsageError } from "./options.ts";

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; usage: string }> = {
  check: { run: check, usage: CHECK_USAGE },
};

const USAGE = `Usage: fieldguide <command> [options]

Commands:
${Object.keys(COMMANDS).map((name) => `  ${name}`).join("\n")}

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
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    if ((error as { code?: string }).code === "ENOENT") {
      console.error(`Cannot read ${(error as { path?: string }).path}: no such file or folder.`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
