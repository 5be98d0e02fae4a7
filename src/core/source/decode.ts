import { fileProblem, type Problem } from "../problem.ts";

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * The largest library file read: typical sheets are under 10 kB. Beyond this, every rule's time
 * and memory would grow with a file nobody can review; it is refused before it is even decoded.
 */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Decodes a file as UTF-8 (a BOM is accepted and dropped) and normalises CRLF line endings. */
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
  try {
    return { text: strict.decode(bytes).replace(/\r\n?/g, "\n") };
  } catch {
    // The lenient decoder marks each invalid byte with U+FFFD, which tells us the line.
    const text = lenient.decode(bytes);
    const before = text.slice(0, Math.max(0, text.indexOf("\uFFFD")));
    const line = before.split("\n").length;
    return {
      problem: {
        severity: "error",
        file,
        line,
        column: before.length - before.lastIndexOf("\n"),
        field: "",
        message: "the file is not valid UTF-8 text",
        hint: "Save the file with UTF-8 encoding (most editors: File › Save with encoding › UTF-8).",
        rule: "encoding",
      },
    };
  }
}
