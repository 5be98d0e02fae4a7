import { describe, expect, it } from "vitest";
import { ANALYTICS, check, edit, MONITORING, validLibrary, withFile } from "../fixture-library.ts";

const draft = (path: string) => edit(validLibrary(), path, "pricing:", "status: draft\npricing:");

describe("status: draft", () => {
  it("is checked like any sheet, and a draft nothing names is no problem", () => {
    expect(check(draft(MONITORING)).problems).toEqual([]);
    expect(
      check(edit(draft(MONITORING), MONITORING, "summary: Uptime", "summary: TODO Uptime"))
        .problems,
    ).toMatchObject([{ file: MONITORING, field: "summary", rule: "placeholder" }]);
  });

  it("refuses what is published and names a draft's claim, which no build would hold", () => {
    // policy.yaml's "Say instead" and the monitoring talk track both quote analytics-trial.
    expect(check(draft(ANALYTICS)).problems).toMatchObject([
      {
        file: "policy.yaml",
        field: "forbidden[0].insteadSay",
        message:
          'claim "analytics-trial" is not published to internals, who see this rule on their sheets',
        rule: "audience",
      },
      {
        file: MONITORING,
        line: 30,
        message:
          '<Claim id="analytics-trial"/> is not published to internals, who see this talk track',
        rule: "audience",
      },
    ]);
  });

  it("refuses an onboarding step about a draft sheet", () => {
    const track = withFile(
      draft(MONITORING),
      "onboarding/first-week/track.yaml",
      "title: First week\nsummary: Basics.\norder: 1\n",
    );
    const step = withFile(
      track,
      "onboarding/first-week/01-welcome.mdx",
      [
        "---",
        "title: Welcome",
        "step: 1",
        "minutes: 5",
        "objectives: [Quote a claim]",
        "products: [monitoring]",
        "quiz:",
        "  - { question: Which is right?, options: [Yes, No], answer: Yes, explain: Because. }",
        "---",
        "",
        "Welcome.",
        "",
      ].join("\n"),
    );

    expect(check(step).problems).toMatchObject([
      { file: "onboarding/first-week/01-welcome.mdx", field: "products[0]" },
    ]);
  });

  it("refuses any other status, naming the two there are", () => {
    expect(
      check(edit(validLibrary(), ANALYTICS, "audience:", "status: final\naudience:")).problems,
    ).toMatchObject([{ field: "status", message: "must be one of draft, published" }]);
  });
});
