import { describe, expect, it } from "vitest";
import type { FieldNote } from "../../../src/core/field-notes/schema.ts";
import {
  mostPushedBack,
  notesByOwner,
  recurringAsks,
  summarizeNotes,
} from "../../../src/core/field-notes/summary.ts";
import { libraryOf, validLibrary } from "../fixture-library.ts";

const sheets = libraryOf(validLibrary()).sheets;
const note = (fields: Partial<FieldNote>): FieldNote => ({
  product: "analytics",
  kind: "pushback",
  date: "2026-11-01",
  quote: "Too expensive.",
  ...fields,
});

describe("summarizeNotes", () => {
  const notes = [
    note({ claim: "analytics-uptime", date: "2026-11-03", quote: "Uptime is table stakes." }),
    note({ claim: "analytics-uptime", date: "2026-11-05", quote: "Not again." }),
    note({
      claim: "analytics-uptime",
      kind: "worked",
      date: "2026-11-04",
      quote: "Convinced the CTO.",
    }),
    note({ claim: "analytics-uptime", date: "2026-11-01", quote: "Oldest." }),
    note({ topic: "sla", kind: "out-of-bounds-ask", quote: "99.99%?" }),
    note({ topic: "SLA", kind: "out-of-bounds-ask", date: "2026-11-02", quote: "Zero downtime?" }),
    note({ product: "monitoring", kind: "competitor", quote: "Theirs checks every 10 s." }),
    note({ product: "gone", quote: "A product the library does not have." }),
  ];
  const subjects = summarizeNotes(notes, sheets);

  it("counts by kind per claim, boundary and product, with the newest quotes first", () => {
    expect(
      subjects.map(({ title, subject, total, counts, latest }) => ({
        title,
        subject,
        total,
        pushback: counts.pushback,
        latest: latest.map((quote) => quote.quote),
      })),
    ).toEqual([
      {
        title: "Analytics",
        subject: 'claim "Analytics delivered 99.9% monthly uptime in 2025."',
        total: 4,
        pushback: 3,
        latest: ["Not again.", "Convinced the CTO.", "Uptime is table stakes."],
      },
      {
        title: "Analytics",
        subject: 'promise "SLA"',
        total: 2,
        pushback: 0,
        latest: ["Zero downtime?", "99.99%?"],
      },
      {
        title: "Monitoring",
        subject: "the product",
        total: 1,
        pushback: 0,
        latest: ["Theirs checks every 10 s."],
      },
    ]);
  });

  it("groups by owner and picks the most pushed-back claims and recurring asks", () => {
    expect(notesByOwner(subjects).map(({ owner, subjects: list }) => [owner, list.length])).toEqual(
      [...new Set(subjects.map((subject) => subject.owner))]
        .sort()
        .map((owner) => [owner, subjects.filter((subject) => subject.owner === owner).length]),
    );
    expect(subjects[0]?.newestOf).toEqual({
      pushback: { kind: "pushback", date: "2026-11-05", quote: "Not again." },
      worked: { kind: "worked", date: "2026-11-04", quote: "Convinced the CTO." },
    });
    expect(mostPushedBack(subjects).map((subject) => subject.subject)).toEqual([
      'claim "Analytics delivered 99.9% monthly uptime in 2025."',
    ]);
    expect(recurringAsks(subjects).map((subject) => subject.subject)).toEqual(['promise "SLA"']);
    expect(recurringAsks(subjects, 3)).toEqual([]);
  });
});
