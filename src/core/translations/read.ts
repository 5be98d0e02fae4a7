import { fileProblem, type Problem } from "../problem.ts";
import { SHEET_SLUG } from "../rules/files.ts";
import { validateSchema } from "../rules/schema.ts";
import type { SourceFile } from "../source/file.ts";
import { readMdxFile } from "../source/read.ts";
import type { LocatedYaml } from "../source/yaml.ts";
import { TranslationSchema, type Translation } from "./schema.ts";

export const TRANSLATIONS_DIR = "translations/";

/** One translated sheet: `translations/<locale>/<slug>.mdx`. */
export interface TranslationEntry {
  file: string;
  locale: string;
  slug: string;
  translation: Translation;
  locate: LocatedYaml["locate"];
  body: string;
  bodyLine: number;
}

const TRANSLATION_PATH = /^translations\/([^/]+)\/([^/]+)\.mdx$/;

/** Reads and validates every file under `translations/`, each on its own. */
export function readTranslations(
  files: readonly SourceFile[],
  problems: Problem[],
): TranslationEntry[] {
  const entries: TranslationEntry[] = [];
  for (const file of files) {
    if (!file.path.startsWith(TRANSLATIONS_DIR) || file.path.split("/").pop()!.startsWith("."))
      continue;
    const where = TRANSLATION_PATH.exec(file.path);
    if (!where || !SHEET_SLUG.test(where[2]!)) {
      problems.push(
        fileProblem(file.path, {
          message: "this file is not a translation, so the site leaves it out",
          hint: "A translation is translations/<locale>/<slug>.mdx, named after its sheet in products/: start one with npm run translate -- new <locale> <slug>.",
          rule: "translation-file",
        }),
      );
      continue;
    }
    const entry = readTranslation(file, problems);
    if (entry) entries.push({ ...entry, locale: where[1]!, slug: where[2]! });
  }
  return entries;
}

function readTranslation(
  file: SourceFile,
  problems: Problem[],
): Omit<TranslationEntry, "locale" | "slug"> | undefined {
  const source = readMdxFile(file);
  if ("problems" in source) return void problems.push(...source.problems);
  const { value, problems: found } = validateSchema(
    TranslationSchema,
    source.frontmatter,
    file.path,
  );
  problems.push(...found);
  if (!value) return undefined;
  return {
    file: file.path,
    translation: value,
    locate: source.frontmatter.locate,
    body: source.body,
    bodyLine: source.bodyLine,
  };
}
