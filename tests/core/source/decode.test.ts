import { describe, expect, it } from "vitest";
import { decodeSource } from "../../../src/core/source/decode.ts";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(
    Buffer.concat(
      parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))),
    ),
  );

describe("decodeSource", () => {
  it("reads UTF-8 text, including non-ASCII letters", () => {
    expect(decodeSource("policy.yaml", bytes("company: Zürich Ørsted\n"))).toEqual({
      text: "company: Zürich Ørsted\n",
    });
  });

  it("drops a UTF-8 byte order mark", () => {
    expect(decodeSource("policy.yaml", bytes([0xef, 0xbb, 0xbf], "company: X\n"))).toEqual({
      text: "company: X\n",
    });
  });

  it("turns CRLF and lone CR line endings into LF, so lines count the same everywhere", () => {
    expect(decodeSource("policy.yaml", bytes("a: 1\r\nb: 2\rc: 3\r\n"))).toEqual({
      text: "a: 1\nb: 2\nc: 3\n",
    });
  });

  it("reports bytes that are not UTF-8 at the line and column of the first one", () => {
    const latin1 = bytes("---\ntitle: Caf", [0xe9], " cr", [0xe8], "me\n---\n");

    expect(decodeSource("products/cafe.mdx", latin1)).toEqual({
      problem: {
        severity: "error",
        file: "products/cafe.mdx",
        line: 2,
        column: 11,
        field: "",
        message: "the file is not valid UTF-8 text",
        hint: "Save the file with UTF-8 encoding (most editors: File › Save with encoding › UTF-8).",
        rule: "encoding",
      },
    });
  });

  it.each([
    ["a raw ESC", "\u001B", "001B"],
    ["a C1 next-line pasted from an e-mail", "\u0085", "0085"],
    ["a C1 control", "\u009B", "009B"],
    ["a form feed", "\f", "000C"],
    ["a NUL", "\u0000", "0000"],
    ["a DEL", "\u007F", "007F"],
  ])("reports %s at its line and column, by its code", (_case, control, code) => {
    expect(decodeSource("policy.yaml", bytes(`company: X\r\ncurrency: E${control}UR\n`))).toEqual({
      problem: {
        severity: "error",
        file: "policy.yaml",
        line: 2,
        column: 12,
        field: "",
        message: `the file holds an invisible control character (U+${code})`,
        hint: "Delete it (it often comes with text pasted from an e-mail or a terminal): retype the word it stands in.",
        rule: "encoding",
      },
    });
  });

  it("keeps tabs and line endings, which are not control characters to a reader", () => {
    expect(decodeSource("policy.yaml", bytes("a:\t1\rb: 2\n"))).toEqual({ text: "a:\t1\nb: 2\n" });
  });

  it("reports an invalid first byte at line 1, column 1", () => {
    const result = decodeSource("policy.yaml", bytes([0xff], "company: X\n"));

    expect(result).toMatchObject({ problem: { line: 1, column: 1, rule: "encoding" } });
  });

  it("reports a UTF-16 file (as some Windows editors save) instead of misreading it", () => {
    const utf16 = new Uint8Array(Buffer.from("\uFEFFcompany: X\n", "utf16le"));

    expect(decodeSource("policy.yaml", utf16)).toMatchObject({ problem: { rule: "encoding" } });
  });
});
