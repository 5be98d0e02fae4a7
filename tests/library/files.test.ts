import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLibraryFiles, readLibraryFilesNow } from "../../src/library/files.ts";
import { validLibrary, writeLibrary } from "../core/fixture-library.ts";

describe("readLibraryFiles", () => {
  const root = mkdtempSync(join(tmpdir(), "fieldguide-files-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("reads the YAML and MDX files, every file in products/ and every image, with relative POSIX paths and their exact bytes", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]);
    writeLibrary(
      [
        ...validLibrary(),
        { path: "onboarding/first-week/track.yml", bytes },
        { path: "products/notes.md", bytes },
        { path: "notes.txt", bytes },
        { path: "onboarding/image.png", bytes },
      ],
      root,
    );

    const files = await readLibraryFiles(root);

    expect(files.map((file) => file.path).sort()).toEqual([
      "onboarding/first-week/track.yml",
      // An image a step may show: the checker finds a missing or broken one.
      "onboarding/image.png",
      "policy.yaml",
      "products/analytics.mdx",
      "products/monitoring.mdx",
      // Not a sheet: the checker refuses it, rather than leave it out without a word.
      "products/notes.md",
    ]);
    expect(files.find((file) => file.path.endsWith("track.yml"))?.bytes).toEqual(bytes);
  });

  it("lists a symbolic link as a link, to a file or a folder, and never reads through it", async () => {
    const linked = mkdtempSync(join(tmpdir(), "fieldguide-files-linked-"));
    const outside = join(linked, "outside");
    writeLibrary(validLibrary(), outside);
    const library = join(linked, "library");
    writeLibrary(validLibrary(), library);
    symlinkSync(join(outside, "products/analytics.mdx"), join(library, "products/linked.mdx"));
    mkdirSync(join(library, "more"));
    symlinkSync(join(outside, "products"), join(library, "more/products"));
    symlinkSync(join(library, "missing.mdx"), join(library, "dangling.mdx"));
    try {
      const files = await readLibraryFiles(library);
      const links = files.filter((file) => file.link).map((file) => file.path);

      expect(links.sort()).toEqual(["dangling.mdx", "more/products", "products/linked.mdx"]);
      expect(files.filter((file) => file.link).every((file) => file.bytes.length === 0)).toBe(true);
      expect(files.some((file) => file.path.startsWith("more/products/"))).toBe(false);
    } finally {
      rmSync(linked, { recursive: true, force: true });
    }
  });

  it("fails with ENOENT for a folder that does not exist", async () => {
    await expect(readLibraryFiles(join(root, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("reads the same files at once, for the dev preview", async () => {
    const byPath = (files: { path: string }[]) =>
      [...files].sort((a, b) => a.path.localeCompare(b.path));
    expect(byPath(readLibraryFilesNow(root))).toEqual(byPath(await readLibraryFiles(root)));
    expect(() => readLibraryFilesNow(join(root, "missing"))).toThrow(
      expect.objectContaining({ code: "ENOENT" }),
    );
  });
});
