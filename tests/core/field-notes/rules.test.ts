import { describe, expect, it } from "vitest";
import { caseLibrary, check, validLibrary, withFile } from "../fixture-library.ts";

const note = (fields: string) =>
  withFile(validLibrary(), "field-notes/2026-11-20-note.yaml", fields);
const located = (fields: string) =>
  check(note(fields)).problems.map(
    ({ file, line, column, field, rule, message }) =>
      `${file}:${line}:${column} ${field} ${rule}: ${message}`,
  );

describe("field notes in the checker", () => {
  it("reads valid notes and returns them beside the library", () => {
    const { notes, problems } = check(caseLibrary("field-note-accepted"));

    expect(problems).toEqual([]);
    expect(notes?.map(({ file, note }) => [file, note.kind, note.claim ?? note.topic])).toEqual([
      ["field-notes/2026-11-20-analytics-uptime.yaml", "pushback", "analytics-uptime"],
      ["field-notes/2026-11-21-monitoring-integrations.yaml", "out-of-bounds-ask", "integrations"],
    ]);
  });

  it("never changes what reps may say: the library is the same with or without notes", () => {
    const withNotes = check(caseLibrary("field-note-accepted"));
    const without = check(validLibrary());

    expect(JSON.stringify(withNotes.library)).toBe(JSON.stringify(without.library));
  });

  it("names the sheet that holds a claim filed under the wrong product", () => {
    const problems = check(
      note(
        "product: monitoring\nclaim: analytics-uptime\nkind: worked\ndate: 2026-11-20\nquote: Fine.\n",
      ),
    ).problems;

    expect(problems.map((problem) => [problem.line, problem.field, problem.hint])).toEqual([
      [2, "claim", "That claim is on products/analytics.mdx: set product: analytics."],
    ]);
  });

  it("refuses a topic the sheet has no boundary on, a note on both a claim and a topic, and a future date", () => {
    expect(
      located(
        "product: analytics\ntopic: Roadmap\nkind: out-of-bounds-ask\ndate: 2026-11-20\nquote: When?\n",
      ),
    ).toEqual([
      'field-notes/2026-11-20-note.yaml:2:8 topic field-note-topic: Analytics has no promise boundary on "Roadmap"',
    ]);
    expect(
      located(
        "product: analytics\nclaim: analytics-uptime\ntopic: SLA\nkind: worked\ndate: 2026-11-20\nquote: Fine.\n",
      ),
    ).toEqual([
      "field-notes/2026-11-20-note.yaml:3:8 topic field-note-subject: a note is about one claim or one promise topic, not both",
    ]);
    expect(located("product: analytics\nkind: worked\ndate: 2026-12-24\nquote: Fine.\n")).toEqual([
      "field-notes/2026-11-20-note.yaml:3:7 date field-note-date: the date 2026-12-24 is after today (2026-12-01)",
    ]);
  });

  it("accepts a topic whatever its case, and a note about the product as a whole", () => {
    expect(
      located("product: analytics\ntopic: sla\nkind: worked\ndate: 2026-11-20\nquote: Fine.\n"),
    ).toEqual([]);
    expect(
      located(
        "product: analytics\nkind: competitor\ndate: 2026-11-20\nquote: Theirs is cheaper.\n",
      ),
    ).toEqual([]);
  });

  it("reports a file in field-notes/ that is not a note file", () => {
    const files = withFile(validLibrary(), "field-notes/Notes.yml", "product: analytics\n");

    expect(check(files).problems.map(({ file, rule }) => `${file} ${rule}`)).toEqual([
      "field-notes/Notes.yml field-note-file",
    ]);
  });
});
