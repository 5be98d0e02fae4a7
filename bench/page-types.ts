import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { urlSegment } from "../src/core/text/index.ts";
import { measurePageType, type PageTypeFigures } from "./browser.ts";

/** Throttled loads per page type; the median is reported. */
const RUNS = 3;

/**
 * One page of every type the site builds, found in the generated library: its first sheet, that
 * sheet's category, the SLA topic (every generated library has it) and the manager's role page.
 */
async function pageTypes(library: string): Promise<[string, string][]> {
  const file = (await readdir(join(library, "products"))).sort()[0]!;
  const slug = file.replace(/\.mdx$/, "");
  const category = /^category: (.+)$/m.exec(
    await readFile(join(library, "products", file), "utf8"),
  )![1]!;
  return [
    ["Home", "/"],
    ["Product sheet", `/products/${slug}/`],
    ["Products by category", "/products/"],
    ["A category's products", `/categories/${urlSegment(category)}/`],
    ["Claims, first page", "/claims/"],
    ["Promise topics", "/promises/"],
    ["A topic's boundaries", "/promises/sla/"],
    ["Roles", "/roles/"],
    ["A role's ladders", "/roles/manager/"],
    ["Deal checker", "/deal-checker/"],
    ["Draft checker", "/draft-checker/"],
    ["Content health", "/health/"],
    ["What changed", "/changes/"],
    ["Onboarding", "/onboarding/"],
  ];
}

export async function measurePageTypes(
  browser: Browser,
  site: string,
  library: string,
): Promise<PageTypeFigures[]> {
  const figures: PageTypeFigures[] = [];
  for (const [name, path] of await pageTypes(library)) {
    figures.push(await measurePageType(browser, site, name, path, RUNS));
  }
  return figures;
}
