import { describe, expect, it } from "vitest";
import { PRODUCTS_DIR } from "../../../src/core/check.ts";
import { checkSheetFiles } from "../../../src/core/rules/files.ts";

const bytes = new Uint8Array();
const problemsOf = (...paths: string[]) =>
  checkSheetFiles(
    paths.map((path) => ({ path, bytes })),
    PRODUCTS_DIR,
  ).map(({ file, line, message, hint }) => ({ file, line, message, hint }));

describe("checkSheetFiles", () => {
  it("accepts sheets named as page addresses, files outside products/ and hidden files", () => {
    expect(
      problemsOf("products/edge-shield.mdx", "products/a1.mdx", "policy.yaml", "products/.gitkeep"),
    ).toEqual([]);
  });

  it("refuses two names that differ only in capitals, naming the other file", () => {
    expect(problemsOf("products/edge-shield.mdx", "products/Edge-Shield.mdx")).toEqual([
      expect.objectContaining({
        file: "products/Edge-Shield.mdx",
        message: expect.stringContaining('"Edge-Shield" cannot be a page address'),
      }),
      expect.objectContaining({
        file: "products/edge-shield.mdx",
        message:
          "products/Edge-Shield.mdx has the same name but for capitals: on most systems one of the two would replace the other",
      }),
    ]);
  });

  it.each([
    ["products/Edge Shield.mdx", "products/edge-shield.mdx"],
    ["products/édge_shield.mdx", "products/edge-shield.mdx"],
    ["products/edge--shield.mdx", "products/edge-shield.mdx"],
  ])("refuses %s, which is no address, and suggests %s", (path, suggestion) => {
    expect(problemsOf(path)[0]?.hint).toContain(suggestion);
  });

  it.each([
    "products/billing.md",
    "products/billing.markdown",
    "products/old/billing.mdx",
    "products/billing",
  ])("refuses %s, which the site would leave out", (path) => {
    expect(problemsOf(path)).toEqual([
      expect.objectContaining({
        file: path,
        line: 1,
        message: "this file is not a sheet, so the site leaves it out",
      }),
    ]);
  });
});
