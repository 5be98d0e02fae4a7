// The phrases the scan of built pages holds each page to: a sheet's page in another language is
// held to that language's forbidden phrases as well as the source's. Read from the sample library.
import { beforeAll, describe, expect, it } from "vitest";
import { scanBuiltPage } from "../../src/core/publishing/built-page.ts";
import { checkLibrary, type CheckResult } from "../../src/core/check.ts";
import { pagePhrases } from "../../src/integrations/page-scan.ts";
import { readLibraryFiles } from "../../src/library/files.ts";

let result: CheckResult;
beforeAll(async () => {
  result = checkLibrary(await readLibraryFiles("content"), { asOf: "2026-12-01" });
});

const scan = (page: string, text: string) =>
  scanBuiltPage(`<!doctype html><html><body><main><p>${text}</p></main></body></html>`, {
    phrases: pagePhrases(result).get(page)!,
    claimIds: new Set(),
  });

describe("the page scan of a sheet's German page", () => {
  it("refuses a German forbidden phrase there, and not on the English page", () => {
    expect(scan("de/products/uptime-monitor/index.html", "Der Test ist risikofrei.")).toHaveLength(
      1,
    );
    expect(scan("products/uptime-monitor/index.html", "Der Test ist risikofrei.")).toEqual([]);
  });

  it("still refuses the company-wide phrases and the sheet's own may-nots", () => {
    expect(scan("de/products/uptime-monitor/index.html", "It is risk-free.")).toHaveLength(1);
    const mayNot = result.library!.sheets.find((sheet) => sheet.slug === "uptime-monitor")!.product
      .promises[0]!.mayNot[0]!;
    expect(scan("de/products/uptime-monitor/index.html", mayNot)).toHaveLength(1);
  });

  it("holds the French page to French phrases, not German ones", () => {
    expect(scan("fr/products/uptime-monitor/index.html", "Un essai sans risque.")).toHaveLength(1);
    expect(scan("fr/products/uptime-monitor/index.html", "Der Test ist risikofrei.")).toEqual([]);
  });
});
