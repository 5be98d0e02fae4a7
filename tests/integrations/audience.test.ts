import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveAudience } from "../../src/integrations/audience.ts";
import { internalPageRoutes, routePattern } from "../../src/library/built-site.ts";

describe("resolveAudience", () => {
  it("builds for the sales team unless told otherwise", () => {
    expect(resolveAudience(["build"], undefined)).toEqual({ audience: "internal" });
  });

  it("takes --audience NAME or --audience=NAME, over FIELDGUIDE_AUDIENCE", () => {
    expect(resolveAudience(["build", "--audience", "partner"], undefined)).toEqual({
      audience: "partner",
    });
    expect(resolveAudience(["build", "--audience=partner"], "internal")).toEqual({
      audience: "partner",
    });
    expect(resolveAudience(["build"], "partner")).toEqual({ audience: "partner" });
  });

  it("refuses an audience it does not know, or a flag without one, naming where it came from", () => {
    expect(resolveAudience(["build", "--audience", "partners"], undefined)).toEqual({
      error: '--audience must be internal or partner, not "partners".',
    });
    expect(resolveAudience(["build", "--audience"], "partner")).toEqual({
      error: '--audience must be internal or partner, not "".',
    });
    expect(resolveAudience([], "everyone")).toEqual({
      error: 'FIELDGUIDE_AUDIENCE must be internal or partner, not "everyone".',
    });
  });
});

describe("internal-only pages", () => {
  const root = mkdtempSync(join(tmpdir(), "fieldguide-internal-pages-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("are routed like src/pages", () => {
    expect(routePattern("deal-checker.astro")).toBe("/deal-checker");
    expect(routePattern("health/index.astro")).toBe("/health");
    expect(routePattern("index.astro")).toBe("/");
    expect(routePattern("guardrails.json.ts")).toBe("/guardrails.json");
    expect(routePattern("changes/[product].astro")).toBe("/changes/[product]");
  });

  it("are every page file of src/internal-pages, and none without that folder", () => {
    expect(internalPageRoutes(root)).toEqual([]);
    mkdirSync(join(root, "src", "internal-pages", "health"), { recursive: true });
    for (const file of [
      "deal-checker.astro",
      "health/index.astro",
      "guardrails.json.ts",
      "notes.txt",
    ]) {
      writeFileSync(join(root, "src", "internal-pages", file), "");
    }
    expect(internalPageRoutes(root)).toEqual([
      { pattern: "/deal-checker", entrypoint: "./src/internal-pages/deal-checker.astro" },
      { pattern: "/guardrails.json", entrypoint: "./src/internal-pages/guardrails.json.ts" },
      { pattern: "/health", entrypoint: "./src/internal-pages/health/index.astro" },
    ]);
  });
});
