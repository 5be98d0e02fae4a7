import type { CheckContext, Library, PolicyEntry, SheetEntry } from "./source/library.ts";
import { compareProblems, fileProblem, type Problem } from "./problem.ts";
import { checkAddresses } from "./rules/addresses.ts";
import { checkAmbiguity } from "./rules/ambiguity.ts";
import { checkImages, isImageFile } from "./rules/images.ts";
import { checkClaimAudiences } from "./rules/audience.ts";
import { checkBodies } from "./rules/body.ts";
import { checkLinks, checkSheetFiles } from "./rules/files.ts";
import { checkDates } from "./rules/time.ts";
import { readFieldNotes, type FieldNoteEntry } from "./field-notes/read.ts";
import { checkFieldNotes } from "./field-notes/rules.ts";
import { checkLadders } from "./rules/ladder.ts";
import { checkTalkTrackPlaceholders } from "./rules/placeholders.ts";
import { readOnboarding, type Onboarding } from "./onboarding/read.ts";
import { checkOnboarding, checkTracks } from "./onboarding/rules.ts";
import { checkPartners } from "./publishing/partners.ts";
import { checkReferences } from "./rules/references.ts";
import { checkWording } from "./rules/wording.ts";
import { trackTexts } from "./onboarding/spoken.ts";
import { policyTexts } from "./guardrails/spoken.ts";
import { checkSameNames } from "./rules/same-name.ts";
import { validateSchema } from "./rules/schema.ts";
import { checkWithdrawals } from "./rules/withdrawals.ts";
import { PolicySchema } from "./schema/policy.ts";
import { ProductSchema } from "./schema/product.ts";
import type { SourceFile } from "./source/file.ts";
import { readMdxFile, readYamlFile } from "./source/read.ts";
import { readTranslations, TRANSLATIONS_DIR, type TranslationEntry } from "./translations/read.ts";
import { checkLocales, checkTranslations } from "./translations/rules.ts";

export const POLICY_FILE = "policy.yaml";
export const PRODUCTS_DIR = "products/";

/**
 * The files a library is read from: YAML and MDX anywhere, images, and every file in products/ and
 * translations/, where anything but a sheet or a translation is an error rather than something
 * silently left out.
 */
export function isLibraryFile(path: string): boolean {
  return (
    /\.(mdx|ya?ml)$/.test(path) ||
    path.startsWith(PRODUCTS_DIR) ||
    path.startsWith(TRANSLATIONS_DIR) ||
    isImageFile(path)
  );
}

export interface CheckResult {
  /**
   * Present when every file could be read and validated, even if other rules found problems; a
   * misspelt or unknown field is read past (and reported), so it keeps no rule from running.
   */
  library?: Library;
  /** Tracks and steps that could be read, present with `library`. */
  onboarding?: Onboarding;
  /** Field notes that could be read, present with `library`: reports only, never a guardrail. */
  notes?: FieldNoteEntry[];
  /** Translated sheets that could be read, present with `library`. */
  translations?: TranslationEntry[];
  problems: Problem[];
}

/** Validates a whole library: every file and every cross-file rule, all problems at once. */
export function checkLibrary(listed: readonly SourceFile[], context: CheckContext): CheckResult {
  const problems: Problem[] = checkLinks(listed);
  const files = listed.filter((file) => !file.link);
  const policyFile = files.find((file) => file.path === POLICY_FILE);
  const policy = policyFile ? readPolicy(policyFile, problems) : undefined;
  if (!policyFile) {
    problems.push(
      fileProblem(POLICY_FILE, {
        message: "the library has no policy.yaml",
        hint: "Create policy.yaml with company, currency, reviewIntervalDays, roles and forbidden (see docs/content-format.md).",
        rule: "missing-policy",
      }),
    );
  }
  // Sorted, so that "already used by" names the same sheet whatever order the files came in.
  const sheetFiles = files
    .filter((file) => file.path.startsWith(PRODUCTS_DIR) && file.path.endsWith(".mdx"))
    .sort((a, b) => a.path.localeCompare(b.path));
  problems.push(...checkSheetFiles(files, PRODUCTS_DIR));
  const sheets = sheetFiles.flatMap((file) => readSheet(file, problems) ?? []);
  const onboarding = readOnboarding(files, problems);
  problems.push(...checkTracks(onboarding));
  const notes = readFieldNotes(files, problems);
  const translations = readTranslations(files, problems);

  if (!policy) return { problems: problems.sort(compareProblems) };
  // Rules within a sheet run on every sheet that could be read, so one broken file hides nothing else;
  // rules across sheets need them all, or a claim in a broken sheet would look missing.
  const library: Library = { policy, sheets };
  problems.push(
    ...checkLadders(library),
    ...checkDates(library, context),
    ...checkBodies(library),
    ...checkTalkTrackPlaceholders([...sheets, ...onboarding.steps]),
    ...checkWording(
      [...policyTexts(policy), ...onboarding.tracks.flatMap(trackTexts)],
      policy.policy,
    ),
    ...checkAddresses(library),
    ...checkImages([...sheets, ...onboarding.steps], files),
    ...checkAmbiguity(library, context),
  );
  if (sheets.length !== sheetFiles.length) return { problems: problems.sort(compareProblems) };
  problems.push(
    ...checkReferences(library),
    ...checkWithdrawals(library, context),
    ...checkSameNames(library),
    ...checkClaimAudiences(library),
    ...checkPartners(library, translations),
    ...checkOnboarding(library, onboarding, context.asOf),
    ...checkFieldNotes(library, notes, context),
    ...checkLocales(library),
    ...checkTranslations(library, translations),
  );
  return { library, onboarding, notes, translations, problems: problems.sort(compareProblems) };
}

function readPolicy(file: SourceFile, problems: Problem[]): PolicyEntry | undefined {
  const yaml = readYamlFile(file);
  if ("problems" in yaml) return void problems.push(...yaml.problems);
  const { value, problems: found } = validateSchema(PolicySchema, yaml, file.path);
  problems.push(...found);
  return value && { file: file.path, policy: value, locate: yaml.locate };
}

function readSheet(file: SourceFile, problems: Problem[]): SheetEntry | undefined {
  const source = readMdxFile(file);
  if ("problems" in source) return void problems.push(...source.problems);
  const { value, problems: found } = validateSchema(ProductSchema, source.frontmatter, file.path);
  problems.push(...found);
  if (!value) return undefined;
  return {
    file: file.path,
    slug: file.path.slice(PRODUCTS_DIR.length, -".mdx".length),
    product: value,
    locate: source.frontmatter.locate,
    body: source.body,
    bodyLine: source.bodyLine,
  };
}
