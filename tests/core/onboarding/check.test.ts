// The onboarding files through the library checker: every problem with its file, line and field.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceFile } from "../../../src/core/source/file.ts";
import type { Problem } from "../../../src/core/problem.ts";
import { check, edit, FIXTURES, readFolder } from "../fixture-library.ts";

const ONBOARDING_FIXTURES = join(FIXTURES, "onboarding");

/** The onboarding test library with one case's files laid over it (`<path>.removed` deletes one). */
function onboardingCase(name?: string): SourceFile[] {
  const files = new Map(
    readFolder(join(ONBOARDING_FIXTURES, "library")).map((file) => [file.path, file]),
  );
  for (const file of name ? readFolder(join(ONBOARDING_FIXTURES, name)) : []) {
    if (file.path.endsWith(".removed")) files.delete(file.path.slice(0, -".removed".length));
    else files.set(file.path, file);
  }
  return [...files.values()];
}

/** Problems without their hints, which the tests that care state in full. */
const located = (problems: Problem[]) =>
  problems.map(({ severity, file, line, column, field, rule, message }) => ({
    severity,
    file,
    line,
    column,
    field,
    rule,
    message,
  }));

describe("onboarding content", () => {
  it("passes every rule in the test library, and reads its tracks and steps", () => {
    const { problems, onboarding } = check(onboardingCase());

    expect(problems).toEqual([]);
    expect(onboarding?.tracks.map((entry) => [entry.slug, entry.track.title])).toEqual([
      ["basics", "Basics"],
    ]);
    expect(onboarding?.steps.map((entry) => [entry.key, entry.step.step]).sort()).toEqual([
      ["basics/claims", 1],
      ["basics/discounts", 2],
    ]);
  });

  it("reports a gap in the step numbers at the step after it", () => {
    expect(check(onboardingCase("step-gap")).problems).toEqual([
      {
        severity: "error",
        file: "onboarding/basics/03-discounts.mdx",
        line: 3,
        column: 7,
        field: "step",
        message: "step 2 is missing: the steps of this track are 1, 3",
        hint: "Renumber the steps so they run 1, 2, 3… without gaps.",
        rule: "step-gap",
      },
    ]);
  });

  it("reports a step number used twice at the second file", () => {
    expect(check(onboardingCase("duplicate-step")).problems).toEqual([
      {
        severity: "error",
        file: "onboarding/basics/02-more-discounts.mdx",
        line: 3,
        column: 7,
        field: "step",
        message: "step 2 is also the number of onboarding/basics/02-discounts.mdx",
        hint: "Number the steps of a track 1, 2, 3… with each number used once.",
        rule: "duplicate-step",
      },
    ]);
  });

  it("warns when a file name's number is not the step's number", () => {
    expect(check(onboardingCase("file-number-mismatch")).problems).toEqual([
      {
        severity: "warning",
        file: "onboarding/basics/07-discounts.mdx",
        line: 3,
        column: 7,
        field: "step",
        message: "the file name starts with 7 but this is step 2",
        hint: "Rename the file to 02-discounts.mdx, so files sort in step order.",
        rule: "step-file-name",
      },
    ]);
  });

  it("reports every unknown product, topic and claim where it is named", () => {
    const file = "onboarding/basics/03-references.mdx";
    const { problems } = check(onboardingCase("unknown-references"));

    expect(located(problems)).toEqual([
      {
        severity: "error",
        file,
        line: 7,
        column: 23,
        field: "products[1]",
        rule: "unknown-product",
        message: 'unknown product "analytcs"',
      },
      {
        severity: "error",
        file,
        line: 11,
        column: 12,
        field: "quiz[0].topic",
        rule: "unknown-topic",
        message: 'Analytics has no promise on "SLAs"',
      },
      {
        severity: "error",
        file,
        line: 14,
        column: 12,
        field: "quiz[1].claim",
        rule: "unknown-claim",
        message: 'claim "monitoring-regions" belongs to Monitoring, not Analytics',
      },
      {
        severity: "error",
        file,
        line: 17,
        column: 12,
        field: "quiz[2].claim",
        rule: "unknown-claim",
        message: 'unknown claim id "analytics-speed"',
      },
      {
        severity: "error",
        file,
        line: 19,
        column: 14,
        field: "quiz[3].product",
        rule: "unknown-product",
        message: 'unknown product "billing"',
      },
      {
        severity: "error",
        file,
        line: 22,
        column: 20,
        field: "",
        rule: "unknown-claim",
        message: '<Claim id="analytics-speed"/>: unknown claim id "analytics-speed"',
      },
    ]);
    expect(problems.map((problem) => problem.hint).slice(0, 3)).toEqual([
      'Did you mean "analytics"? Use the file name of a product sheet in products/, without .mdx.',
      'Did you mean "SLA"? Its topics are: SLA, Refunds.',
      "Use one of the claims of Analytics: analytics-uptime, analytics-win-rate.",
    ]);
  });

  it("suggests the claim a misspelt id in a quiz or a <Claim> was meant to be", () => {
    const file = "onboarding/basics/01-claims.mdx";
    let files = edit(
      onboardingCase(),
      file,
      "    product: analytics\n",
      "    product: analytics\n    claim: analytics-uptme\n",
    );
    files = edit(files, file, '<Claim id="analytics-uptime" />', '<Claim id="analytics-uptme" />');

    expect(check(files).problems.map(({ field, hint }) => [field, hint])).toEqual([
      [
        "quiz[0].claim",
        'Did you mean "analytics-uptime"? Use one of the claims of Analytics: analytics-uptime, analytics-win-rate.',
      ],
      [
        "",
        'Did you mean "analytics-uptime"? Use the id of an approved claim (see the claims of any product sheet), or remove the reference.',
      ],
    ]);
  });

  it("reports an answer that is not one of the options, and an option listed twice", () => {
    const file = "onboarding/basics/03-written.mdx";

    expect(check(onboardingCase("answer-not-in-options")).problems).toEqual([
      {
        severity: "error",
        file,
        line: 10,
        column: 13,
        field: "quiz[0].answer",
        message: 'the answer "The sales manager" is not one of the options',
        hint: 'Copy the right option word for word into answer, e.g. "Sales manager".',
        rule: "quiz-answer",
      },
      {
        severity: "error",
        file,
        line: 16,
        column: 9,
        field: "quiz[1].options[2]",
        message: 'the option "On the product sheet" is listed twice',
        hint: "Make every option different, or remove the repeated one.",
        rule: "quiz-options",
      },
    ]);
  });

  it("keeps a partner track to what partners may see", () => {
    const file = "onboarding/partners/01-selling.mdx";

    expect(located(check(onboardingCase("partner-track")).problems)).toEqual([
      {
        severity: "error",
        file,
        line: 7,
        column: 23,
        field: "products[1]",
        rule: "audience",
        message:
          "Monitoring is not published to partner, and this track is for internal and partner",
      },
      {
        severity: "error",
        file,
        line: 9,
        column: 15,
        field: "quiz[0].scenario",
        rule: "audience",
        message: "discount ladders are internal: a track for partners cannot ask about them",
      },
      {
        severity: "error",
        file,
        line: 13,
        column: 12,
        field: "quiz[1].claim",
        rule: "audience",
        message:
          'claim "analytics-win-rate" is not for every reader of this track (its audience is narrower)',
      },
      {
        severity: "error",
        file,
        line: 16,
        column: 12,
        field: "quiz[2].topic",
        rule: "audience",
        message:
          "the Refunds promise of Analytics is not for every reader of this track (its audience is narrower)",
      },
      {
        severity: "error",
        file,
        line: 18,
        column: 14,
        field: "quiz[3].product",
        rule: "audience",
        message:
          "Monitoring is not published to partner, and this track is for internal and partner",
      },
      {
        severity: "error",
        file,
        line: 23,
        column: 33,
        field: "",
        rule: "audience",
        message:
          '<Claim id="analytics-win-rate"/> is not for every reader of this track (its audience is narrower)',
      },
    ]);
  });

  it("reports files out of place, tracks without steps or track.yaml, and clashing names", () => {
    expect(located(check(onboardingCase("misplaced-files")).problems)).toEqual([
      {
        severity: "error",
        file: "onboarding/basics/03-complete.mdx",
        line: 1,
        column: 1,
        field: "",
        rule: "reserved-step-slug",
        message: '"complete" is the address of the track\'s completion page',
      },
      {
        severity: "error",
        file: "onboarding/empty/track.yaml",
        line: 1,
        column: 1,
        field: "",
        rule: "empty-track",
        message: 'the track "empty" has no steps',
      },
      {
        severity: "error",
        file: "onboarding/empty/track.yaml",
        line: 3,
        column: 8,
        field: "order",
        rule: "duplicate-track-order",
        message: "order 1 is also used by onboarding/basics/track.yaml",
      },
      {
        severity: "error",
        file: "onboarding/orphans/01-lost.mdx",
        line: 1,
        column: 1,
        field: "",
        rule: "missing-track",
        message: 'the track "orphans" has no track.yaml',
      },
      {
        severity: "error",
        file: "onboarding/stray.mdx",
        line: 1,
        column: 1,
        field: "",
        rule: "onboarding-file",
        message: "this file is not where onboarding content is read from",
      },
    ]);
  });

  it("refuses a track named after the receipts page", () => {
    const files = onboardingCase();
    const basics = files.filter((file) => file.path.startsWith("onboarding/basics/"));
    const renamed = [
      ...files.filter((file) => !file.path.startsWith("onboarding/basics/")),
      ...basics.map((file) => ({ ...file, path: file.path.replace("/basics/", "/receipt/") })),
    ];

    expect(located(check(renamed).problems)).toEqual([
      {
        severity: "error",
        file: "onboarding/receipt/track.yaml",
        line: 1,
        column: 1,
        field: "",
        rule: "reserved-track-slug",
        message:
          '"receipt" is the address of an onboarding page (/onboarding/receipt/), so no track may be named so',
      },
    ]);
  });

  it("names the field a misspelt quiz field was meant to be, for each kind of question", () => {
    const file = "onboarding/basics/03-typos.mdx";
    const { problems } = check(onboardingCase("quiz-item-typos"));

    expect(
      problems.map(({ line, field, message, hint }) => ({ line, field, message, hint })),
    ).toEqual([
      {
        line: 8,
        field: "quiz[0].topic",
        message: "is required",
        hint: 'Add the field "topic"; see docs/content-format.md.',
      },
      {
        line: 10,
        field: "quiz[0].topc",
        message: 'unknown field "topc"',
        hint: 'Did you mean "topic"? Rename the field.',
      },
      {
        line: 11,
        field: "quiz[1].scenario",
        message:
          "must be one of discount, promise, claim, or left out for a question written by hand",
        hint: 'Correct "scenario"; see docs/content-format.md.',
      },
      {
        line: 13,
        field: "quiz[2].answer",
        message: "is required",
        hint: 'Add the field "answer"; see docs/content-format.md.',
      },
      {
        line: 15,
        field: "quiz[2].answers",
        message: 'unknown field "answers"',
        hint: 'Did you mean "answer"? Rename the field.',
      },
    ]);
    expect(new Set(problems.map((problem) => problem.file))).toEqual(new Set([file]));
  });

  it("holds a step's text to the talk-track rules", () => {
    const file = "onboarding/basics/03-body.mdx";

    expect(located(check(onboardingCase("unsafe-body")).problems)).toEqual([
      {
        severity: "error",
        file,
        line: 13,
        column: 17,
        field: "",
        rule: "forbidden-phrase",
        message: '"risk-free" is a forbidden phrase: No contract is free of risk.',
      },
      {
        severity: "error",
        file,
        line: 13,
        column: 35,
        field: "",
        rule: "may-not-phrase",
        message:
          '"zero downtime" is out of bounds (SLA): Analytics promises on SLA stop at: Commit to the standard 99.9% uptime SLA.',
      },
      {
        severity: "error",
        file,
        line: 15,
        column: 1,
        field: "",
        rule: "mdx-safety",
        message: "<script> is not allowed in an onboarding step",
      },
    ]);
  });
});
