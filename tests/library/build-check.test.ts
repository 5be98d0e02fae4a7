import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { validLibrary, writeLibrary } from "../core/fixture-library.ts";

/** A fresh instance of the module, as Astro gives the integrations and the rendered pages each. */
async function freshInstance() {
  vi.resetModules();
  return import("../../src/library/build-check.ts");
}

describe("the build's one check", () => {
  const root = mkdtempSync(join(tmpdir(), "fieldguide-build-check-"));
  writeLibrary(validLibrary(), root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is the result a page and the page scan read, from another instance of the module, not a second check", async () => {
    const integration = await freshInstance();
    const started = integration.startBuildCheck(root, "2026-03-01");
    const page = await freshInstance();

    expect(page.buildCheck(root, "2026-03-01")).toBe(started);
    expect(page.buildCheck(`${root}/`, "2026-03-01")).toBe(started);
    expect((await started).library?.sheets.map((sheet) => sheet.slug)).toEqual([
      "analytics",
      "monitoring",
    ]);
  });

  it("is taken afresh by the next build", async () => {
    const { startBuildCheck, buildCheck } = await freshInstance();
    const first = startBuildCheck(root, "2026-03-01");
    const second = startBuildCheck(root, "2026-03-01");

    expect(buildCheck(root, "2026-03-01")).toBe(second);
    expect(second).not.toBe(first);
  });

  it("is a check of its own where no build started one for that library and day (astro dev)", async () => {
    const { startBuildCheck, buildCheck } = await freshInstance();
    const started = startBuildCheck(root, "2026-03-01");
    const otherDay = buildCheck(root, "2026-03-02");
    const otherLibrary = buildCheck(join(root, "products"), "2026-03-01");

    expect(otherDay).not.toBe(started);
    expect((await otherDay).library?.sheets).toHaveLength(2);
    expect((await otherLibrary).library).toBeUndefined();
  });
});
