import { describe, expect, it } from "vitest";
import type { TrackRef } from "../../../src/core/onboarding/receipt.ts";
import {
  jsonObjects,
  readTeamReceipts,
  sortRows,
  teamCsv,
  teamView,
} from "../../../src/core/onboarding/team.ts";
import { currentReceipt } from "./receipt-fixture.ts";

const track: TrackRef = {
  slug: "first-week",
  title: "First week",
  steps: [
    { key: "first-week/welcome", title: "Welcome", fingerprint: "aaaa0001", words: 1000 },
    { key: "first-week/discounts", title: "Discounts", fingerprint: "bbbb0002", words: 1500 },
  ],
};

const receipt = (name: string, completedAt: string, seconds: number) =>
  currentReceipt(track, name, completedAt, seconds);

const ada = receipt("Ada Lovelace", "2026-12-02T10:00:00.000Z", 900);
const grace = receipt("Grace Hopper", "2026-12-03T10:00:00.000Z", 4);
const file = (name: string, value: unknown) => ({
  name,
  text: typeof value === "string" ? value : JSON.stringify(value),
});

describe("several receipts at once", () => {
  it("reads each on its own: a malformed one is listed with why, the others are read", () => {
    const read = readTeamReceipts([
      file("ada.json", ada),
      file("broken.json", '{"format": "fieldguide-onboarding-receipt", "name": '),
      file("grace.json", grace),
    ]);

    expect(read.used.map((entry) => entry.from)).toEqual(["ada.json", "grace.json"]);
    expect(read.unreadable).toEqual([
      {
        from: "broken.json",
        reason: "No receipt found: paste the receipt's JSON, or drop the receipt file here.",
      },
    ]);
  });

  it("splits pasted text into its receipts, e-mails and all, braces in names included", () => {
    const named = receipt("Ada {the first} Lovelace", "2026-12-02T10:00:00.000Z", 900);
    const pasted = `Hello,\n\nReceipt:\n${JSON.stringify(named)}\n\n-- \nHello again\n${JSON.stringify(grace, null, 2)}\n{"format": "cut short`;

    expect(jsonObjects(pasted)).toHaveLength(3);
    const read = readTeamReceipts([{ name: "Pasted text", text: pasted, pasted: true }]);
    expect(read.used.map((entry) => [entry.from, entry.receipt.name])).toEqual([
      ["Pasted text, receipt 1", "Ada {the first} Lovelace"],
      ["Pasted text, receipt 2", "Grace Hopper"],
    ]);
    expect(read.unreadable).toEqual([
      {
        from: "Pasted text, receipt 3",
        reason: "The receipt is not valid JSON: it may have been cut short or edited.",
      },
    ]);
    expect(
      readTeamReceipts([{ name: "Pasted text", text: "thanks!", pasted: true }]).unreadable,
    ).toEqual([{ from: "Pasted text", reason: "No receipt found in the pasted text." }]);
  });

  it("uses the newest receipt of a hire for a track and lists the others", () => {
    const older = receipt("ada lovelace", "2026-11-20T10:00:00.000Z", 900);
    const read = readTeamReceipts([file("old.json", older), file("ada.json", ada)]);

    expect(read.used.map((entry) => entry.from)).toEqual(["ada.json"]);
    expect(read.superseded.map(({ from, newer }) => ({ from, newer }))).toEqual([
      { from: "old.json", newer: "ada.json" },
    ]);
  });
});

describe("the team table", () => {
  it("shows hire × step: current, changed since, removed, missing, with checks and time", () => {
    const changed = receipt("Grace Hopper", "2026-12-03T10:00:00.000Z", 600);
    changed.steps[1]!.fingerprint = "0badf00d";
    const now: TrackRef = {
      ...track,
      steps: [
        track.steps[0]!,
        track.steps[1]!,
        { key: "first-week/promises", title: "Promises", fingerprint: "cccc0003", words: 800 },
      ],
    };
    const older: TrackRef = { ...now, steps: [now.steps[0]!, now.steps[2]!] };
    const { tables } = teamView(
      [
        { receipt: ada, from: "ada.json" },
        { receipt: changed, from: "grace.json" },
      ],
      [older],
    );

    expect(tables[0]!.columns.map((column) => [column.title, column.removed])).toEqual([
      ["Welcome", false],
      ["Promises", false],
      ["Discounts", true],
    ]);
    expect(
      tables[0]!.rows.map((row) =>
        tables[0]!.columns.map((column) => row.cells[column.key]!.status),
      ),
    ).toEqual([
      ["current", "missing", "removed"],
      ["current", "missing", "removed"],
    ]);
    expect(tables[0]!.rows[0]!.cells["first-week/welcome"]).toMatchObject({
      attempts: 1,
      seconds: 900,
    });
    expect(
      teamView([{ receipt: changed, from: "grace.json" }], [now]).tables[0]!.rows[0]!.cells[
        "first-week/discounts"
      ]!.status,
    ).toBe("changed");
  });

  it("says a receipt is for a track this build does not have", () => {
    const other = { ...ada, track: { slug: "partner-basics", title: "Partner basics" } };

    expect(teamView([{ receipt: other, from: "other.json" }], [track])).toEqual({
      tables: [],
      unknownTrack: [{ receipt: other, from: "other.json" }],
    });
  });

  it("marks a track finished faster than it can be read, and sorts by time", () => {
    const { tables } = teamView(
      [
        { receipt: ada, from: "ada.json" },
        { receipt: grace, from: "grace.json" },
      ],
      [track],
    );
    const rows = tables[0]!.rows;

    expect(rows.map((row) => [row.name, row.pace.seconds, row.pace.tooFast])).toEqual([
      ["Ada Lovelace", 1800, false],
      ["Grace Hopper", 8, true],
    ]);
    expect(sortRows(rows, "time", true).map((row) => row.name)).toEqual([
      "Grace Hopper",
      "Ada Lovelace",
    ]);
    expect(sortRows(rows, "name", false).map((row) => row.name)).toEqual([
      "Grace Hopper",
      "Ada Lovelace",
    ]);
    expect(sortRows(rows, "completed", true).map((row) => row.name)).toEqual([
      "Ada Lovelace",
      "Grace Hopper",
    ]);
  });

  it("exports every hire × step as CSV a spreadsheet cannot run", () => {
    const hostile = receipt(
      '=HYPERLINK("http://evil.example","Ada")',
      "2026-12-02T10:00:00.000Z",
      900,
    );
    const csv = teamCsv(
      teamView(
        [
          { receipt: hostile, from: "x.json" },
          { receipt: grace, from: "g.json" },
        ],
        [track],
      ),
    );
    const lines = csv.trimEnd().split("\r\n");

    expect(lines[0]).toBe(
      "Hire,Track,Step,Status,First opened (UTC),Passed (UTC),Checks,Seconds on step,Track finished faster than it can be read",
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Ada"")",First week,Welcome,Current,2026-11-30 09:00 UTC,2026-12-02 10:00 UTC,1,900,no`,
    );
    expect(lines[4]).toBe(
      "Grace Hopper,First week,Discounts,Current,2026-11-30 09:00 UTC,2026-12-03 10:00 UTC,1,4,yes",
    );
  });
});
