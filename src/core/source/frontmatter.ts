import matter from "gray-matter";
import type { Problem } from "../problem.ts";
import { parseYaml, type LocatedYaml } from "./yaml.ts";

export interface SheetSource {
  frontmatter: LocatedYaml;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/m;

/** Splits an MDX file into located frontmatter and body; `text` is decoded, with `\n` line endings. */
export function parseSheetSource(file: string, text: string): SheetSource | { problems: Problem[] } {
  const problem = (line: number, message: string, hint: string): { problems: Problem[] } => ({
    problems: [{ severity: "error", file, line, column: 1, field: "", message, hint, rule: "frontmatter" }],
  });
  if (text.trim() === "") {
    return problem(1, "the file is empty", "Start from a template: npm run new -- product \"Product name\".");
  }
  if (!text.startsWith("---")) {
    return problem(
      1,
      "the file does not start with a frontmatter block",
      "The first line must be --- , followed by the fields, and another --- line before the talk track.",
    );
  }
  if (!FENCE.test(text.slice(text.indexOf("\n") + 1))) {
    return problem(1, "the frontmatter block is never closed", "Add a line with only --- after the last field.");
  }

  let located: LocatedYaml | { problems: Problem[] } = { problems: [] };
  const parsed = matter(text, {
    engines: {
      // gray-matter hands over the YAML starting with the newline that ends the fence line,
      // so YAML line numbers are already file line numbers.
      yaml: (source: string) => {
        located = parseYaml(source, { file });
        return {};
      },
    },
  });
  if ("problems" in located) return located;
  if (located.data === null || located.data === undefined) {
    return problem(2, "the frontmatter is empty", "Fill in the fields between the two --- lines.");
  }
  const bodyOffset = text.length - parsed.content.length;
  return {
    frontmatter: located,
    body: parsed.content,
    bodyLine: text.slice(0, bodyOffset).split("\n").length,
  };
}
