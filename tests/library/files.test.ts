import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLibraryFiles, readLibraryFilesNow } from "../../src/library/files.ts";
import { validLibrary, writeLibrary } from "../core/fixture-library.ts";

describe("readLibraryFiles", () => {
  const root = mkdtempSync(join(tmpdir(), "fieldguide-files-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("reads the YAML and MDX files, and every file in products/, with relative POSIX paths and their exact bytes", async () => {
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
      "policy.yaml",
      "products/analytics.mdx",
      "products/monitoring.mdx",
      // Not a sheet: the checker refuses it, rather than leave it out without a word.
      "products/notes.md",
    ]);
    expect(files.find((file) => file.path.endsWith("track.yml"))?.bytes).toEqual(bytes);
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
