import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { insideFolder } from "../../src/integrations/dev-preview/library-path.ts";

// A checkout at a path with a space and non-ASCII letters, also reached through a symlink.
const root = realpathSync(mkdtempSync(join(tmpdir(), "fieldguide-paths-")));
const project = join(root, "Ventes – Zürich");
const sheet = join(project, "content/products/edge-shield.mdx");
mkdirSync(join(project, "content/products"), { recursive: true });
writeFileSync(sheet, "");
const checkout = join(root, "checkout");
symlinkSync(project, checkout);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the dev preview's library folder", () => {
  const spellings = {
    "relative, as the default content is": relative(process.cwd(), join(project, "content")),
    absolute: join(project, "content"),
    "with a trailing slash": `${join(project, "content")}/`,
    "through a symlinked checkout": join(checkout, "content"),
  };

  for (const [how, folder] of Object.entries(spellings)) {
    it(`given ${how}, holds a saved sheet however the watcher spells it`, () => {
      const inLibrary = insideFolder(folder);
      expect(inLibrary(sheet)).toBe(true);
      expect(inLibrary(relative(process.cwd(), sheet))).toBe(true);
      expect(inLibrary(join(checkout, "content/products/edge-shield.mdx"))).toBe(true);
      expect(inLibrary(join(checkout, "content/products/deleted-just-now.mdx"))).toBe(true);
    });
  }

  it("does not hold a file beside it whose name starts the same", () => {
    expect(insideFolder(join(project, "content"))(join(project, "content-old/a.mdx"))).toBe(false);
    expect(insideFolder(join(project, "content"))(join(project, "src/pages/index.astro"))).toBe(
      false,
    );
  });
});
