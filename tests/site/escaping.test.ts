/**
 * Content reaches a page as text, by construction: Astro escapes every {expression} in a template,
 * so the only ways to write markup from content are `set:html` and the DOM's HTML setters. This
 * keeps them out of the pages and islands, except for the one JSON helper, which cannot end its
 * <script> element, and the talk track, whose HTML hast-util-to-html writes from its checked syntax
 * tree, text escaped (tests/core/text/talk-track-parts.test.ts). (The hostile-input corpus holds a
 * library with markup in every field.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scriptJson } from "../../src/site/page-data.ts";

const SRC = join(import.meta.dirname, "..", "..", "src");

function sources(extensions: RegExp): { file: string; text: string }[] {
  return readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((file) => extensions.test(file) && !file.startsWith("core/"))
    .map((file) => ({ file, text: readFileSync(join(SRC, file), "utf8") }));
}

describe("pages, components and islands", () => {
  it("use set:html only to write JSON data through scriptJson, or a talk track's HTML", () => {
    const uses = sources(/\.astro$/).flatMap(({ file, text }) =>
      [...text.matchAll(/set:html=\{([^(}]*)/g)].map(([, call]) => `${file}: ${call}`),
    );
    expect(uses.length).toBeGreaterThan(0);
    const allowed = (use: string) =>
      /: scriptJson$/.test(use) || use === "components/TalkTrack.astro: part";
    expect(uses.filter((use) => !allowed(use))).toEqual([]);
  });

  it("never hand a string to the DOM as HTML", () => {
    const setters =
      /\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML\(|document\.write|createContextualFragment|parseFromString/;
    const found = sources(/\.(astro|ts)$/).filter(({ text }) => setters.test(text));
    expect(found.map(({ file }) => file)).toEqual([]);
  });
});

describe("scriptJson", () => {
  const hostile = {
    claim: "</script><script>window.__pwned = true</script>",
    comment: "<!-- <script>",
    separators: "line\u2028paragraph\u2029end",
  };

  it("cannot close its <script> element or open a comment inside it", () => {
    const written = scriptJson(hostile);
    expect(written).not.toMatch(/<\/script|<!--|<script/i);
  });

  it("reads back exactly as the data it was given", () => {
    expect(JSON.parse(scriptJson(hostile))).toEqual(hostile);
  });
});
