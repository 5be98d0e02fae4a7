// A sheet marked `status: draft` passes the checker and is left out of the site `npm run build`
// writes: no page, no search entry, no link to it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { edit, MONITORING, validLibrary, writeLibrary } from "../core/fixture-library.ts";
import { npmBuild } from "./npm-build.ts";

const work = mkdtempSync(join(tmpdir(), "fieldguide-draft-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html"))
    .map((path) => join(folder, path));
}

describe("a draft sheet", { timeout: 240_000 }, () => {
  it("is built into no page of the site", () => {
    const library = join(work, "library");
    const outDir = join(work, "dist");
    writeLibrary(edit(validLibrary(), MONITORING, "pricing:", "status: draft\npricing:"), library);

    const run = npmBuild(library, outDir);

    expect(run.status, run.output).toBe(0);
    expect(existsSync(join(outDir, "products", "analytics", "index.html"))).toBe(true);
    expect(existsSync(join(outDir, "products", "monitoring"))).toBe(false);
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      expect(readFileSync(page, "utf8"), page).not.toMatch(/EX-MO-1|Uptime checks with alerts/);
    }
  });
});
