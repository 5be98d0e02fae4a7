import { resolve } from "node:path";
import type { CheckResult } from "../core/check.ts";
import { checkContentFolder } from "./check-folder.ts";

/**
 * The one check of a build. The guardrails integration runs it before Astro loads any content;
 * the pages rendered later (the /translations/ status page) and the page scan after the build read
 * its result instead of checking the library again, which at 1,000 sheets cost a second or more
 * each. Astro loads the integrations and the rendered pages as separate module instances in the
 * same process, so the result is kept on globalThis, under a key only this module uses.
 */
const KEY = Symbol.for("fieldguide.build-check");

type Results = Map<string, { asOf: string; result: Promise<CheckResult> }>;

function results(): Results {
  const holder = globalThis as { [KEY]?: Results };
  return (holder[KEY] ??= new Map());
}

/** Checks the library for a build starting now, and keeps the result for the rest of the build. */
export function startBuildCheck(contentDir: string, asOf: string): Promise<CheckResult> {
  const result = checkContentFolder(contentDir, asOf);
  results().set(resolve(contentDir), { asOf, result });
  return result;
}

/**
 * The result of this build's check, or a check of its own where no build started one (a page
 * rendered by `astro dev`, which checks each save in src/integrations/dev-preview.ts instead).
 */
export function buildCheck(contentDir: string, asOf: string): Promise<CheckResult> {
  const started = results().get(resolve(contentDir));
  return started?.asOf === asOf ? started.result : checkContentFolder(contentDir, asOf);
}
