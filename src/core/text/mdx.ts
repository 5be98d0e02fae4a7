import { mdxToMdast } from "satteri";

/**
 * A talk track read the way the build reads it: parsed by satteri, the MDX compiler @astrojs/mdx
 * runs, so text, link addresses and attribute values are decoded exactly as they will render.
 * What it may hold is an allow-list: Markdown, `<Claim id>` and `<DontSay>`, and links to the
 * addresses in SAFE_PROTOCOLS. Everything else is a problem at the offset where it was written.
 */
export interface TalkTrack {
  /** Each block's text as a reader sees it, outside `<DontSay>`. */
  spoken: SpokenRun[];
  claims: { id: string; offset: number }[];
  problems: TalkTrackProblem[];
}

interface SpokenRun {
  text: string;
  /** Where character `offset` of `text` was written in the talk track. */
  origin(offset: number): number;
}

/** A node's text within a run: where it starts in the run, and where it was written. */
interface Piece {
  at: number;
  start: number;
  value: string;
}

export interface TalkTrackProblem {
  offset: number;
  /** Set when the parser gave a line and column instead of an offset (a syntax error). */
  line?: number;
  column?: number;
  message: string;
  hint: string;
}

/** The only components a talk track may use, and the attributes each may have. */
const BODY_COMPONENTS = { Claim: ["id"], DontSay: [] } as const satisfies Record<
  string,
  readonly string[]
>;

/** The URL schemes a link or image may use once decoded; relative addresses resolve to https:. */
const SAFE_PROTOCOLS = ["https:", "http:", "mailto:", "tel:"] as const;

/** Markdown's own nodes (CommonMark and GFM, as satteri builds them): nothing here runs code. */
const MARKDOWN_NODES = new Set([
  "root",
  "paragraph",
  "heading",
  "thematicBreak",
  "blockquote",
  "list",
  "listItem",
  "table",
  "tableRow",
  "tableCell",
  "code",
  "inlineCode",
  "emphasis",
  "strong",
  "delete",
  "break",
  "text",
  "link",
  "image",
  "linkReference",
  "imageReference",
  "definition",
  "footnoteReference",
  "footnoteDefinition",
]);

/** Where a talk track is, for messages: "a product sheet" or "an onboarding step". */
export type TalkTrackKind = "a product sheet" | "an onboarding step";

interface Node {
  type: string;
  position?: { start: { offset?: number } };
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  /** A link's, image's or definition's title: shown as a tooltip and read by screen readers. */
  title?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** The base relative addresses are resolved against, to judge them like a browser would. */
const BASE = "https://fieldguide.invalid/";

/** Why a link address may not be on a page, or undefined if it may. */
export function unsafeUrl(url: string): string | undefined {
  let protocol: string;
  try {
    protocol = new URL(url, BASE).protocol;
  } catch {
    return `"${url}" is not a valid address`;
  }
  return (SAFE_PROTOCOLS as readonly string[]).includes(protocol)
    ? undefined
    : `${protocol} links are not allowed`;
}

/**
 * A talk track as satteri is given it. satteri aborts the whole process (a Rust panic, not an
 * exception) on an import/export line whose string ends the input in a backslash (`export '\`); a
 * final line break avoids it and moves no position.
 */
export function satteriInput(body: string): string {
  return `${body}\n`;
}

export function readTalkTrack(body: string, kind: TalkTrackKind): TalkTrack {
  const track: TalkTrack = { spoken: [], claims: [], problems: [] };
  let root: Node;
  try {
    root = mdxToMdast(satteriInput(body)) as Node;
  } catch (error) {
    track.problems.push(syntaxProblem(body, error, kind));
    return track;
  }
  const only = `Use Markdown, <Claim id="…"/> and <DontSay>…</DontSay> only`;
  const problem = (node: Node, message: string, hint: string) =>
    track.problems.push({ offset: offsetOf(node), message, hint });

  let text = "";
  let pieces: Piece[] = [];
  const endRun = () => {
    if (text.trim() !== "") track.spoken.push(spokenRun(body, text, pieces));
    text = "";
    pieces = [];
  };
  const speak = (value: string, node: Node) => {
    pieces.push({ at: text.length, start: offsetOf(node), value });
    text += value;
  };

  const visit = (node: Node, quoted: boolean): void => {
    switch (node.type) {
      case "mdxjsEsm": {
        const statement = /^\s*(import|export)\b/.exec(node.value ?? "")?.[1] ?? "import";
        problem(
          node,
          `"${statement}" statements are not allowed in ${kind}`,
          "Remove the line: <Claim> and <DontSay> are available without importing anything.",
        );
        return;
      }
      case "mdxFlowExpression":
      case "mdxTextExpression":
        problem(
          node,
          `{ } expressions are not allowed in ${kind}`,
          "Write the text out, or escape the brace as \\{.",
        );
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        visitElement(node, quoted);
        return;
    }
    if (!MARKDOWN_NODES.has(node.type)) {
      problem(node, `${node.type} is not allowed in ${kind}`, `${only}.`);
      return;
    }
    if (node.url !== undefined) {
      const unsafe = unsafeUrl(node.url);
      if (unsafe) {
        problem(
          node,
          `${unsafe} in ${kind}`,
          `Link to an address starting with ${SAFE_PROTOCOLS.join(" ")} or a relative one.`,
        );
      }
    }
    const block = !isInline(node) && (node.children?.some(isInline) ?? false);
    if (block) endRun();
    if (!quoted) {
      if (node.type === "text" || node.type === "inlineCode") speak(node.value ?? "", node);
      else if (node.type === "code") {
        endRun();
        speak(node.value ?? "", node);
        endRun();
      } else if ((node.type === "image" || node.type === "imageReference") && node.alt) {
        speak(node.alt, node);
      } else if (node.type === "break") speak("\n", node);
      // A title renders as an attribute: a run of its own, leaving the words around it as one.
      if (node.title) {
        const written = body.indexOf(node.title, offsetOf(node));
        const start = written === -1 ? offsetOf(node) : written;
        track.spoken.push(spokenRun(body, node.title, [{ at: 0, start, value: node.title }]));
      }
    }
    for (const child of node.children ?? []) visit(child, quoted);
    if (block) endRun();
  };

  const visitElement = (node: Node, quoted: boolean) => {
    const name = node.name ?? "";
    const allowed = (BODY_COMPONENTS as Record<string, readonly string[]>)[name];
    if (!allowed) {
      const component = /^[A-Z]/.test(name) || name.includes(".");
      problem(
        node,
        component
          ? `<${name}> is not one of the components ${kind} may use`
          : `<${name.toLowerCase()}> is not allowed in ${kind}`,
        component ? `${only}.` : `${only}: write it in Markdown, or remove it.`,
      );
      return;
    }
    for (const attribute of node.attributes ?? []) {
      const ok =
        attribute.type === "mdxJsxAttribute" &&
        allowed.includes(attribute.name ?? "") &&
        typeof attribute.value === "string";
      if (!ok) {
        const what =
          attribute.type === "mdxJsxAttribute"
            ? `the attribute ${attribute.name}${typeof attribute.value === "object" && attribute.value !== null ? "={…}" : ""}`
            : "a { } attribute";
        problem(
          node,
          `${what} is not allowed on <${name}> in ${kind}`,
          allowed.length > 0
            ? `<${name}> takes only ${allowed.map((key) => `${key}="…"`).join(", ")}.`
            : `Write <${name}> without attributes.`,
        );
      }
    }
    // A claim renders as its own block: the words around it do not run into each other.
    endRun();
    if (name === "Claim" && quoted) {
      problem(
        node,
        `<Claim> inside <DontSay> in ${kind}`,
        "Move the <Claim> out of the <DontSay>: an approved claim is never something not to say.",
      );
    }
    if (name === "Claim") {
      const id = node.attributes?.find((attribute) => attribute.name === "id");
      if (typeof id?.value === "string")
        track.claims.push({ id: id.value, offset: offsetOf(node) });
      else if (!id)
        problem(node, `<Claim> without an id in ${kind}`, 'Write <Claim id="the-claim-id" />.');
      if ((node.children?.length ?? 0) > 0)
        problem(
          node,
          `<Claim> holds text in ${kind}`,
          'Write <Claim id="…" /> on its own: it shows the approved wording itself.',
        );
    }
    for (const child of node.children ?? []) visit(child, quoted || name === "DontSay");
    endRun();
  };

  visit(root, false);
  endRun();
  return track;
}

const INLINE = new Set([
  "text",
  "inlineCode",
  "emphasis",
  "strong",
  "delete",
  "break",
  "link",
  "image",
  "linkReference",
  "imageReference",
  "footnoteReference",
  "mdxJsxTextElement",
  "mdxTextExpression",
]);

function isInline(node: Node): boolean {
  return INLINE.has(node.type);
}

function offsetOf(node: Node): number {
  return node.position?.start.offset ?? 0;
}

const SYNTAX_ERROR = /^(\d+):(\d+): (.*?)(?: \(note: .*\))?(?: \([\w:-]+\))?$/s;

/** A talk track satteri cannot parse: the build would stop with a stack trace, so it is a problem. */
function syntaxProblem(body: string, error: unknown, kind: TalkTrackKind): TalkTrackProblem {
  const text = error instanceof Error ? error.message : String(error);
  const match = SYNTAX_ERROR.exec(text);
  const line = match ? Number(match[1]) : 1;
  const column = match ? Number(match[2]) : 1;
  const lineStart =
    body
      .split("\n")
      .slice(0, line - 1)
      .join("\n").length + (line > 1 ? 1 : 0);
  const offset = lineStart + column - 1;
  const where = { offset, line, column };
  if (body.startsWith("<!--", offset) || /<!--/.test(body.split("\n")[line - 1] ?? "")) {
    return {
      ...where,
      message: `HTML comments (<!-- … -->) are not allowed in ${kind}: MDX cannot read them`,
      hint: "Remove the comment; put notes for reviewers in the pull request, not in the talk track.",
    };
  }
  return {
    ...where,
    // The parser's own "(2:6)" counts from the start of the talk track, not of the file.
    message: `the talk track cannot be read as MDX: ${(match?.[3] ?? text).replace(/ \(\d+:\d+\)/g, "")}`,
    hint: "Close every tag you open, and write a literal < or { as \\< or \\{.",
  };
}

/** Positions are worked out only for the few characters a rule asks about. */
function spokenRun(body: string, text: string, pieces: readonly Piece[]): SpokenRun {
  return {
    text,
    origin: (offset) => {
      const piece = pieces.findLast((candidate) => candidate.at <= offset) ?? pieces[0]!;
      const within = Math.min(offset - piece.at, piece.value.length - 1);
      return alignDecoded(body, piece.start, piece.value)[within] ?? piece.start;
    },
  };
}

/** Character references an MDX text may hold: named, decimal and hexadecimal. */
const REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/**
 * Where each character of `value` (decoded text) was written in `source`, from `start`: a decoded
 * character reference or an escaped character points at its `&` or `\`; indentation and markup
 * the parser dropped are skipped.
 */
function alignDecoded(source: string, start: number, value: string): number[] {
  if (source.startsWith(value, start)) return Array.from(value, (_, i) => start + i);
  const origin: number[] = [];
  let at = start;
  for (const char of value) {
    let found = -1;
    for (let probe = at; probe < source.length && probe <= at + 64; probe++) {
      if (source.startsWith(char, probe)) {
        found = probe;
        break;
      }
      const reference =
        source[probe] === "&" ? REFERENCE.exec(source.slice(probe, probe + 40)) : null;
      if (reference) {
        found = probe;
        at = probe + reference[0].length - char.length;
        break;
      }
    }
    const written = found === -1 ? at : found;
    for (let i = 0; i < char.length; i++) origin.push(written);
    at = Math.max(at, written + char.length);
  }
  return origin;
}
