import { describe, expect, test } from "vitest";
import { BENCH_AS_OF, generateLibrary } from "../../bench/generate.ts";
import { checkLibrary } from "../../src/core/check.ts";

const files = generateLibrary({ sheets: 20, seed: 7 });
const sources = files.map((file) => ({
  path: file.path,
  bytes: new TextEncoder().encode(file.text),
}));
const bodyWords = (text: string) =>
  text
    .slice(text.indexOf("\n---\n") + 5)
    .replace(/<[^>]*>/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;

describe("the benchmark's library generator", () => {
  test("writes a policy and one sheet per product", () => {
    expect(files.length).toBe(21);
    expect(files[0]!.path).toBe("policy.yaml");
    expect(
      files.slice(1).every((file) => /^products\/[a-z0-9-]+-000\d\d\.mdx$/.test(file.path)),
    ).toBe(true);
  });

  test("writes a library the checker accepts without a single problem", () => {
    const { library, problems } = checkLibrary(sources, { asOf: BENCH_AS_OF });
    expect(problems).toEqual([]);
    expect(library?.sheets.length).toBe(20);
  });

  test("gives every sheet claims, a four-rung ladder, promises and a 300–800 word talk track", () => {
    const { library } = checkLibrary(sources, { asOf: BENCH_AS_OF });
    for (const sheet of library!.sheets) {
      expect(sheet.product.claims.length).toBeGreaterThanOrEqual(3);
      expect(sheet.product.discounts.map((rung) => rung.role)).toEqual([
        "rep",
        "manager",
        "director",
        "deal-desk",
      ]);
      expect(sheet.product.promises.length).toBeGreaterThanOrEqual(2);
      expect(sheet.body).toContain("<Claim id=");
      expect(sheet.body).toContain("<DontSay>");
    }
    for (const file of files.slice(1)) {
      expect(bodyWords(file.text)).toBeGreaterThanOrEqual(300);
      expect(bodyWords(file.text)).toBeLessThanOrEqual(800);
    }
  });

  test("gives the same files for the same seed, and other files for another", () => {
    expect(generateLibrary({ sheets: 20, seed: 7 })).toEqual(files);
    expect(generateLibrary({ sheets: 20, seed: 8 })[1]!.text).not.toBe(files[1]!.text);
  });
});
