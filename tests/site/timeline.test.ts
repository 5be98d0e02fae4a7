import { describe, expect, test } from "vitest";
import type { TimelineEvent } from "../../src/core/health/report.ts";
import { MAX_TIMELINE_MARKS, PLOT, timelineView } from "../../src/site/timeline.ts";

const event = (
  date: string,
  daysLeft: number,
  kind: TimelineEvent["kind"] = "claim-expires",
): TimelineEvent => ({
  kind,
  date,
  daysLeft,
  slug: "alpha",
  title: "Alpha",
  owner: "ana@example.com",
});

describe("the health timeline's layout", () => {
  test("spans whole months from the earliest to the latest date, with monthly ticks for a short span", () => {
    const view = timelineView(
      [event("2026-11-20", -11), event("2027-02-10", 71)],
      "2026-12-01",
      30,
    );

    expect([view.start, view.end]).toEqual(["2026-11-01", "2027-03-01"]);
    expect(view.ticks.map((tick) => tick.label)).toEqual([
      "Nov 2026",
      "Dec",
      "Jan 2027",
      "Feb",
      "Mar",
    ]);
    expect(view.ticks[0]!.x).toBe(PLOT.left);
    expect(view.ticks.at(-1)!.x).toBe(PLOT.right);
  });

  test("marks past dates and dates within the window as urgent; stacks events on the same date", () => {
    const view = timelineView(
      [
        event("2026-11-20", -11),
        event("2026-12-31", 30),
        event("2026-12-31", 30),
        event("2027-01-01", 31),
      ],
      "2026-12-01",
      30,
    );

    expect(view.marks.map((mark) => [mark.date, mark.urgent, mark.stack])).toEqual([
      ["2026-11-20", true, 0],
      ["2026-12-31", true, 0],
      ["2026-12-31", true, 1],
      ["2027-01-01", false, 0],
    ]);
    expect(view.today).toBeLessThan(view.windowEnd);
  });

  test("a span of years gets yearly ticks", () => {
    const view = timelineView([event("2029-12-31", 1126)], "2026-12-01", 30);

    expect(view.ticks.map((tick) => tick.label)).toEqual(["2027", "2028", "2029", "2030"]);
  });

  test("a crowded timeline draws one mark per kind and month, counting its events", () => {
    const many = Array.from({ length: MAX_TIMELINE_MARKS + 1 }, (_, index) =>
      index % 2 === 0
        ? event(`2027-0${1 + (index % 3)}-1${index % 10}`, 60, "review-due")
        : event("2026-12-20", 19),
    );
    const view = timelineView(many, "2026-12-01", 30);

    const marks = view.marks.map((mark) => [
      mark.kind,
      mark.date.slice(0, 7),
      mark.count,
      mark.urgent,
    ]);
    expect(marks).toEqual([
      ["review-due", "2027-01", 42, false],
      ["claim-expires", "2026-12", 125, true],
      ["review-due", "2027-03", 42, false],
      ["review-due", "2027-02", 42, false],
    ]);
    expect(view.marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(many.length);
  });
});
