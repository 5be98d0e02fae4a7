/**
 * Test libraries built from tests/fixtures: the valid base, each invalid case laid over it, and
 * small in-memory edits, so every test states only what differs from a library that passes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { checkLibrary, type CheckResult } from "../../src/core/check.ts";
import type { SourceFile } from "../../src/core/source/file.ts";
import type { Library, SheetEntry } from "../../src/core/source/library.ts";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");
export const VALID_LIBRARY = join(FIXTURES, "valid-library");
export const INVALID_CASES = join(FIXTURES, "invalid");

/** "Today" for every dated rule in the tests: the fixtures are written against it. */
export const AS_OF = "2026-12-01";

export const POLICY = "policy.yaml";
export const ANALYTICS = "products/analytics.mdx";
export const MONITORING = "products/monitoring.mdx";

/** A case folder removes a base file with an empty `<path>.removed` marker. */
const REMOVED = ".removed";

/** Every file under `root`, with POSIX paths relative to it, sorted by path. */
export function readFolder(root: string): SourceFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return {
        path: relative(root, path).split(sep).join("/"),
        bytes: new Uint8Array(readFileSync(path)),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function validLibrary(): SourceFile[] {
  return readFolder(VALID_LIBRARY);
}

export function invalidCaseNames(): string[] {
  return readdirSync(INVALID_CASES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The valid library with one invalid case's files laid over it. */
export function caseLibrary(name: string): SourceFile[] {
  const files = new Map(validLibrary().map((file) => [file.path, file]));
  for (const file of readFolder(join(INVALID_CASES, name))) {
    if (file.path.endsWith(REMOVED)) files.delete(file.path.slice(0, -REMOVED.length));
    else files.set(file.path, file);
  }
  return [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export function text(files: readonly SourceFile[], path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path} in the test library`);
  return new TextDecoder().decode(file.bytes);
}

/** The library with `path` replaced by `content` (added if it is new). */
export function withFile(
  files: readonly SourceFile[],
  path: string,
  content: string | Uint8Array,
): SourceFile[] {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return [...files.filter((file) => file.path !== path), { path, bytes }].sort((a, b) =>
    a.path.localeCompare(b.path),
  );
}

/** The library with one exact piece of text in `path` replaced; fails loudly if it is not there. */
export function edit(
  files: readonly SourceFile[],
  path: string,
  from: string,
  to: string,
): SourceFile[] {
  const before = text(files, path);
  if (!before.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  return withFile(files, path, before.replace(from, to));
}

export function check(files: readonly SourceFile[], asOf = AS_OF): CheckResult {
  return checkLibrary(files, { asOf });
}

/** The validated library, for calling one rule directly; fails if the edit broke a schema. */
export function libraryOf(files: readonly SourceFile[]): Library {
  const { library, problems } = check(files);
  if (!library)
    throw new Error(`the test library does not validate: ${JSON.stringify(problems, null, 2)}`);
  return library;
}

export function sheetOf(library: Library, path: string): SheetEntry {
  const sheet = library.sheets.find((candidate) => candidate.file === path);
  if (!sheet) throw new Error(`no sheet ${path}`);
  return sheet;
}

/** Writes a library to disk, for running the real CLI on it. */
export function writeLibrary(files: readonly SourceFile[], root: string): void {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.bytes);
  }
}
