import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { checkLibrary, type CheckResult } from "../../core/check.ts";
import type { Library, SourceFile } from "../../core/source/index.ts";
import type { Locale } from "../../core/schema/index.ts";
import {
  describeItem,
  translationOverview,
  TRANSLATIONS_DIR,
  describeStatus,
  approveTranslation,
  scaffoldTranslation,
} from "../../core/translations/index.ts";
import { asOfOption } from "../../library/as-of.ts";
import { readLibraryFiles } from "../../library/files.ts";
import { formatText } from "../../core/problem-format.ts";
import { UsageError } from "../../library/usage-error.ts";

export const TRANSLATE_USAGE = `Usage: fieldguide translate status [LOCALE] [--dir DIR]
       fieldguide translate new <locale> <slug> [--dir DIR]
       fieldguide translate approve <locale> <slug> [--dir DIR] [--as-of YYYY-MM-DD]

Approved translations of the sheets in DIR (default: content), in the locales of policy.yaml.
  status   per language and sheet: approved, stale, partly or not translated, and what changed
  new      DIR/translations/<locale>/<slug>.mdx with the sheet's text to translate in place
  approve  after the language's owner reviewed the translation: stamps it against the source as
           it is now and sets approvedOn; refused while the translation has other errors
Examples:
  npm run translate -- status de
  npm run translate -- new de log-vault
  npm run translate -- approve de log-vault`;

export async function translate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { dir: { type: "string", default: "content" }, "as-of": { type: "string" } },
  });
  const [action, ...rest] = positionals;
  const root = values.dir.replace(/\/+$/, "");
  const today = asOfOption(values["as-of"]);
  if (action === "status" && rest.length <= 1) return status(root, today, rest[0]);
  if ((action === "new" || action === "approve") && rest.length === 2) {
    const [locale, slug] = rest as [string, string];
    return action === "new"
      ? create(root, today, locale, slug)
      : approve(root, today, locale, slug);
  }
  throw new UsageError(
    action === "status" || action === "new" || action === "approve"
      ? `translate ${action} takes ${action === "status" ? "at most a locale" : "a locale and a sheet's slug"}.`
      : "Say what to do: status, new or approve.",
  );
}

/** The library as the checker reads it; undefined (with the problems printed) if it cannot be. */
function readLibrary(
  root: string,
  today: string,
  files: SourceFile[],
): Required<CheckResult> | undefined {
  const result = checkLibrary(files, { asOf: today });
  if (result.library && result.translations) return result as Required<CheckResult>;
  console.error(formatText(result.problems, root));
  console.error("The library must pass npm run check before its translations can be worked on.");
  return undefined;
}

function findLocale(library: Library, code: string): Locale {
  const { locales } = library.policy.policy;
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale)
    throw new UsageError(
      `"${code}" is not a language in policy.yaml (${locales.map((item) => item.code).join(", ") || "it lists no locales"}).`,
    );
  return locale;
}

async function status(root: string, today: string, code: string | undefined): Promise<number> {
  const read = readLibrary(root, today, await readLibraryFiles(root));
  if (!read) return 1;
  if (code !== undefined) findLocale(read.library, code);
  const overview = translationOverview(read.library, read.translations).filter(
    (entry) => code === undefined || entry.locale.code === code,
  );
  if (overview.length === 0) console.log("policy.yaml lists no locales to translate into.");
  for (const { locale, sheets } of overview) {
    const width = Math.max(...sheets.map((sheet) => sheet.slug.length), 5);
    console.log(`${locale.title} (${locale.code}), approved by ${locale.owner}`);
    console.log(
      `  ${"SHEET".padEnd(width)}  ${"STATE".padEnd(17)}  WHAT IS SHOWN IN THE SOURCE WORDING`,
    );
    for (const sheet of sheets) {
      const pending = sheet.state === "not translated" ? "" : sheet.pending.map(describeStatus);
      console.log(
        `  ${sheet.slug.padEnd(width)}  ${sheet.state.padEnd(17)}  ${pending ? pending.join("; ") || "nothing" : "everything"}`,
      );
    }
    const approved = sheets.filter((sheet) => sheet.state === "approved").length;
    console.log(`  ${approved} of ${sheets.length} sheets approved in ${locale.title}\n`);
  }
  return 0;
}

function translationFile(root: string, locale: string, slug: string) {
  const file = `${TRANSLATIONS_DIR}${locale}/${slug}.mdx`;
  return { file, path: join(root, file) };
}

async function create(root: string, today: string, code: string, slug: string): Promise<number> {
  const read = readLibrary(root, today, await readLibraryFiles(root));
  if (!read) return 1;
  const locale = findLocale(read.library, code);
  const sheet = read.library.sheets.find((candidate) => candidate.slug === slug);
  if (!sheet) throw new UsageError(`There is no sheet ${root}/products/${slug}.mdx to translate.`);
  const { file, path } = translationFile(root, code, slug);
  if (read.translations.some((entry) => entry.file === file)) {
    console.error(`${root}/${file} already exists: edit it, then run translate approve.`);
    return 1;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(
    path,
    scaffoldTranslation(sheet, locale, read.library.policy.policy.language, today),
    { flag: "wx" },
  );
  console.log(
    `Created ${root}/${file}: translate each text in place, then have ${locale.owner} review it and run npm run translate -- approve ${code} ${slug}.`,
  );
  return 0;
}

async function approve(root: string, today: string, code: string, slug: string): Promise<number> {
  const files = await readLibraryFiles(root);
  const read = readLibrary(root, today, files);
  if (!read) return 1;
  findLocale(read.library, code);
  const { file, path } = translationFile(root, code, slug);
  const entry = read.translations.find((candidate) => candidate.file === file);
  const sheet = read.library.sheets.find((candidate) => candidate.slug === slug);
  if (!entry || !sheet) {
    console.error(
      `${root}/${file} ${entry ? "translates no sheet of the library" : "cannot be read, or does not exist"}: run npm run check, or start it with npm run translate -- new ${code} ${slug}.`,
    );
    return 1;
  }
  const { language } = read.library.policy.policy;
  const approved = approveTranslation(await readFile(path, "utf8"), sheet, entry, language, today);
  // Checked as approved: a stale item's figures are only compared with the source once stamped.
  const withApproved = files.map((candidate) =>
    candidate.path === file ? { path: file, bytes: new TextEncoder().encode(approved) } : candidate,
  );
  const blocking = checkLibrary(withApproved, { asOf: today }).problems.filter(
    (problem) => problem.file === file && problem.severity === "error",
  );
  if (blocking.length > 0) {
    console.error(formatText(blocking, root));
    console.error(`Not approved: fix the errors in ${root}/${file} first.`);
    return 1;
  }
  await writeFile(path, approved);
  const missing = translationOverview(read.library, [entry])
    .find((overview) => overview.locale.code === code)!
    .sheets.find((candidate) => candidate.slug === slug)!
    .pending.filter((item) => item.state === "missing");
  console.log(`Approved ${root}/${file} on ${today}.`);
  if (missing.length > 0)
    console.log(
      `Still shown in the source wording, not translated: ${missing.map((item) => describeItem(item.source)).join(", ")}.`,
    );
  return 0;
}
