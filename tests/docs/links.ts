// Finds dead links in Markdown: a relative link to a file that is not there, or to an #anchor no
// heading of the target has. Anchors are GitHub's: each heading's slug (github-slugger), with -1,
// -2… for repeats, as github.com renders README.md and docs/.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import GithubSlugger from "github-slugger";

export interface DeadLink {
  /** The file holding the link, as given. */
  file: string;
  line: number;
  target: string;
  why: string;
}

/** Markdown outside fenced code blocks, line by line; a fence's lines are blank (numbers are kept). */
function proseLines(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split("\n").map((line) => {
    const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      return "";
    }
    if (opening) {
      fence = opening;
      return "";
    }
    return line;
  });
}

/** The anchors GitHub gives the headings of `markdown`. */
export function anchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const found = new Set<string>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    // GitHub slugs the heading's text: a link's words, without its address.
    found.add(slugger.slug(heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")));
  }
  return found;
}

/** `[text](target)` and `![alt](target)` outside code, with their line numbers. */
function links(markdown: string): { line: number; target: string }[] {
  return proseLines(markdown).flatMap((text, index) =>
    [...text.replace(/`[^`]*`/g, "").matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(
      ([, target]) => ({ line: index + 1, target: target! }),
    ),
  );
}

/**
 * The dead links of `file` (relative to `root`): links to other sites and mail addresses are not
 * followed; every other link must name a file that exists, and its #anchor a heading of that file.
 */
export function deadLinks(root: string, file: string): DeadLink[] {
  const markdown = readFileSync(join(root, file), "utf8");
  const dead: DeadLink[] = [];
  for (const { line, target } of links(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const [path = "", anchor] = target.split("#");
    const targetFile = path === "" ? file : normalize(join(dirname(file), decodeURI(path)));
    if (!existsSync(join(root, targetFile))) {
      dead.push({ file, line, target, why: `${targetFile} does not exist` });
      continue;
    }
    if (anchor === undefined || !targetFile.endsWith(".md")) continue;
    if (!anchors(readFileSync(join(root, targetFile), "utf8")).has(anchor))
      dead.push({ file, line, target, why: `${targetFile} has no heading #${anchor}` });
  }
  return dead;
}
