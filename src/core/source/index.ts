// source/: reading a library's files (UTF-8, YAML, frontmatter) into the library as read.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { decodeSource } from "./decode.ts";
export type { SourceFile } from "./file.ts";
export type { Library, SheetEntry } from "./library.ts";
export { readMdxFile, readYamlFile } from "./read.ts";
