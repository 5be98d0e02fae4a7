import { existsSync } from "node:fs";
import { join } from "node:path";

/** The library folder a build reads: `content/` unless FIELDGUIDE_CONTENT_DIR names another (benchmarks, tests). */
export const contentDir = (process.env.FIELDGUIDE_CONTENT_DIR ?? "content").replace(/\/+$/, "");

/**
 * Whether the library has an optional folder (onboarding/, field-notes/). Without it the build reads
 * none of that collection: Astro would warn of a missing folder and an empty collection, which reads
 * to a marketer as a broken library.
 */
export function libraryHas(folder: string): boolean {
  return existsSync(join(contentDir, folder));
}
