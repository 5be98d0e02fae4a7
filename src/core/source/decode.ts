import { fileProblem, type Position, type Problem } from "../problem.ts";

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * The largest library file read: typical sheets are under 10 kB. Beyond this, every rule's time
 * and memory would grow with a file nobody can review; it is refused before it is even decoded.
 */
const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * Control characters other than tab and newline (C0, DEL, C1: a raw ESC, a U+0085 pasted from an
 * e-mail). No editor shows them, YAML refuses most of them, and a page would carry them unseen.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/**
 * Decodes a file as UTF-8 (a BOM is accepted and dropped) and normalises its line endings (CRLF and
 * a lone CR become LF): every reader of the library, the checker and the build alike, gets this text.
 */
export function decodeSource(
  file: string,
  bytes: Uint8Array,
): { text: string } | { problem: Problem } {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return {
      problem: fileProblem(file, {
        message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, more than the 1 MB a library file may hold`,
        hint: "Shorten it: a sheet is read between two calls. Link to long documents as evidence instead.",
        rule: "file-size",
      }),
    };
  }
  let text: string;
  try {
    text = strict.decode(bytes).replace(/\r\n?/g, "\n");
  } catch {
    // The lenient decoder marks each invalid byte with U+FFFD, which tells us the line.
    const marked = lenient.decode(bytes);
    return {
      problem: {
        severity: "error",
        file,
        ...positionOf(marked, marked.indexOf("\uFFFD")),
        field: "",
        message: "the file is not valid UTF-8 text",
        hint: "Save the file with UTF-8 encoding (most editors: File › Save with encoding › UTF-8).",
        rule: "encoding",
      },
    };
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return {
      problem: {
        severity: "error",
        file,
        ...positionOf(text, control.index),
        field: "",
        message: `the file holds an invisible control character (U+${code})`,
        hint: "Delete it (it often comes with text pasted from an e-mail or a terminal): retype the word it stands in.",
        rule: "encoding",
      },
    };
  }
  return { text };
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, Math.max(0, offset));
  return { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
}
