import type { SourceFile } from "../source/file.ts";
import { fileProblem, type Problem } from "../problem.ts";
import { validateSchema } from "../rules/schema.ts";
import { readYamlFile } from "../source/read.ts";
import type { LocatedYaml } from "../source/yaml.ts";
import { FieldNoteSchema, type FieldNote } from "./schema.ts";

export const FIELD_NOTES_DIR = "field-notes/";
const NOTE_FILE = /^field-notes\/[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;

export interface FieldNoteEntry {
  file: string;
  note: FieldNote;
  locate: LocatedYaml["locate"];
}

/** Reads and validates every file under `field-notes/`, each on its own. */
export function readFieldNotes(
  files: readonly SourceFile[],
  problems: Problem[],
): FieldNoteEntry[] {
  const notes: FieldNoteEntry[] = [];
  for (const file of files.filter((candidate) => candidate.path.startsWith(FIELD_NOTES_DIR))) {
    if (!NOTE_FILE.test(file.path)) {
      problems.push(unexpectedFile(file.path));
      continue;
    }
    const yaml = readYamlFile(file);
    if ("problems" in yaml) {
      problems.push(...yaml.problems);
      continue;
    }
    const { value, problems: found } = validateSchema(FieldNoteSchema, yaml, file.path);
    problems.push(...found.map(oneNotePerFile));
    if (value) notes.push({ file: file.path, note: value, locate: yaml.locate });
  }
  return notes.sort((a, b) => a.file.localeCompare(b.file));
}

/** A list of notes in one file is the likeliest shape mistake: say how to split it. */
function oneNotePerFile(problem: Problem): Problem {
  if (problem.field !== "" || !problem.message.endsWith("not a list")) return problem;
  return {
    ...problem,
    message: "must be one note (a group of fields), not a list",
    hint: 'Write one note per file, its fields as `key: value` lines without a leading "- ".',
  };
}

function unexpectedFile(path: string): Problem {
  return fileProblem(path, {
    message: "this file is not where field notes are read from",
    hint: "A field note is one file field-notes/<name>.yaml, named in lowercase letters, digits and hyphens (e.g. 2026-11-29-signal-analytics-uptime.yaml).",
    rule: "field-note-file",
  });
}
