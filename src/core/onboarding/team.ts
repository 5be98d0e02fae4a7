/**
 * The manager's view of several receipts at once: each read on its own (a malformed one is listed
 * with its reason, the others are still read), one per hire and track (the newest; the others are
 * listed), and a table per track of hire × step with each step's status, checks and time.
 */
import { foldPhrase } from "../text/normalize.ts";
import { formatDuration } from "./reading.ts";
import {
  checkReceipt,
  formatTimestamp,
  paceOf,
  parseReceipt,
  readReceipt,
  type Pace,
  type Receipt,
  type ReceiptStepStatus,
  type TrackRef,
} from "./receipt.ts";

/** Where a receipt came from, as the manager knows it: a file's name, or "pasted text". */
export interface ReceiptSource {
  name: string;
  text: string;
  /** Pasted text may hold several receipts, one after another; a file holds one. */
  pasted?: boolean;
}

export interface FoundReceipt {
  receipt: Receipt;
  from: string;
}

export interface TeamReceipts {
  /** The newest receipt of each hire for each track. */
  used: FoundReceipt[];
  /** Older receipts of a hire for a track already used, each with the one used instead. */
  superseded: (FoundReceipt & { newer: string })[];
  /** What could not be read, with why. */
  unreadable: { from: string; reason: string }[];
}

export function readTeamReceipts(sources: readonly ReceiptSource[]): TeamReceipts {
  const found: FoundReceipt[] = [];
  const unreadable: TeamReceipts["unreadable"] = [];
  for (const source of sources) {
    const pieces = source.pasted ? jsonObjects(source.text) : [source.text];
    if (pieces.length === 0) {
      unreadable.push({ from: source.name, reason: "No receipt found in the pasted text." });
      continue;
    }
    pieces.forEach((piece, index) => {
      const from = pieces.length > 1 ? `${source.name}, receipt ${index + 1}` : source.name;
      const read = source.pasted ? parseReceipt(piece) : readReceipt(piece);
      if ("error" in read) unreadable.push({ from, reason: read.error });
      else found.push({ receipt: read.receipt, from });
    });
  }
  const newestFirst = [...found].sort((a, b) =>
    `${b.receipt.completedAt}${b.receipt.issuedAt}`.localeCompare(
      `${a.receipt.completedAt}${a.receipt.issuedAt}`,
    ),
  );
  const byHire = new Map<string, FoundReceipt>();
  const superseded: TeamReceipts["superseded"] = [];
  for (const entry of newestFirst) {
    const key = `${foldPhrase(entry.receipt.name)}\n${entry.receipt.track.slug}`;
    const newer = byHire.get(key);
    if (newer) superseded.push({ ...entry, newer: newer.from });
    else byHire.set(key, entry);
  }
  return {
    used: found.filter((entry) => [...byHire.values()].includes(entry)),
    superseded,
    unreadable,
  };
}

/**
 * The top-level JSON objects in pasted text, in order: several e-mails or receipt files pasted one
 * after another. Braces inside strings do not count; an object cut short runs to the end.
 */
export function jsonObjects(text: string): string[] {
  const objects: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"' && depth > 0) inString = true;
    else if (char === "{") {
      if (depth === 0) start = index;
      depth++;
    } else if (char === "}" && depth > 0) {
      depth--;
      if (depth === 0) objects.push(text.slice(start, index + 1));
    }
  }
  if (depth > 0) objects.push(text.slice(start));
  return objects;
}

/** One step of one hire's receipt, as the table shows it. */
export interface TeamCell {
  status: ReceiptStepStatus;
  openedAt?: string;
  passedAt?: string;
  attempts?: number;
  seconds?: number;
}

export interface TeamRow {
  name: string;
  from: string;
  completedAt: string;
  pace: Pace;
  /** By step key, for every column of the table. */
  cells: Record<string, TeamCell>;
}

export interface TeamTable {
  track: { slug: string; title: string };
  /** The track's steps in this build, then steps a receipt lists that it no longer has. */
  columns: { key: string; title: string; removed: boolean }[];
  rows: TeamRow[];
}

export interface TeamView {
  tables: TeamTable[];
  /** Receipts for tracks this build does not have: from another library or edition. */
  unknownTrack: FoundReceipt[];
}

export function teamView(receipts: readonly FoundReceipt[], tracks: readonly TrackRef[]): TeamView {
  const tables: TeamTable[] = [];
  const unknownTrack: FoundReceipt[] = [];
  for (const entry of receipts) {
    const checked = checkReceipt(entry.receipt, tracks);
    if (checked.kind === "unknown-track") {
      unknownTrack.push(entry);
      continue;
    }
    const track = tracks.find((candidate) => candidate.slug === entry.receipt.track.slug)!;
    let table = tables.find((candidate) => candidate.track.slug === track.slug);
    if (!table) {
      table = {
        track: { slug: track.slug, title: track.title },
        columns: track.steps.map((step) => ({ key: step.key, title: step.title, removed: false })),
        rows: [],
      };
      tables.push(table);
    }
    const cells: Record<string, TeamCell> = {};
    for (const step of checked.steps) {
      if (step.status === "removed" && !table.columns.some((column) => column.key === step.key))
        table.columns.push({ key: step.key, title: step.title, removed: true });
      const { status, openedAt, passedAt, attempts, seconds } = step;
      cells[step.key] = { status, openedAt, passedAt, attempts, seconds };
    }
    for (const step of checked.missing) cells[step.key] = { status: "missing" };
    table.rows.push({
      name: entry.receipt.name,
      from: entry.from,
      completedAt: entry.receipt.completedAt,
      pace: paceOf(entry.receipt.steps),
      cells,
    });
  }
  for (const table of tables)
    for (const row of table.rows)
      for (const column of table.columns) row.cells[column.key] ??= { status: "removed" };
  return { tables, unknownTrack };
}

export type TeamSort = "name" | "completed" | "time";

/** Rows sorted by a column, ascending or not; time unknown sorts last either way. */
export function sortRows(rows: readonly TeamRow[], by: TeamSort, ascending: boolean): TeamRow[] {
  const value = (row: TeamRow): string | number | undefined =>
    by === "name"
      ? row.name.toLocaleLowerCase()
      : by === "completed"
        ? row.completedAt
        : row.pace.seconds;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return ascending ? order : -order;
  });
}

const STATUS_TEXT: Record<ReceiptStepStatus, string> = {
  current: "Current",
  changed: "Changed since",
  removed: "Removed",
  missing: "Missing",
};

/** A step's cell in words: "Current · 2 checks · 12 min". */
export function describeCell(cell: TeamCell): string {
  return [
    STATUS_TEXT[cell.status],
    cell.attempts === undefined
      ? ""
      : `${cell.attempts} ${cell.attempts === 1 ? "check" : "checks"}`,
    cell.seconds === undefined ? "" : formatDuration(cell.seconds),
  ]
    .filter(Boolean)
    .join(" · ");
}

/** Every hire × step as CSV, for a spreadsheet: one line per step of each receipt used. */
export function teamCsv(view: TeamView): string {
  const header = [
    "Hire",
    "Track",
    "Step",
    "Status",
    "First opened (UTC)",
    "Passed (UTC)",
    "Checks",
    "Seconds on step",
    "Track finished faster than it can be read",
  ];
  const lines = view.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      table.columns.map((column) => {
        const cell = row.cells[column.key]!;
        return [
          row.name,
          table.track.title,
          column.title,
          STATUS_TEXT[cell.status],
          cell.openedAt === undefined ? "" : formatTimestamp(cell.openedAt),
          cell.passedAt === undefined ? "" : formatTimestamp(cell.passedAt),
          cell.attempts === undefined ? "" : String(cell.attempts),
          cell.seconds === undefined ? "" : String(cell.seconds),
          row.pace.seconds === undefined ? "not recorded" : row.pace.tooFast ? "yes" : "no",
        ];
      }),
    ),
  );
  return [header, ...lines].map((line) => line.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * A field quoted when it must be; a name starting with =, +, - or @ is prefixed with ' so that a
 * spreadsheet shows it rather than running it as a formula (a receipt is anyone's text).
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
