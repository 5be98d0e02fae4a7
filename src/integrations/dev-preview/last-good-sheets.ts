import { join } from "node:path";
import type { Plugin } from "vite";
import { decodeSource, readMdxFile } from "../../core/source/index.ts";
import { readTalkTrack, type TalkTrackKind } from "../../core/text/index.ts";
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
      // Read as the checker reads it (decoding, line endings, control characters), so a sheet the
      // check refuses is never the one rendered.
      const bytes = new TextEncoder().encode(code);
      const source = readMdxFile({ path: id, bytes });
      if (!("problems" in source) && readTalkTrack(source.body, kind).problems.length === 0) {
        lastGood.set(id, code);
        return null;
      }
      // Never readable since the server started: render the talk track alone, if it can be read.
      return lastGood.get(id) ?? `---\n---\n${readableTalkTrack(id, bytes, kind)}`;
    },
  };
}

/** The talk track below a frontmatter that cannot be read, or nothing if the check refuses it. */
function readableTalkTrack(id: string, bytes: Uint8Array, kind: TalkTrackKind): string {
  const decoded = decodeSource(id, bytes);
  if ("problem" in decoded) return "";
  const body = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(decoded.text)?.[1] ?? "";
  return readTalkTrack(body, kind).problems.length === 0 ? body : "";
}
