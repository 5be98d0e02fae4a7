import { addDays, daysBetween } from "../core/standing/index.ts";
import type { TimelineEvent } from "../core/health/index.ts";

interface TimelineTick {
  date: string;
  x: number;
  label: string;
}

export interface TimelineMark extends TimelineEvent {
  x: number;
  /** Events the mark stands for: 1, or all of its kind in its month on a crowded timeline. */
  count: number;
  /** 0 for the first event of its kind on its date, 1 for the next…: drawn side by side, not on top. */
  stack: number;
  /** Inside the report's window, or already past. */
  urgent: boolean;
}

export interface TimelineView {
  start: string;
  end: string;
  /** Where the as-of date and the end of the report's window fall, within PLOT. */
  today: number;
  windowEnd: number;
  ticks: TimelineTick[];
  marks: TimelineMark[];
}

/** The drawing is WIDTH units wide; dates map onto PLOT, leaving a gutter on the left for lane names. */
export const WIDTH = 1000;
export const PLOT = { left: 170, right: 965 } as const;
/**
 * Above this many events (a library of hundreds of sheets), one mark stands for all events of a
 * kind in a month: thousands of marks would make the page megabytes and the picture unreadable.
 */
export const MAX_TIMELINE_MARKS = 250;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Lays out dated events on a horizontal axis from the earliest event (or the as-of date) to the
 * latest (at least the end of the window), with month, quarter or year ticks to suit the span.
 */
export function timelineView(
  events: readonly TimelineEvent[],
  asOf: string,
  withinDays: number,
): TimelineView {
  const windowEnd = addDays(asOf, withinDays);
  const dates = events.map((event) => event.date);
  const start = firstOfMonth([asOf, ...dates].sort()[0]!);
  const end = firstOfMonth(addDays([windowEnd, ...dates].sort().at(-1)!, 31));
  const span = Math.max(1, daysBetween(start, end));
  const x = (date: string) =>
    Math.round((PLOT.left + (daysBetween(start, date) / span) * (PLOT.right - PLOT.left)) * 10) /
    10;
  const stepMonths = span > 3 * 365 ? 12 : span > 18 * 31 ? 3 : 1;
  const ticks: TimelineTick[] = [];
  for (let date = start; date <= end; date = addMonths(date, 1)) {
    const month = Number(date.slice(5, 7)) - 1;
    if (month % stepMonths !== 0) continue;
    const label =
      stepMonths === 12
        ? date.slice(0, 4)
        : `${MONTHS[month]}${month === 0 || ticks.length === 0 ? ` ${date.slice(0, 4)}` : ""}`;
    ticks.push({ date, x: x(date), label });
  }
  return {
    start,
    end,
    today: x(asOf),
    windowEnd: x(windowEnd),
    ticks,
    marks:
      events.length > MAX_TIMELINE_MARKS
        ? monthlyMarks(events, x, windowEnd)
        : eachEvent(events, x, windowEnd),
  };
}

function eachEvent(
  events: readonly TimelineEvent[],
  x: (date: string) => number,
  windowEnd: string,
): TimelineMark[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const key = `${event.kind} ${event.date}`;
    const stack = seen.get(key) ?? 0;
    seen.set(key, stack + 1);
    return { ...event, x: x(event.date), count: 1, stack, urgent: event.date <= windowEnd };
  });
}

/** One mark per kind and month, at the month's first event, urgent if any of its events is. */
function monthlyMarks(
  events: readonly TimelineEvent[],
  x: (date: string) => number,
  windowEnd: string,
): TimelineMark[] {
  const marks = new Map<string, TimelineMark>();
  for (const event of events) {
    const key = `${event.kind} ${event.date.slice(0, 7)}`;
    const mark = marks.get(key);
    if (mark) {
      mark.count++;
      mark.urgent ||= event.date <= windowEnd;
    } else {
      marks.set(key, {
        ...event,
        x: x(event.date),
        count: 1,
        stack: 0,
        urgent: event.date <= windowEnd,
      });
    }
  }
  return [...marks.values()];
}

function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function addMonths(date: string, months: number): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const total = year * 12 + (month - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}
