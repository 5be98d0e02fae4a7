import { describe, expect, test } from "vitest";
import { isLibraryPage, pageUrl } from "../../src/site/library-pages.ts";

describe("the pages a library over the offline budget keeps as they are read", () => {
  test("are the sheets and the pages of the library-wide lists", () => {
    const kept = [
      "products/edge-shield/index.html",
      "claims/2/index.html",
      "promises/sla/index.html",
      "promises/sla/3/index.html",
      "roles/manager/index.html",
      "roles/contact-legal-example-com/2/index.html",
      "categories/analytics/index.html",
    ];
    for (const path of kept) expect(isLibraryPage(path), path).toBe(true);
  });

  test("are not the shell, the checkers, the first page of a list, search or guardrail data", () => {
    const precached = [
      "index.html",
      "products/index.html",
      "claims/index.html",
      "promises/index.html",
      "roles/index.html",
      "deal-checker/index.html",
      "draft-checker/index.html",
      "guardrails.json",
      "pagefind/pagefind-entry.json",
      "_astro/index.C2x1.css",
      "onboarding/first-week/index.html",
    ];
    for (const path of precached) expect(isLibraryPage(path), path).toBe(false);
  });

  test("are listed by the address a reader opens, under the site's base", () => {
    expect(pageUrl("products/edge-shield/index.html", "/")).toBe("/products/edge-shield/");
    expect(pageUrl("claims/2/index.html", "/library/")).toBe("/library/claims/2/");
  });
});
