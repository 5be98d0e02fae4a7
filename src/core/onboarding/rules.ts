import { isDraft } from "../guardrails/audience.ts";
import { bodyPosition, talkTrackOf, talkTrackProblems, type Library } from "../source/library.ts";
import { fileProblem, formatFieldPath, type Problem } from "../problem.ts";
import { checkWording } from "../rules/wording.ts";
import { stepTexts } from "./spoken.ts";
import { didYouMean } from "../text/nearest.ts";
import { RESERVED_STEP_SLUGS, RESERVED_TRACK_SLUGS } from "./paths.ts";
import { visibleTo, type QuizContext } from "./question.ts";
import { generateQuiz, unknownProduct, unpublishedProduct } from "./quiz.ts";
import type { Onboarding, StepEntry, TrackEntry } from "./read.ts";

/** Rules within the onboarding folder: every track has steps, numbered 1, 2, 3… once each. */
export function checkTracks(onboarding: Onboarding): Problem[] {
  const problems: Problem[] = [];
  for (const [slug, folder] of onboarding.folders) {
    if (!folder.trackFile) {
      for (const file of folder.stepFiles) {
        problems.push(
          fileProblem(file, {
            message: `the track "${slug}" has no track.yaml`,
            hint: `Create onboarding/${slug}/track.yaml with title, audience, summary and order.`,
            rule: "missing-track",
          }),
        );
      }
    } else if (folder.stepFiles.length === 0) {
      problems.push(
        fileProblem(folder.trackFile, {
          message: `the track "${slug}" has no steps`,
          hint: `Add its first step as onboarding/${slug}/01-<slug>.mdx.`,
          rule: "empty-track",
        }),
      );
    }
    const steps = onboarding.steps.filter((entry) => entry.track === slug);
    problems.push(...checkNumbering(steps, !onboarding.incomplete.has(slug)), ...checkSlugs(steps));
  }
  problems.push(...checkTrackOrder(onboarding.tracks));
  for (const entry of onboarding.tracks) {
    if ((RESERVED_TRACK_SLUGS as readonly string[]).includes(entry.slug)) {
      problems.push(
        fileProblem(entry.file, {
          message: `"${entry.slug}" is the address of an onboarding page (/onboarding/${entry.slug}/), so no track may be named so`,
          hint: "Rename the track's folder.",
          rule: "reserved-track-slug",
        }),
      );
    }
  }
  return problems;
}

function checkNumbering(steps: StepEntry[], complete: boolean): Problem[] {
  const problems: Problem[] = [];
  const byNumber = new Map<number, StepEntry>();
  for (const entry of [...steps].sort((a, b) => a.file.localeCompare(b.file))) {
    const at = {
      severity: "error" as const,
      file: entry.file,
      ...entry.locate(["step"], "value"),
      field: "step",
    };
    const first = byNumber.get(entry.step.step);
    if (first) {
      problems.push({
        ...at,
        message: `step ${entry.step.step} is also the number of ${first.file}`,
        hint: "Number the steps of a track 1, 2, 3… with each number used once.",
        rule: "duplicate-step",
      });
    } else byNumber.set(entry.step.step, entry);
    if (entry.fileNumber !== entry.step.step) {
      problems.push({
        ...at,
        severity: "warning",
        message: `the file name starts with ${entry.fileNumber} but this is step ${entry.step.step}`,
        hint: `Rename the file to ${String(entry.step.step).padStart(2, "0")}-${entry.slug}.mdx, so files sort in step order.`,
        rule: "step-file-name",
      });
    }
  }
  // A step that could not be read has no known number: a gap might be it.
  if (!complete) return problems;
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  const last = numbers.at(-1) ?? 0;
  for (let missing = 1; missing < last; missing++) {
    if (byNumber.has(missing)) continue;
    const next = byNumber.get(numbers.find((number) => number > missing)!)!;
    problems.push({
      severity: "error",
      file: next.file,
      ...next.locate(["step"], "value"),
      field: "step",
      message: `step ${missing} is missing: the steps of this track are ${numbers.join(", ")}`,
      hint: "Renumber the steps so they run 1, 2, 3… without gaps.",
      rule: "step-gap",
    });
  }
  return problems;
}

function checkSlugs(steps: StepEntry[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, string>();
  for (const entry of [...steps].sort((a, b) => a.file.localeCompare(b.file))) {
    const owner = owners.get(entry.slug);
    if (owner) {
      problems.push(
        fileProblem(entry.file, {
          message: `the step name "${entry.slug}" is also used by ${owner}: both would have the same address`,
          hint: "Rename one of the files (the part after the number).",
          rule: "duplicate-step-slug",
        }),
      );
    } else owners.set(entry.slug, entry.file);
    if ((RESERVED_STEP_SLUGS as readonly string[]).includes(entry.slug)) {
      problems.push(
        fileProblem(entry.file, {
          message: `"${entry.slug}" is the address of the track's completion page`,
          hint: "Rename the file (the part after the number), e.g. to wrap-up.",
          rule: "reserved-step-slug",
        }),
      );
    }
  }
  return problems;
}

function checkTrackOrder(tracks: TrackEntry[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<number, string>();
  for (const entry of [...tracks].sort((a, b) => a.file.localeCompare(b.file))) {
    const owner = owners.get(entry.track.order);
    if (owner) {
      problems.push({
        severity: "error",
        file: entry.file,
        ...entry.locate(["order"], "value"),
        field: "order",
        message: `order ${entry.track.order} is also used by ${owner}`,
        hint: "Give every track its own order number: tracks are listed by it.",
        rule: "duplicate-track-order",
      });
    } else owners.set(entry.track.order, entry.file);
  }
  return problems;
}

/** Rules against the rest of the library: what a step names exists, and every question can be asked. */
export function checkOnboarding(library: Library, onboarding: Onboarding, asOf: string): Problem[] {
  // A step is published, so it may only be about published sheets, as the site builds it.
  const publishedSheets = library.sheets.filter((sheet) => !isDraft(sheet.product));
  const products = new Map(publishedSheets.map((sheet) => [sheet.slug, sheet.product]));
  const tracks = new Map(onboarding.tracks.map((entry) => [entry.slug, entry.track]));
  return onboarding.steps.flatMap((entry) => {
    const track = tracks.get(entry.track);
    if (!track) return [];
    const context: QuizContext = {
      policy: library.policy.policy,
      products,
      audience: track.audience,
      asOf,
    };
    return [
      ...checkStepProducts(entry, context),
      ...checkQuiz(entry, context),
      ...checkStepBody(entry, { ...library, sheets: publishedSheets }, context),
    ];
  });
}

function checkStepProducts(entry: StepEntry, context: QuizContext): Problem[] {
  return entry.step.products.flatMap((slug, index): Problem[] => {
    const product = context.products.get(slug);
    const error = !product
      ? unknownProduct(slug, context)
      : visibleTo(product.audience, context.audience)
        ? undefined
        : unpublishedProduct(product, context);
    if (!error) return [];
    return [
      {
        severity: "error",
        file: entry.file,
        ...entry.locate(["products", index], "value"),
        field: `products[${index}]`,
        message: error.message,
        hint: error.hint,
        rule: error.rule,
      },
    ];
  });
}

function checkQuiz(entry: StepEntry, context: QuizContext): Problem[] {
  const { errors } = generateQuiz(entry.step.quiz, entry.key, context);
  return errors.map(({ index, error }) => {
    const path = ["quiz", index, ...error.path];
    return {
      severity: "error",
      file: entry.file,
      ...entry.locate(path, "value"),
      field: formatFieldPath(path),
      message: error.message,
      hint: error.hint,
      rule: error.rule,
    };
  });
}

/** A step's text follows the rules of a talk track: no forbidden wording, no code, only existing claims. */
function checkStepBody(entry: StepEntry, library: Library, context: QuizContext): Problem[] {
  const track = talkTrackOf(entry, "an onboarding step");
  const problems: Problem[] = checkWording(stepTexts(entry, context), library.policy.policy);
  const at = (offset: number) => ({
    severity: "error" as const,
    file: entry.file,
    ...bodyPosition(entry, offset),
    field: "",
  });
  const claims = new Map(
    library.sheets.flatMap((sheet) =>
      sheet.product.claims.map((claim) => [claim.id, { claim, sheet }] as const),
    ),
  );
  for (const reference of track.claims) {
    const found = claims.get(reference.id);
    if (!found) {
      problems.push({
        ...at(reference.offset),
        message: `<Claim id="${reference.id}"/>: unknown claim id "${reference.id}"`,
        hint: `${didYouMean(reference.id, claims.keys())}Use the id of an approved claim (see the claims of any product sheet), or remove the reference.`,
        rule: "unknown-claim",
      });
    } else if (found.claim.withdrawn ?? found.sheet.product.withdrawn) {
      problems.push({
        ...at(reference.offset),
        message: `<Claim id="${reference.id}"/>: the claim was withdrawn on ${(found.claim.withdrawn ?? found.sheet.product.withdrawn)!.on}`,
        hint: "Point at a claim that is approved today, or remove the reference.",
        rule: "withdrawn-reference",
      });
    } else if (!visibleTo(found.claim.audience ?? found.sheet.product.audience, context.audience)) {
      problems.push({
        ...at(reference.offset),
        message: `<Claim id="${reference.id}"/> is not for every reader of this track (its audience is narrower)`,
        hint: "Use a claim every reader of the track may see, or narrow the track's audience.",
        rule: "audience",
      });
    }
  }
  problems.push(...talkTrackProblems(entry, "an onboarding step"));
  return problems;
}
