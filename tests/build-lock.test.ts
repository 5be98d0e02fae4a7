import { describe, expect, it } from "vitest";
import { oneBuildAtATime, oneBuildAtATimeAsync } from "./build-lock.ts";

describe("builds in this project's folder", () => {
  it("take turns: one starts only after the one before it has finished", async () => {
    const events: string[] = [];
    const build = (name: string) =>
      oneBuildAtATimeAsync(async () => {
        events.push(`${name} starts`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        events.push(`${name} ends`);
      });

    await Promise.all([build("first"), build("second")]);

    expect(events).toEqual(["first starts", "first ends", "second starts", "second ends"]);
  });

  it("free the folder for the next build even when a build fails", async () => {
    expect(() =>
      oneBuildAtATime(() => {
        throw new Error("the build failed");
      }),
    ).toThrow("the build failed");
    await expect(oneBuildAtATimeAsync(async () => "built")).resolves.toBe("built");
  });
});
