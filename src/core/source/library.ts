import type { Position, Problem } from "../problem.ts";
import type { Policy } from "../schema/policy.ts";
import type { Product } from "../schema/product.ts";
import type { LocatedYaml } from "./yaml.ts";
import {
  readTalkTrack,
  type TalkTrack,
  type TalkTrackKind,
  type TalkTrackProblem,
} from "../text/mdx.ts";

export interface PolicyEntry {
  file: string;
  policy: Policy;
  locate: LocatedYaml["locate"];
}

/** One product sheet: its validated frontmatter, its talk track, and where each part stands. */
export interface SheetEntry {
  file: string;
  slug: string;
  product: Product;
  locate: LocatedYaml["locate"];
  body: string;
  bodyLine: number;
}

export interface Library {
  policy: PolicyEntry;
  sheets: SheetEntry[];
}

/** "Today" for every rule that depends on the date. */
export interface CheckContext {
  asOf: string;
}

/** The file position of an offset in a sheet's body. */
export function bodyPosition(
  sheet: Pick<SheetEntry, "body" | "bodyLine">,
  offset: number,
): Position {
  const before = sheet.body.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: sheet.bodyLine + before.split("\n").length - 1, column: offset - lineStart + 1 };
}

const talkTracks = new WeakMap<object, TalkTrack>();

/** A sheet's or step's talk track, parsed once however many rules read it. */
export function talkTrackOf(
  entry: Pick<SheetEntry, "body" | "bodyLine">,
  kind: TalkTrackKind,
): TalkTrack {
  let track = talkTracks.get(entry);
  if (!track) {
    track = readTalkTrack(entry.body, kind);
    talkTracks.set(entry, track);
  }
  return track;
}

/** The file position of a problem in a talk track: a syntax error comes with its own line. */
function talkTrackPosition(
  entry: Pick<SheetEntry, "body" | "bodyLine">,
  problem: TalkTrackProblem,
): Position {
  return problem.line !== undefined && problem.column !== undefined
    ? { line: entry.bodyLine + problem.line - 1, column: problem.column }
    : bodyPosition(entry, problem.offset);
}

/** What the talk track's allow-list let through, as problems at the file's lines. */
export function talkTrackProblems(
  entry: Pick<SheetEntry, "file" | "body" | "bodyLine">,
  kind: TalkTrackKind,
): Problem[] {
  return talkTrackOf(entry, kind).problems.map((found) => ({
    severity: "error",
    file: entry.file,
    ...talkTrackPosition(entry, found),
    field: "",
    message: found.message,
    hint: found.hint,
    rule: "mdx-safety",
  }));
}
