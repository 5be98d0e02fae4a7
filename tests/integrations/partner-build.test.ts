// The two builds of the sample library that `npm test` makes before the tests run: dist/ for the
// sales team (`npm run build`) and dist-partner/ for partners (`npm run build:partner`).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { internalPageRoutes } from "../../src/library/built-site.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const INTERNAL = join(ROOT, "dist");
const PARTNER = join(ROOT, "dist-partner");

/** The list; each lives in src/internal-pages/. */
const INTERNAL_ONLY_PAGES = [
  "deal-checker/index.html",
  "health/index.html",
  "changes/index.html",
  "guardrails.json",
  "guardrails.schema.json",
];

const productPages = (site: string) => readdirSync(join(site, "products")).sort();

describe("the partner build of the sample library", () => {
  it("has a page for each sheet published to partners, and for no other", () => {
    expect(productPages(INTERNAL)).toContain("query-accelerator");
    expect(productPages(INTERNAL)).toContain("data-residency");
    expect(productPages(PARTNER)).toEqual(
      productPages(INTERNAL)
        .filter((page) => !["query-accelerator", "data-residency", "index.html"].includes(page))
        .concat("index.html")
        .sort(),
    );
  });

  it.each(INTERNAL_ONLY_PAGES)("has no %s, which the internal build has", (page) => {
    expect(existsSync(join(INTERNAL, page))).toBe(true);
    expect(existsSync(join(PARTNER, page))).toBe(false);
  });

  it("has none of the pages in src/internal-pages", () => {
    const paths = internalPageRoutes(ROOT).map((route) => route.pattern);
    expect(paths).toEqual([
      "/changes",
      "/deal-checker",
      "/deal-products.json",
      "/guardrails.json",
      "/guardrails.schema.json",
      "/health",
      "/health/dates/[...page]",
      "/roles/[approver]/[...page]",
      "/translations",
    ]);
    for (const path of paths) {
      // A paginated list's first page is at the list's own address.
      const page = path.replace("/[...page]", "");
      const file = page.includes(".") ? page : `${page}/index.html`;
      expect(existsSync(join(PARTNER, file)), path).toBe(false);
    }
  });

  it("shows a partner sheet without its ladder, term bonus, floor price or internal-only claim", () => {
    const page = readFileSync(join(PARTNER, "products", "edge-shield", "index.html"), "utf8");
    const internalPage = readFileSync(
      join(INTERNAL, "products", "edge-shield", "index.html"),
      "utf8",
    );
    for (const text of [
      "Discount ladder",
      "Floor price",
      "Term bonus",
      "In April 2026, Edge Shield absorbed",
    ]) {
      expect(internalPage).toContain(text);
      expect(page).not.toContain(text);
    }
    expect(page).toContain("Edge Shield is deployed by changing DNS records");
  });

  it("has no field note: What the field says and every quote are in the internal build only", () => {
    const quote = "Show us the rate on traffic like ours, not an average across all customers.";
    const internalPage = readFileSync(
      join(INTERNAL, "products", "edge-shield", "index.html"),
      "utf8",
    );
    const page = readFileSync(join(PARTNER, "products", "edge-shield", "index.html"), "utf8");
    for (const text of ["What the field says", quote]) {
      expect(internalPage).toContain(text);
      expect(page).not.toContain(text);
    }
    // Partners can still pass on what they heard: to the partner team, named by its role.
    expect(internalPage).toContain("Tell marketing");
    expect(page).toContain("Tell your partner manager");
    expect(page).not.toContain("Tell marketing");
  });

  it("offers in German only the claims partners may see, and the sales team's build all approved ones", () => {
    const claims = (site: string) =>
      Object.keys(
        (
          JSON.parse(readFileSync(join(site, "draft-languages", "de.json"), "utf8")) as {
            claims: Record<string, string>;
          }
        ).claims,
      );
    // Internal-only: the win-rate claim of a partner sheet, and the whole Data Residency sheet.
    for (const id of ["signal-analytics-win-rate", "data-residency-eu-regions"]) {
      expect(claims(INTERNAL)).toContain(id);
      expect(claims(PARTNER)).not.toContain(id);
    }
    expect(claims(PARTNER)).toContain("signal-analytics-trial");
  });
});
