import { describe, expect, it } from "vitest";
import { lastGoodSheets } from "../../src/integrations/dev-preview/last-good-sheets.ts";

const good = "---\ntitle: Signal Analytics\n---\n\n## Overview\n\nText.\n";
const broken = "---\ntitle: [Signal Analytics\n---\n\n## Overview\n\nNew text.\n";

function transform(plugin: ReturnType<typeof lastGoodSheets>, code: string, id: string) {
  return (plugin.transform as (code: string, id: string) => string | null)(code, id);
}

describe("lastGoodSheets", () => {
  it("passes a readable sheet through and hands back its last readable version while it is broken", () => {
    const plugin = lastGoodSheets("/library");
    expect(transform(plugin, good, "/library/products/a.mdx")).toBeNull();
    expect(transform(plugin, broken, "/library/products/a.mdx")).toBe(good);
  });

  it("renders only the talk track of a sheet that was never readable", () => {
    const plugin = lastGoodSheets("/library");
    expect(transform(plugin, broken, "/library/products/a.mdx")).toBe(
      "---\n---\n\n## Overview\n\nNew text.\n",
    );
  });

  it("hands back the last good version while the talk track is one the check refuses", () => {
    const plugin = lastGoodSheets("/library");
    const unclosed = good.replace("Text.", "Text <DontSay>never closed.");
    expect(transform(plugin, good, "/library/products/a.mdx")).toBeNull();
    expect(transform(plugin, unclosed, "/library/products/a.mdx")).toBe(good);
    expect(transform(lastGoodSheets("/library"), unclosed, "/library/products/b.mdx")).toBe(
      "---\n---\n",
    );
  });

  it("hands back the last good version while the sheet holds a control character the check refuses", () => {
    const plugin = lastGoodSheets("/library");
    const pasted = good.replace("Text.", "Text.\u0085");
    expect(transform(plugin, good, "/library/products/a.mdx")).toBeNull();
    expect(transform(plugin, pasted, "/library/products/a.mdx")).toBe(good);
  });

  it("renders a never-readable CRLF sheet's talk track with the line endings the checker reads", () => {
    const plugin = lastGoodSheets("/library");
    expect(transform(plugin, good.replace(/\n/g, "\r\n"), "/library/products/a.mdx")).toBeNull();
    expect(transform(plugin, broken.replace(/\n/g, "\r\n"), "/library/products/b.mdx")).toBe(
      "---\n---\n\n## Overview\n\nNew text.\n",
    );
  });

  it("leaves MDX outside the library alone", () => {
    expect(transform(lastGoodSheets("/library"), broken, "/elsewhere/a.mdx")).toBeNull();
  });
});
