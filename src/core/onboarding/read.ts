import type { SourceFile } from "../source/file.ts";
import { fileProblem, type Problem } from "../problem.ts";
import { validateSchema } from "../rules/schema.ts";
import { readMdxFile, readYamlFile } from "../source/read.ts";
import type { LocatedYaml } from "../source/yaml.ts";
import { isImageFile } from "../rules/images.ts";
import { nearest } from "../text/nearest.ts";
import { onboardingPath, ONBOARDING_DIR, stepKey, TRACK_FILE } from "./paths.ts";
import { QUIZ_ITEM_FIELDS, StepSchema, TrackSchema, type Step, type Track } from "./schema.ts";

export interface TrackEntry {
  file: string;
  slug: string;
  track: Track;
  locate: LocatedYaml["locate"];
}

export interface StepEntry {
  file: string;
  /** Slug of the track's folder. */
  track: string;
  /** The file name without its number and extension: the step's URL segment. */
  slug: string;
  key: string;
  /** The number the file name starts with. */
  fileNumber: number;
  step: Step;
  locate: LocatedYaml["locate"];
  body: string;
  bodyLine: number;
}

export interface Onboarding {
  tracks: TrackEntry[];
  steps: StepEntry[];
  /** Track slugs with a file that could not be read: rules that need the whole track skip them. */
  incomplete: Set<string>;
  /** Every track folder seen, readable or not, with its files. */
  folders: Map<string, { trackFile?: string; stepFiles: string[] }>;
}

/** A file of onboarding content: an image there is a step's, checked where a step shows it. */
function isOnboardingFile(file: SourceFile): boolean {
  return file.path.startsWith(ONBOARDING_DIR) && !isImageFile(file.path);
}

/** Reads and validates every file under `onboarding/`, each on its own. */
export function readOnboarding(files: readonly SourceFile[], problems: Problem[]): Onboarding {
  const onboarding: Onboarding = {
    tracks: [],
    steps: [],
    incomplete: new Set(),
    folders: new Map(),
  };
  for (const file of files.filter(isOnboardingFile)) {
    const where = onboardingPath(file.path);
    if (where.kind === "unexpected") {
      problems.push(unexpectedFile(file.path));
      continue;
    }
    const folder = onboarding.folders.get(where.track) ?? { stepFiles: [] };
    onboarding.folders.set(where.track, folder);
    if (where.kind === "track") {
      folder.trackFile = file.path;
      const entry = readTrack(file, where.track, problems);
      if (entry) onboarding.tracks.push(entry);
      else onboarding.incomplete.add(where.track);
    } else {
      folder.stepFiles.push(file.path);
      const entry = readStep(file, where, problems);
      if (entry) onboarding.steps.push(entry);
      else onboarding.incomplete.add(where.track);
    }
  }
  return onboarding;
}

function unexpectedFile(path: string): Problem {
  return fileProblem(path, {
    message: "this file is not where onboarding content is read from",
    hint:
      `A track is a folder onboarding/<track>/ holding ${TRACK_FILE} and one file per step named ` +
      "NN-slug.mdx (e.g. 01-welcome.mdx), in lowercase letters, digits and hyphens.",
    rule: "onboarding-file",
  });
}

function readTrack(file: SourceFile, slug: string, problems: Problem[]): TrackEntry | undefined {
  const yaml = readYamlFile(file);
  if ("problems" in yaml) return void problems.push(...yaml.problems);
  const { value, problems: found } = validateSchema(TrackSchema, yaml, file.path);
  problems.push(...found);
  return value && { file: file.path, slug, track: value, locate: yaml.locate };
}

function readStep(
  file: SourceFile,
  where: { track: string; number: number; slug: string },
  problems: Problem[],
): StepEntry | undefined {
  const source = readMdxFile(file);
  if ("problems" in source) return void problems.push(...source.problems);
  const { value, problems: found } = validateSchema(StepSchema, source.frontmatter, file.path);
  problems.push(...found.map((problem) => withQuizFieldHint(problem, source.frontmatter.data)));
  if (!value) return undefined;
  return {
    file: file.path,
    track: where.track,
    slug: where.slug,
    key: stepKey(where.track, where.slug),
    fileNumber: where.number,
    step: value,
    locate: source.frontmatter.locate,
    body: source.body,
    bodyLine: source.bodyLine,
  };
}

/**
 * A quiz item is one of several shapes, so the generic schema check cannot tell which fields a
 * misspelt one was meant to be; the item's `scenario` can.
 */
function withQuizFieldHint(problem: Problem, data: unknown): Problem {
  const match = /^quiz\[(\d+)\]\.([^.[]+)$/.exec(problem.field);
  if (!match || !problem.message.startsWith("unknown field")) return problem;
  const item = (data as { quiz?: Record<string, unknown>[] } | null)?.quiz?.[Number(match[1])];
  const scenario = typeof item?.scenario === "string" ? item.scenario : "written";
  const known = QUIZ_ITEM_FIELDS[scenario as keyof typeof QUIZ_ITEM_FIELDS];
  if (!known) return problem;
  const key = match[2]!;
  const near = nearest(key, known);
  const hint =
    near !== undefined
      ? `Did you mean "${near}"? Rename the field.`
      : `Remove it, or use one of: ${known.join(", ")}.`;
  return { ...problem, hint };
}
