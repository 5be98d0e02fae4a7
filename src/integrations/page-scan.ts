import type { AstroIntegration } from "astro";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCheck } from "../library/build-check.ts";
import { asOfOption } from "../library/as-of.ts";
import { scanBuiltPage } from "../core/publishing/index.ts";
import { applicablePhrases, type PhraseRule } from "../core/guardrails/index.ts";
import type { CheckResult } from "../core/check.ts";

/**
 * After the build has written its pages, and before anything indexes or packs them, reads every
 * page again as a browser would (see src/core/publishing/built-page.ts): if the checker let anything through
 * that must never reach a page, the build fails naming the page and the sheet it came from. List it
 * before pagefindIndex and offline, whose hooks run after it.
 */
export function builtPageScan({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: "fieldguide:page-scan",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The library this build was made from, as its one check read it (src/library/build-check.ts).
        const result = await buildCheck(contentDir, asOfOption(undefined));
        const { library } = result;
        if (!library) {
          logger.error(
            `The library in ${contentDir} cannot be read, so the built pages cannot be checked.`,
          );
          // Throwing would bury the message under a stack trace.
          process.exit(1);
        }
        const claimIds = new Set(
          library.sheets.flatMap((sheet) => sheet.product.claims.map((claim) => claim.id)),
        );
        const phrases = pagePhrases(result);
        const companyWide = applicablePhrases(library.policy.policy, []);
        const sources = pageSources(result, contentDir);
        const pages = await htmlFiles(site);
        const report: string[] = [];
        for (const page of pages) {
          const rules = { phrases: phrases.get(page) ?? companyWide, claimIds };
          const found = scanBuiltPage(await readFile(join(site, page), "utf8"), rules);
          if (found.length === 0) continue;
          const source = sources.get(page);
          report.push(
            `${page}${source ? ` (from ${source})` : ""}:`,
            ...found.map((line) => `  - ${line}`),
          );
        }
        if (report.length > 0) {
          logger.error(
            `The built site holds what the checker must keep out; it must not ship.\n${report.join("\n")}\n` +
              "This is a hole in the checker: fix the source named above, and report the case so the checker learns it.",
          );
          process.exit(1);
        }
        logger.info(`Checked ${pages.length} pages: nothing unapproved.`);
      },
    },
  };
}

/**
 * The phrases each page is held to, as the checker holds its source: a sheet's page to the
 * company-wide phrases and its own, a step's page to those of the products it is about, every other
 * page to the company-wide ones. A claim or boundary listed elsewhere is also on its sheet's page.
 * (Holding every page to every product's phrases would cost pages × phrases, and would refuse one
 * product's approved wording for being another's may-not.)
 */
export function pagePhrases({
  library,
  onboarding,
  translations,
}: CheckResult): Map<string, PhraseRule[]> {
  const phrases = new Map<string, PhraseRule[]>();
  if (!library) return phrases;
  const { policy } = library.policy;
  const products = new Map(library.sheets.map((sheet) => [sheet.slug, sheet.product]));
  for (const sheet of library.sheets)
    phrases.set(`products/${sheet.slug}/index.html`, applicablePhrases(policy, [sheet.product]));
  // A sheet's page in another language is held to that language's own phrases as well.
  for (const { locale: code, slug } of translations ?? []) {
    const locale = policy.locales.find((candidate) => candidate.code === code);
    const product = products.get(slug);
    if (!locale || !product) continue;
    const forbidden = [...policy.forbidden, ...locale.forbidden];
    phrases.set(`${code}/products/${slug}/index.html`, applicablePhrases({ forbidden }, [product]));
  }
  for (const step of onboarding?.steps ?? []) {
    const about = step.step.products.flatMap((slug) => products.get(slug) ?? []);
    phrases.set(
      `onboarding/${step.track}/${step.slug}/index.html`,
      applicablePhrases(policy, about),
    );
  }
  return phrases;
}

/** The source file of each page built from one: a sheet, its translation or an onboarding step. */
function pageSources(
  { library, onboarding, translations }: CheckResult,
  contentDir: string,
): Map<string, string> {
  const sources = new Map<string, string>();
  for (const sheet of library?.sheets ?? [])
    sources.set(`products/${sheet.slug}/index.html`, `${contentDir}/${sheet.file}`);
  for (const { locale, slug, file } of translations ?? [])
    sources.set(`${locale}/products/${slug}/index.html`, `${contentDir}/${file}`);
  for (const step of onboarding?.steps ?? [])
    sources.set(`onboarding/${step.track}/${step.slug}/index.html`, `${contentDir}/${step.file}`);
  return sources;
}

async function htmlFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}
