// The property of the one reader: on a library with random damage of the kinds the checker and the
// build once read differently (symbolic links, encodings, line endings, control characters, YAML
// tags), `npm run check` and `npm run build` either both accept it, or both refuse it naming the
// same files; neither ever crashes. Each run is a real build, so the runs are few.
import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SourceFile } from "../../src/core/source/file.ts";
import { runCli, STACK_LINE } from "../cli/run-cli.ts";
import {
  ANALYTICS,
  AS_OF,
  MONITORING,
  POLICY,
  validLibrary,
  withFile,
  writeLibrary,
} from "../core/fixture-library.ts";
import { npmBuild } from "./npm-build.ts";

const FILES = [POLICY, ANALYTICS, MONITORING] as const;

type Damage =
  | { kind: "link"; target: "sheet" | "folder" }
  | { kind: "line-endings"; file: string; ending: "\r\n" | "\r" }
  | { kind: "bom"; file: string }
  | { kind: "latin-1"; file: string }
  | { kind: "control"; file: string; line: number; character: string }
  | { kind: "tag"; file: string; line: number; tag: string };

const file = fc.constantFrom(...FILES);
const line = fc.nat({ max: 40 });
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("link"), target: fc.constantFrom("sheet", "folder") }),
  fc.record({ kind: fc.constant("line-endings"), file, ending: fc.constantFrom("\r\n", "\r") }),
  fc.record({ kind: fc.constant("bom"), file }),
  fc.record({ kind: fc.constant("latin-1"), file }),
  fc.record({
    kind: fc.constant("control"),
    file,
    line,
    character: fc.constantFrom("\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009B"),
  }),
  fc.record({ kind: fc.constant("tag"), file, line, tag: fc.constantFrom("!!str", "!custom") }),
) as fc.Arbitrary<Damage>;

const work = mkdtempSync(join(tmpdir(), "fieldguide-agreement-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the valid library with its damage applied, links included, and returns its folder. */
function damagedLibrary(damages: readonly Damage[], run: number): string {
  const library = join(work, `library-${run}`);
  let files: SourceFile[] = validLibrary();
  const texts = new Map<string, string>(
    files.map((source) => [source.path, new TextDecoder().decode(source.bytes)]),
  );
  const onLine = (path: string, index: number, change: (text: string) => string) => {
    const lines = texts.get(path)!.split("\n");
    const at = index % lines.length;
    lines[at] = change(lines[at]!);
    texts.set(path, lines.join("\n"));
  };
  const bytes = new Map<string, (text: string) => Uint8Array>();
  for (const item of damages) {
    if (item.kind === "control") onLine(item.file, item.line, (text) => `${text}${item.character}`);
    if (item.kind === "tag") {
      onLine(item.file, item.line, (text) =>
        text.replace(/^(\s*[\w-]+: )(?=\S)/, `$1${item.tag} `),
      );
    }
    if (item.kind === "line-endings") {
      texts.set(item.file, texts.get(item.file)!.replace(/\r?\n/g, item.ending));
    }
    if (item.kind === "bom" || item.kind === "latin-1") {
      const previous = bytes.get(item.file);
      bytes.set(item.file, (text) => {
        const encoded = previous?.(text) ?? new TextEncoder().encode(text);
        // A BOM before the text, or a last line saved as Latin-1 ("Café"): not UTF-8.
        return item.kind === "bom"
          ? new Uint8Array([0xef, 0xbb, 0xbf, ...encoded])
          : new Uint8Array([...encoded, 0x43, 0x61, 0x66, 0xe9, 0x0a]);
      });
    }
  }
  for (const [path, content] of texts) {
    files = withFile(files, path, bytes.get(path)?.(content) ?? content);
  }
  writeLibrary(files, library);
  // The same link drawn twice is one link: a second would not be more damage, only EEXIST.
  const targets = new Set(damages.flatMap((item) => (item.kind === "link" ? [item.target] : [])));
  const outside = join(work, `outside-${run}`);
  if (targets.size > 0) writeLibrary(validLibrary(), outside);
  for (const target of targets) {
    if (target === "sheet") {
      symlinkSync(join(outside, ANALYTICS), join(library, "products/linked.mdx"));
    } else {
      mkdirSync(join(outside, "notes"), { recursive: true });
      symlinkSync(join(outside, "notes"), join(library, "field-notes"));
    }
  }
  return library;
}

/** The library files an output names in its problem lines. */
function namedFiles(output: string, library: string): string[] {
  const named = new Set<string>();
  for (const [, path] of output.matchAll(/^(\S+?):\d+:\d+ {2}/gm)) {
    if (path!.startsWith(`${library}/`)) named.add(path!.slice(library.length + 1));
  }
  return [...named].sort();
}

describe("the checker and the build on randomly damaged libraries", { timeout: 600_000 }, () => {
  it("both accept, or both refuse naming the same files; never a stack trace", () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        run += 1;
        const library = damagedLibrary(damages, run);
        const check = runCli(["check", library, "--as-of", AS_OF]);
        const build = npmBuild(library, join(work, `dist-${run}`));
        const checkOutput = `${check.stdout}${check.stderr}`;

        expect(checkOutput).not.toMatch(STACK_LINE);
        expect(build.output).not.toMatch(STACK_LINE);
        expect(build.status).toBe(check.status);
        expect(namedFiles(build.output, library)).toEqual(namedFiles(checkOutput, library));
      }),
      // Each run builds a site (tens of seconds on a shared machine): a few, a new draw each time.
      { numRuns: 4 },
    );
  });
});
