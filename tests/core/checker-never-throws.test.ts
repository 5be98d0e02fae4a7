/**
 * Whatever a marketer's editor leaves in a file, the checker answers with structured problems:
 * it never throws. Valid fixture files are mutated at random and the whole library is checked.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkLibrary } from "../../src/core/check.ts";
import type { SourceFile } from "../../src/core/source/file.ts";
import { AS_OF, POLICY, text, validLibrary, withFile } from "./fixture-library.ts";

const base = validLibrary();
const PATHS = base.map((file) => file.path);

/** Values of the wrong type, or of no type at all, for any field. */
const WRONG_VALUES = [
  "42",
  "-1",
  "0",
  "1e400",
  ".nan",
  "true",
  "null",
  "~",
  '""',
  "[]",
  "{}",
  "[1, [2]]",
  "{ a: { b: c } }",
  "2026-13-45",
  "x@",
  "- a\n- b",
  "|\n  text",
  "&anchor x",
  "*alias",
  "!!binary AAAA",
  "!custom x",
];
const YAML_GARBAGE = [..."-:[]{}&*!|>'\"%@`#,?~\t\n ", "---", "\n---\n", "<<: *a", "{{", "}}"];

type Mutation =
  | { kind: "drop-line" | "duplicate-line" | "truncate"; at: number }
  | { kind: "wrong-type" | "insert"; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("drop-line", "duplicate-line", "truncate"), at: fc.nat() }),
  fc.record({
    kind: fc.constant("wrong-type"),
    at: fc.nat(),
    text: fc.constantFrom(...WRONG_VALUES),
  }),
  fc.record({ kind: fc.constant("insert"), at: fc.nat(), text: fc.constantFrom(...YAML_GARBAGE) }),
  fc.record({
    kind: fc.constant("insert"),
    at: fc.nat(),
    text: fc.string({ unit: "binary", minLength: 1, maxLength: 8 }),
  }),
);

function mutate(source: string, change: Mutation): string {
  const lines = source.split("\n");
  const line = change.at % lines.length;
  switch (change.kind) {
    case "drop-line":
      return lines.filter((_, index) => index !== line).join("\n");
    case "duplicate-line":
      return lines.flatMap((each, index) => (index === line ? [each, each] : [each])).join("\n");
    case "truncate":
      return source.slice(0, change.at % (source.length + 1));
    case "wrong-type":
      // Replace the value of a `key: value` line, or the whole line if it has none.
      lines[line] = /^(\s*-?\s*[\w{ ]+:)\s/.test(lines[line]!)
        ? lines[line]!.replace(/^(\s*-?\s*[\w{ ]+:)\s.*$/, `$1 ${change.text}`)
        : change.text;
      return lines.join("\n");
    case "insert": {
      const at = change.at % (source.length + 1);
      return source.slice(0, at) + change.text + source.slice(at);
    }
  }
}

/** How the bytes are written: a BOM, CRLF line endings, a byte that is not UTF-8. */
interface Written {
  bom: boolean;
  crlf: boolean;
  badByteAt: number | null;
}

const encoding: fc.Arbitrary<Written> = fc.record({
  bom: fc.boolean(),
  crlf: fc.boolean(),
  // Mostly valid UTF-8, so that the mutations above reach the YAML and the rules.
  badByteAt: fc.oneof(
    { arbitrary: fc.constant(null), weight: 9 },
    { arbitrary: fc.nat(), weight: 1 },
  ),
});

function encode(source: string, { bom, crlf, badByteAt }: Written): Uint8Array {
  const bytes = new TextEncoder().encode(
    `${bom ? "\uFEFF" : ""}${crlf ? source.replace(/\n/g, "\r\n") : source}`,
  );
  if (badByteAt === null) return bytes;
  const at = badByteAt % (bytes.length + 1);
  return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
}

const mutatedLibrary: fc.Arbitrary<SourceFile[]> = fc
  .tuple(fc.constantFrom(...PATHS), fc.array(mutation, { minLength: 1, maxLength: 4 }), encoding)
  .map(([path, changes, written]) =>
    withFile(base, path, encode(changes.reduce(mutate, text(base, path)), written)),
  );

describe("checkLibrary on randomly broken files", () => {
  // 300 runs take about a second; the margin is for a busy machine.
  it(
    "never throws, and reports every problem with a file, a real position, a message and a hint",
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(mutatedLibrary, (files) => {
          const { problems } = checkLibrary(files, { asOf: AS_OF });
          for (const problem of problems) {
            expect(["error", "warning"]).toContain(problem.severity);
            expect(PATHS).toContain(problem.file);
            expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
            expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
            expect(typeof problem.field).toBe("string");
            expect(problem.message.trim()).not.toBe("");
            expect(problem.hint.trim()).not.toBe("");
            expect(problem.rule).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it("can tell a mutated file from a valid one (the mutations do reach the checker)", () => {
    const broken = withFile(
      base,
      POLICY,
      text(base, POLICY).replace("currency: EUR", "currency: 42"),
    );

    expect(checkLibrary(broken, { asOf: AS_OF }).problems).toHaveLength(1);
  });
});
