import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { FIXTURES, validLibrary, writeLibrary } from "../core/fixture-library.ts";
import { runCli, STACK_LINE } from "./run-cli.ts";

const GH_JSON = join(FIXTURES, "field-notes", "gh-issue-list.json");
const EMAIL = join(FIXTURES, "field-notes", "pasted-email.txt");
const AS_OF = { FIELDGUIDE_AS_OF: "2026-12-01" };

describe("npm run feedback", { timeout: 60_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), "fieldguide-feedback-"));
  const library = join(root, "library");
  writeLibrary(validLibrary(), library);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const notes = () => readdirSync(join(library, "field-notes")).sort();

  test("import turns a recorded gh issue list into note files the checker accepts", () => {
    const run = runCli(["feedback", "import", GH_JSON, "--dir", library], AS_OF);

    expect(run.stderr).toBe(
      `${GH_JSON} issue #47: no field note in its body (was it opened from the field-note form?), skipped.\n`,
    );
    expect(run.stdout).toBe(
      [
        `${GH_JSON} issue #42: wrote ${library}/field-notes/2026-11-24-analytics-uptime.yaml`,
        `${GH_JSON} issue #45: wrote ${library}/field-notes/2026-11-26-monitoring-integrations.yaml`,
        "2 notes imported.",
        "",
      ].join("\n"),
    );
    expect(run.status).toBe(0);
    expect(
      readFileSync(join(library, "field-notes", "2026-11-24-analytics-uptime.yaml"), "utf8"),
    ).toBe(
      [
        "product: analytics",
        "claim: analytics-uptime",
        "kind: pushback",
        "date: 2026-11-24",
        "quote: 99.9% is table stakes; the other vendor puts 99.99% in the contract.",
        "dealSize: 48000",
        "stage: negotiation",
        'source: "GitHub issue #42"',
        "",
      ].join("\n"),
    );
    // Issue #45 left the date empty: the day the issue was opened stands in.
    expect(
      readFileSync(join(library, "field-notes", "2026-11-26-monitoring-integrations.yaml"), "utf8"),
    ).toContain("topic: Integrations\nkind: out-of-bounds-ask\ndate: 2026-11-26\n");
  });

  test("import reads a pasted e-mail body, and skips what is already in the library", () => {
    const run = runCli(["feedback", "import", EMAIL, GH_JSON, "--dir", library], AS_OF);

    expect(run.stdout).toContain(
      `${EMAIL}: wrote ${library}/field-notes/2026-11-26-analytics-trial.yaml`,
    );
    expect(run.stdout).toContain(`${GH_JSON} issue #42: already in the library, skipped.`);
    expect(run.stdout).toContain("1 note imported.");
    expect(run.status).toBe(0);
    expect(notes()).toEqual([
      "2026-11-24-analytics-uptime.yaml",
      "2026-11-26-analytics-trial.yaml",
      "2026-11-26-monitoring-integrations.yaml",
    ]);
  });

  test("the imported notes pass the checker", () => {
    const run = runCli(["check", library, "--as-of", "2026-12-01"]);

    expect(run.stdout).toMatch(/^0 errors, \d+ warnings?$/m);
    expect(run.status).toBe(0);
  });

  test("import refuses a note the checker would refuse, says why, and writes nothing for it", () => {
    const bad = join(root, "bad-email.txt");
    const text = readFileSync(EMAIL, "utf8")
      .replace("\n\nanalytics-trial\n", "\n\nanalytics-speed\n")
      .replace("It worked", "Loved it");
    writeFileSync(bad, text);
    const run = runCli(["feedback", "import", bad, "--dir", library], AS_OF);

    expect(run.stderr).toBe(
      `${bad}: kind must be one of worked, pushback, out-of-bounds-ask, competitor\n`,
    );
    expect(run.status).toBe(1);
    writeFileSync(
      bad,
      readFileSync(EMAIL, "utf8").replace("\n\nanalytics-trial\n", "\n\nanalytics-speed\n"),
    );
    const unknownTopic = runCli(["feedback", "import", bad, "--dir", library], AS_OF);
    expect(unknownTopic.stderr).toContain(
      `${bad}: topic Analytics has no promise boundary on "analytics-speed".`,
    );
    expect(unknownTopic.status).toBe(1);
    expect(notes()).toHaveLength(3);
    expect(`${run.stderr}${unknownTopic.stderr}`).not.toMatch(STACK_LINE);
  });

  test("report lists per owner and per claim or boundary the counts by kind and the latest quotes", () => {
    const run = runCli(["feedback", "report", library], AS_OF);

    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        `Field notes in ${library}/: 3 notes, per owner and per claim or promise boundary`,
        "",
        "ops.owner@example.com",
        '  Monitoring, promise "Integrations": 1 note (1 asked out of bounds)',
        '    - 2026-11-26, asked out of bounds: "Can you promise a ServiceNow connector by March?"',
        "",
        "owner@example.com",
        '  Analytics, claim "Analytics delivered 99.9% monthly uptime in 2025.": 1 note (1 pushed back)',
        '    - 2026-11-24, pushed back: "99.9% is table stakes; the other vendor puts 99.99% in the contract."',
        '  Analytics, claim "Every subscription starts with a 30-day evaluation.": 1 note (1 worked)',
        '    - 2026-11-26, worked: "A trial without a card is what got legal to say yes."',
        "",
      ].join("\n"),
    );
  });

  test("report as JSON and markdown", () => {
    const json = JSON.parse(
      runCli(["feedback", "report", library, "--format", "json"], AS_OF).stdout,
    );
    expect(json.notes).toBe(3);
    expect(json.owners[1].subjects[0]).toMatchObject({
      product: "analytics",
      claim: "analytics-uptime",
      counts: { worked: 0, pushback: 1, "out-of-bounds-ask": 0, competitor: 0 },
      total: 1,
    });

    const markdown = runCli(["feedback", "report", library, "--format", "markdown"], AS_OF).stdout;
    expect(markdown).toContain("## Field notes\n");
    expect(markdown).toContain(
      '### ops.owner@example.com\n\n**Monitoring, promise "Integrations": 1 note (1 asked out of bounds)**\n\n- 2026-11-26',
    );
  });

  test("a mistake in how it is called gets the usage, never a stack trace", () => {
    const run = runCli(["feedback", "send"]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown action "send": use import or report.');
    expect(run.stderr).toContain("Usage: fieldguide feedback import FILE");
  });
});
