import { join } from "node:path";
import type { Plugin } from "vite";
import { parseSheetSource } from "../../core/source/frontmatter.ts";
import { readTalkTrack } from "../../core/text/mdx.ts";
import { insideFolder } from "./library-path.ts";

/**
 * While a sheet cannot be read (a YAML slip mid-edit) or its talk track is one the check refuses (an
 * MDX syntax error, an element it does not allow), hands the MDX compiler the sheet as it last could
 * be read, so the page keeps rendering instead of Astro's error page with a stack trace. The problem
 * itself is shown by the dev preview's check, with file and line. Only a talk track that shows an
 * image from a file of the library is compiled (src/site/library-loader.ts).
 */
export function lastGoodSheets(contentDir: string): Plugin {
  const inLibrary = insideFolder(contentDir);
  const inOnboarding = insideFolder(join(contentDir, "onboarding"));
  const lastGood = new Map<string, string>();
  return {
    name: "fieldguide:last-good-sheets",
    // Before @astrojs/mdx, which is also "pre" and would throw on the frontmatter.
    enforce: "pre",
    apply: "serve",
    transform(code, id) {
      if (!id.endsWith(".mdx") || !inLibrary(id)) return null;
      const kind = inOnboarding(id) ? "an onboarding step" : "a product sheet";
      const source = parseSheetSource(id, code.replace(/\r\n?/g, "\n"));
      if (!("problems" in source) && readTalkTrack(source.body, kind).problems.length === 0) {
        lastGood.set(id, code);
        return null;
      }
      // Never readable since the server started: render the talk track alone, if it can be read.
      const body = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(code)?.[1] ?? "";
      const readable = readTalkTrack(body.replace(/\r\n?/g, "\n"), kind).problems.length === 0;
      return lastGood.get(id) ?? `---\n---\n${readable ? body : ""}`;
    },
  };
}
