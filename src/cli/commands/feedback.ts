import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { checkLibrary } from "../../core/check.ts";
import type { SourceFile } from "../../core/source/index.ts";
import {
  noteFromMessage,
  readMessages,
  type MessageFields,
  FieldNoteSchema,
  type FieldNote,
  notesByOwner,
  summarizeNotes,
} from "../../core/field-notes/index.ts";
import { formatFieldPath } from "../../core/problem.ts";
import { formatNotesMarkdown, formatNotesText } from "../feedback-format.ts";
import { noteFilePath, noteYaml, sameNote } from "../note-file.ts";
import { asOfOption } from "../../library/as-of.ts";
import { readLibraryFiles } from "../../library/files.ts";
import { formatText } from "../../core/problem-format.ts";
import { UsageError } from "../../library/usage-error.ts";

export const FEEDBACK_USAGE = `Usage: fieldguide feedback import FILE… [--dir DIR]
       fieldguide feedback report [DIR] [--format text|json|markdown]

What reps heard in the field, as field notes in DIR/field-notes/ (DIR default: content).
  import  turns each FILE into note files: a pasted e-mail body sent from the site's
          "Tell marketing" form, or the JSON that
          gh issue list --label field-note --json number,title,body,createdAt
          prints. A note already in the library is skipped; a note the checker would refuse is
          reported and not written.
  report  per owner, per claim and promise boundary: how many notes of each kind, and the latest
          quotes.`;

const FORMATS = ["text", "json", "markdown"] as const;

export async function feedback(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === "import") return importNotes(rest);
  if (action === "report") return reportNotes(rest);
  throw new UsageError(
    action === undefined
      ? "Say what to do: import or report."
      : `Unknown action "${action}": use import or report.`,
  );
}

/** One note found in an input file, with where it came from in words. */
interface Incoming {
  from: string;
  fields: MessageFields;
  source: string;
}

async function importNotes(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { dir: { type: "string", default: "content" } },
  });
  if (positionals.length === 0) throw new UsageError("Give at least one file to import.");
  const root = values.dir.replace(/\/+$/, "");
  const files = await readLibraryFiles(root);
  const asOf = asOfOption(undefined);
  const { library, notes = [], problems } = checkLibrary(files, { asOf });
  if (!library) {
    console.error(
      `The library in ${root}/ cannot be read as a whole, so no note was imported. Fix these first:\n`,
    );
    console.error(formatText(problems, root));
    return 1;
  }
  const claimsOf = (product: string) =>
    library.sheets
      .find((sheet) => sheet.slug === product)
      ?.product.claims.map((claim) => claim.id) ?? [];

  let refused = 0;
  const incoming: Incoming[] = [];
  for (const file of positionals) {
    const found = readInput(file, await readFile(file, "utf8"));
    if (typeof found === "string") {
      console.error(found);
      refused += 1;
    } else incoming.push(...found);
  }

  const known: FieldNote[] = notes.map((entry) => entry.note);
  const taken = new Set(files.map((file) => file.path));
  const added: { path: string; note: FieldNote; from: string }[] = [];
  for (const { from, fields, source } of incoming) {
    const parsed = FieldNoteSchema.safeParse({ ...noteFromMessage(fields, claimsOf), source });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = formatFieldPath(issue.path.filter((key) => typeof key !== "symbol"));
        console.error(`${from}: ${field || "note"} ${issue.message}`);
      }
      refused += 1;
      continue;
    }
    if (known.some((note) => sameNote(note, parsed.data))) {
      console.log(`${from}: already in the library, skipped.`);
      continue;
    }
    const path = noteFilePath(parsed.data, taken);
    taken.add(path);
    known.push(parsed.data);
    added.push({ path, note: parsed.data, from });
  }

  // The same checker as npm run check, on the library with the new notes: only notes it accepts are written.
  const encoder = new TextEncoder();
  const newFiles: SourceFile[] = added.map(({ path, note }) => ({
    path,
    bytes: encoder.encode(noteYaml(note)),
  }));
  const found = checkLibrary([...files, ...newFiles], { asOf }).problems;
  let written = 0;
  for (const { path, note, from } of added) {
    const mine = found.filter((problem) => problem.file === path && problem.severity === "error");
    if (mine.length > 0) {
      for (const problem of mine)
        console.error(`${from}: ${problem.field} ${problem.message}. ${problem.hint}`);
      refused += 1;
      continue;
    }
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), noteYaml(note));
    console.log(`${from}: wrote ${root}/${path}`);
    written += 1;
  }
  console.log(
    `${plural(written, "note")} imported${refused > 0 ? `, ${plural(refused, "input")} refused` : ""}.`,
  );
  return refused > 0 ? 1 : 0;
}

/** The notes in one input file, or why it holds none. */
function readInput(file: string, text: string): Incoming[] | string {
  if (text.trimStart().startsWith("[")) return readIssues(file, text);
  const messages = readMessages(text);
  if (messages.length === 0) {
    return `${file}: no field note found. Paste the whole e-mail body the site wrote, from "### Product" on.`;
  }
  return messages.map((fields, index) => ({
    from: messages.length === 1 ? file : `${file} (note ${index + 1})`,
    fields,
    source: "e-mail",
  }));
}

interface IssueJson {
  number?: unknown;
  body?: unknown;
  createdAt?: unknown;
}

/** The JSON of `gh issue list --json number,title,body,createdAt`: one note per issue. */
function readIssues(file: string, text: string): Incoming[] | string {
  let issues: unknown;
  try {
    issues = JSON.parse(text);
  } catch (error) {
    return `${file}: not valid JSON (${(error as Error).message}). Save what gh issue list --json number,title,body,createdAt prints.`;
  }
  if (!Array.isArray(issues))
    return `${file}: expected a list of issues, as gh issue list --json prints.`;
  return (issues as IssueJson[]).flatMap((issue) => {
    const from = `${file} issue #${String(issue.number)}`;
    const [fields] = readMessages(typeof issue.body === "string" ? issue.body : "");
    if (!fields) {
      console.error(
        `${from}: no field note in its body (was it opened from the field-note form?), skipped.`,
      );
      return [];
    }
    const created = typeof issue.createdAt === "string" ? issue.createdAt.slice(0, 10) : undefined;
    return [
      {
        from,
        fields: { date: created, ...fields },
        source: `GitHub issue #${String(issue.number)}`,
      },
    ];
  });
}

async function reportNotes(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "text" } },
  });
  const format = FORMATS.find((name) => name === values.format);
  if (!format)
    throw new UsageError(`--format must be text, json or markdown, not "${values.format}"`);
  if (positionals.length > 1) throw new UsageError("report takes one library folder");
  const root = (positionals[0] ?? "content").replace(/\/+$/, "");
  const {
    library,
    notes = [],
    problems,
  } = checkLibrary(await readLibraryFiles(root), {
    asOf: asOfOption(undefined),
  });
  if (!library) {
    console.error(
      `The library in ${root}/ cannot be read as a whole, so no report was made. Fix these first:\n`,
    );
    console.error(formatText(problems, root));
    return 1;
  }
  const owners = notesByOwner(
    summarizeNotes(
      notes.map((entry) => entry.note),
      library.sheets,
    ),
  );
  if (format === "json")
    console.log(JSON.stringify({ root, notes: notes.length, owners }, null, 2));
  else
    console.log(
      format === "markdown"
        ? formatNotesMarkdown(owners, notes.length, root)
        : formatNotesText(owners, notes.length, root),
    );
  return 0;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
