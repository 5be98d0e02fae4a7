import type { Problem } from "../problem.ts";

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/** Decodes a file as UTF-8 (a BOM is accepted and dropped) and normalises CRLF line endings. */
export function decodeSource(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
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
