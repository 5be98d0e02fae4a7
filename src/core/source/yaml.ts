import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from "yaml";
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

export function parseYaml(
  source: string,
  { file, lineOffset = 0 }: YamlOptions,
): LocatedYaml | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
    });
  } catch (error) {
    // Thousands of nested levels exhaust the parser's stack before it can report a position.
    if (error instanceof RangeError) {
      return { problems: [tooDeep(file, { line: 1 + lineOffset, column: 1 })] };
    }
    throw error;
  }
  const position = positionIn(lineCounter, lineOffset);
  if (doc.errors.length > 0) {
    // One mistake often trips several parser errors on the same line: the first one says it best.
    const firstPerLine = new Map<number, Problem>();
    for (const error of doc.errors) {
      const at = position(errorOffset(doc, error));
      if (firstPerLine.has(at.line)) continue;
      if (STACK_EXHAUSTED.test(error.message)) {
        firstPerLine.set(at.line, tooDeep(file, at));
        continue;
      }
      firstPerLine.set(at.line, {
        severity: "error",
        file,
        ...at,
        field: "",
        message: `the YAML cannot be read: ${firstSentence(error.message)}`,
        hint: yamlHint(error),
        rule: "yaml",
      });
    }
    return { problems: [...firstPerLine.values()] };
  }
  const tagged = firstTagged(doc, source);
  if (tagged) {
    return {
      problems: [
        {
          severity: "error",
          file,
          ...position(tagged.offset),
          field: "",
          message: `the YAML tag ${tagged.tag} is not used in the library`,
          hint: "Remove the tag (the word starting with !): put the value in quotes if it must stay text.",
          rule: "yaml",
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof RangeError && STACK_EXHAUSTED.test(error.message)) {
      return { problems: [tooDeep(file, { line: 1 + lineOffset, column: 1 })] };
    }
    return {
      problems: [
        {
          severity: "error",
          file,
          ...position(firstAliasOffset(doc)),
          field: "",
          message: `the YAML cannot be read: ${firstSentence(error instanceof Error ? error.message : String(error))}`,
          hint: "Write the values out instead of using YAML anchors and aliases (& and *).",
          rule: "yaml",
        },
      ],
    };
  }
  return { data, locate: locatorOf(doc, position) };
}

/**
 * A `locate` for YAML that has already been read without error: the located document is built
 * only the first time a position is asked for, since most files never need one.
 */
export function lazyLocator(source: string): LocatedYaml["locate"] {
  let locate: LocatedYaml["locate"] | undefined;
  return (path, which) => {
    if (!locate) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(source, { lineCounter, prettyErrors: false });
      locate = locatorOf(doc, positionIn(lineCounter, 0));
    }
    return locate(path, which);
  };
}

function positionIn(lineCounter: LineCounter, lineOffset: number): (offset: number) => Position {
  return (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
}

function locatorOf(doc: Document, position: (offset: number) => Position): LocatedYaml["locate"] {
  return (path, which = "key") => position(locateOffset(doc, path, which));
}

const STACK_EXHAUSTED = /call stack/i;

/** Real content is a few levels deep; a file nested thousands deep is a mistake or an attack. */
function tooDeep(file: string, at: Position): Problem {
  return {
    severity: "error",
    file,
    ...at,
    field: "",
    message: "the YAML is nested too deeply to be read",
    hint: "Check the indentation and the brackets: fields are never more than a few levels deep.",
    rule: "yaml",
  };
}

function locateOffset(doc: Document, path: readonly PropertyKey[], which: "key" | "value"): number {
  let node: unknown = doc.contents;
  let offset = nodeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
      );
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

/**
 * The first node with a tag written out (`!!binary`, `!secret`): each YAML library reads tags its
 * own way, or refuses them, and no field of the library needs one.
 */
function firstTagged(doc: Document, source: string): { tag: string; offset: number } | undefined {
  let found: { tag: string; offset: number } | undefined;
  visit(doc, (_key, node) => {
    const tag = (node as { tag?: string } | null)?.tag;
    if (!tag) return undefined;
    // The node starts at its value; the tag written before it is the place to fix.
    let offset = Math.max(0, source.lastIndexOf("!", nodeStart(node) ?? 0));
    while (source[offset - 1] === "!") offset -= 1;
    found = { tag: tag.replace(/^tag:yaml\.org,2002:/, "!!"), offset };
    return visit.BREAK;
  });
  return found;
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** An unclosed quote is reported where the text runs out; the quote that opened it is the place to fix. */
function errorOffset(doc: Document, error: YAMLError): number {
  let offset = error.pos[0];
  if (!isUnclosedQuote(error)) return offset;
  visit(doc, {
    Scalar(_key, node) {
      if (node.range?.[1] === error.pos[0]) offset = Math.min(offset, node.range[0]);
    },
  });
  return offset;
}

function isUnclosedQuote(error: YAMLError): boolean {
  return error.code === "MISSING_CHAR" && /closing .?quote/.test(error.message);
}

function yamlHint(error: YAMLError): string {
  if (isUnclosedQuote(error))
    return "Close the quote: a value that starts with a quote must end with the same quote.";
  switch (error.code) {
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
