import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { oneBuildAtATime, oneBuildAtATimeAsync } from "./build-lock.ts";

// A lock of its own: the project's is held by the builds of other test files meanwhile.
const work = mkdtempSync(join(tmpdir(), "fieldguide-build-lock-"));
const lock = join(work, "lock");
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("builds in this project's folder", () => {
  it("take turns: one starts only after the one before it has finished", async () => {
    const events: string[] = [];
    const build = (name: string) =>
      oneBuildAtATimeAsync(async () => {
        events.push(`${name} starts`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        events.push(`${name} ends`);
      }, lock);

    await Promise.all([build("first"), build("second")]);

    expect(events).toEqual(["first starts", "first ends", "second starts", "second ends"]);
  });

  it("free the folder for the next build even when a build fails", async () => {
    expect(() =>
      oneBuildAtATime(() => {
        throw new Error("the build failed");
      }, lock),
    ).toThrow("the build failed");
    await expect(oneBuildAtATimeAsync(async () => "built", lock)).resolves.toBe("built");
  });
});
