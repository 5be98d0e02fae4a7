import type { Problem } from "../problem.ts";
import { parseFrontmatterYaml } from "./frontmatter-yaml.ts";
import type { LocatedYaml } from "./yaml.ts";

export interface SheetSource {
  frontmatter: LocatedYaml;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/m;
/** Exactly `---` on the first line: anything after it (`---js`, `---json`) would name another language. */
const OPENING_FENCE = /^---[ \t]*(?:\n|$)/;
/** Like Astro's MDX loader and gray-matter, the block ends at the first line starting with ---. */
const CLOSING_FENCE = "\n---";

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

  // From the end of the opening fence: the YAML's first line is the rest of the fence line, so YAML
  // line numbers are already file line numbers.
  const close = text.indexOf(CLOSING_FENCE, "---".length);
  const source = text.slice("---".length, close);
  if (!onlyBlankOrComments(source)) {
    const frontmatter = parseFrontmatterYaml(source, file);
    if ("problems" in frontmatter) return frontmatter;
    if (frontmatter.data !== null && frontmatter.data !== undefined) {
      const afterFence = close + CLOSING_FENCE.length;
      const bodyOffset = text[afterFence] === "\n" ? afterFence + 1 : afterFence;
      return {
        frontmatter,
        body: text.slice(bodyOffset),
        bodyLine: text.slice(0, bodyOffset).split("\n").length,
      };
    }
  }
  return problem(2, "the frontmatter is empty", "Fill in the fields between the two --- lines.");
}

/** Nothing but blank lines and # comments: an empty block, whatever a YAML parser makes of it. */
function onlyBlankOrComments(source: string): boolean {
  const first = source.search(/\S/);
  // The first character that is not white space outlives the removal of comments, unless it is #.
  if (first !== -1 && source[first] !== "#") return false;
  return source.replace(/^\s*#[^\n]+/gm, "").trim() === "";
}
