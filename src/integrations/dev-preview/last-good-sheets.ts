import type { Plugin } from "vite";
import { parseSheetSource } from "../../core/source/frontmatter.ts";
import { insideFolder } from "./library-path.ts";

/**
 * While a sheet's frontmatter cannot be read (a YAML slip mid-edit), hands the MDX compiler the
 * sheet as it last could be read, so the page keeps rendering instead of Astro's error page with a
 * stack trace. The problem itself is shown by the dev preview's check, with file and line. Only a
 * talk track that shows an image from a file of the library is compiled (src/site/body-only.ts).
 */
export function lastGoodSheets(contentDir: string): Plugin {
  const inLibrary = insideFolder(contentDir);
  const lastGood = new Map<string, string>();
  return {
    name: "fieldguide:last-good-sheets",
    // Before @astrojs/mdx, which is also "pre" and would throw on the frontmatter.
    enforce: "pre",
    apply: "serve",
    transform(code, id) {
      if (!id.endsWith(".mdx") || !inLibrary(id)) return null;
      if (!("problems" in parseSheetSource(id, code.replace(/\r\n?/g, "\n")))) {
        lastGood.set(id, code);
        return null;
      }
      // Never readable since the server started: render the talk track alone, if it can be found.
      const body = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(code)?.[1] ?? "";
      return lastGood.get(id) ?? `---\n---\n${body}`;
    },
  };
}
