import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { POLICY_FILE } from "../core/check.ts";
import { PolicySchema } from "../core/schema/index.ts";
import { readYamlFile } from "../core/source/index.ts";

export interface LibraryLanguages {
  /** The source language: its pages have no prefix (/products/<slug>/). */
  language: string;
  /** The translated languages: each one's pages are under /<code>/. */
  locales: string[];
}

const Languages = z.object({
  language: PolicySchema.shape.language,
  locales: z.array(z.object({ code: z.string() })).default([]),
});

/**
 * The languages policy.yaml names, for Astro's i18n routing, read by the library's one reader. A
 * policy that cannot be read yet (mid-edit in `npm run dev`) gives the source language alone; the
 * checker has already said why it cannot be built.
 */
export function libraryLanguages(contentDir: string): LibraryLanguages {
  const read = readYamlFile({
    path: POLICY_FILE,
    bytes: readFileSync(join(contentDir, POLICY_FILE)),
  });
  const parsed = "problems" in read ? undefined : Languages.safeParse(read.data);
  if (!parsed?.success) return { language: "en", locales: [] };
  return {
    language: parsed.data.language,
    locales: parsed.data.locales.map((locale) => locale.code),
  };
}
