import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Position, Problem } from "../problem.ts";

/** Parsed YAML that still knows where each key and value stands in its file. */
export interface LocatedYaml {
  data: unknown;
  /** Where the value (or, for a missing key, the nearest existing parent) at `path` starts. */
  locate(path: readonly PropertyKey[], which?: "key" | "value"): Position;
}

export interface YamlOptions {
  file: string;
  /** Number of file lines before the YAML source (frontmatter starts after its fence). */
  lineOffset?: number;
}

/** Aliases make a small file expand into a huge object (the "billion laughs"); real content needs few. */
const MAX_ALIASES = 50;

export function parseYaml(source: string, { file, lineOffset = 0 }: YamlOptions): LocatedYaml | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        severity: "error",
        file,
        ...position(error.pos[0]),
        field: "",
        message: `the YAML cannot be read: ${firstSentence(error.message)}`,
        hint: yamlHint(error.code),
        rule: "yaml",
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return {
      problems: [
        {
          severity: "error",
          file,
          line: 1 + lineOffset,
          column: 1,
          field: "",
          message: `the YAML cannot be read: ${firstSentence(error instanceof Error ? error.message : String(error))}`,
          hint: "Write the values out instead of using YAML anchors and aliases (& and *).",
          rule: "yaml",
        },
      ],
    };
  }
  return {
    data,
    locate: (path, which = "key") => position(locateOffset(doc, path, which)),
  };
}

function locateOffset(doc: Document, path: readonly PropertyKey[], which: "key" | "value"): number {
  let node: unknown = doc.contents;
  let offset = nodeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) return offset;
      const keyStart = nodeStart(pair.key);
      const valueStart = nodeStart(pair.value);
      offset = (isLast && which === "key" ? keyStart : (valueStart ?? keyStart)) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) return offset;
      offset = nodeStart(item) ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function nodeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

function firstSentence(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

function yamlHint(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "Each field may appear only once: remove or merge the repeated one.";
    case "TAB_AS_INDENT":
      return "Indent with spaces, not tabs.";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "Check the indentation and that every `key:` has a colon and a space after it.";
    default:
      return 'Check the YAML syntax near this line: indentation, colons, and quotes around text that contains ":" or "#".';
  }
}
