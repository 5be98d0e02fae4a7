import matter from "gray-matter";
import type { Problem } from "../problem.ts";
import { parseYamlValues } from "./yaml-values.ts";
import type { LocatedYaml } from "./yaml.ts";

export interface SheetSource {
  frontmatter: LocatedYaml;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/m;
/** Exactly `---` on the first line: gray-matter would read `---js` as JavaScript and eval it. */
const OPENING_FENCE = /^---[ \t]*(?:\n|$)/;

/** Splits an MDX file into located frontmatter and body; `text` is decoded, with `\n` line endings. */
export function parseSheetSource(
  file: string,
  text: string,
): SheetSource | { problems: Problem[] } {
  const problem = (line: number, message: string, hint: string): { problems: Problem[] } => ({
    problems: [
      { severity: "error", file, line, column: 1, field: "", message, hint, rule: "frontmatter" },
    ],
  });
  if (text.trim() === "") {
    return problem(
      1,
      "the file is empty",
      'Start from a template: npm run new -- product "Product name".',
    );
  }
  if (!text.startsWith("---")) {
    return problem(
      1,
      "the file does not start with a frontmatter block",
      "The first line must be --- , followed by the fields, and another --- line before the talk track.",
    );
  }
  if (!OPENING_FENCE.test(text)) {
    return problem(
      1,
      "the first line must be exactly ---",
      "Remove anything after --- on the first line: the fields go on the lines below it.",
    );
  }
  if (!text.includes("\n") || !FENCE.test(text.slice(text.indexOf("\n") + 1))) {
    return problem(
      1,
      "the frontmatter block is never closed",
      "Add a line with only --- after the last field.",
    );
  }

  // Stays undefined when gray-matter finds nothing but blank or comment lines to parse.
  let located = undefined as LocatedYaml | { problems: Problem[] } | undefined;
  const parsed = matter(text, {
    engines: {
      // gray-matter hands over the YAML starting with the newline that ends the fence line,
      // so YAML line numbers are already file line numbers.
      yaml: (source: string) => {
        located = parseYamlValues(source, file);
        return {};
      },
    },
  });
  if (located !== undefined && "problems" in located) return located;
  if (located?.data === null || located?.data === undefined) {
    return problem(2, "the frontmatter is empty", "Fill in the fields between the two --- lines.");
  }
  const bodyOffset = text.length - parsed.content.length;
  return {
    frontmatter: located,
    body: parsed.content,
    bodyLine: text.slice(0, bodyOffset).split("\n").length,
  };
}
