// A copy of the sample library with a unique marker word in every string it holds, so that a
// built page can be traced back to the field each of its texts came from.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { checkLibrary } from "../../src/core/check.ts";
import { approveTranslation } from "../../src/core/translations/write.ts";
import { formatFieldPath, type Problem } from "../../src/core/problem.ts";
import { readLibraryFilesNow } from "../../src/library/files.ts";

export interface Marker {
  marker: string;
  file: string;
  /** The frontmatter or YAML field (`claims[0].text`), or what in a talk track it stands in. */
  field: string;
  /** The field's text before the marker was added: a reference to it elsewhere names it. */
  original: string;
}

/** What the markers are appended to in every talk track: each construct a talk track may show. */
const TALK_TRACK_PLACES = [
  "talk track: text",
  "talk track: link text",
  "talk track: link title",
  "talk track: image alt",
  "talk track: image title",
  "talk track: reference-style image alt",
  "talk track: definition title",
  "talk track: <DontSay>",
] as const;

/**
 * Copies `source` (a library folder) to `target` with a marker word appended to every string of
 * every YAML file and MDX frontmatter, and a paragraph of marked talk-track constructs appended to
 * every MDX body. Markers the checker refuses (an id or a date no longer valid with a word added,
 * a reference that no longer resolves) are taken out again until the library passes: those fields
 * are left unmarked and returned as `unmarked`.
 */
export function writeMarkedLibrary(
  source: string,
  target: string,
  asOf: string,
): { markers: Marker[]; unmarked: Marker[] } {
  cpSync(source, target, { recursive: true });
  mkdirSync(join(target, "images"), { recursive: true });
  cpSync("public/icons/icon-192.png", join(target, "images/marker.png"));
  let count = 0;
  const next = () => `mkr${(count++).toString(36).padStart(3, "0")}q`;

  const files = new Map<string, MarkedFile>();
  for (const path of readdirSync(target, { recursive: true, encoding: "utf8" }).sort()) {
    if (!/\.(ya?ml|mdx)$/.test(path)) continue;
    const text = readFileSync(join(target, path), "utf8");
    const mdx = path.endsWith(".mdx");
    const split = mdx ? /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text) : undefined;
    if (mdx && !split) throw new Error(`${path} has no frontmatter`);
    const document = parseDocument(split ? split[1]! : text);
    if (path === WITHDRAWN_SHEET) withdrawSome(document);
    const markers: MarkedField[] = [];
    markScalars(document.contents, [], (path_, scalar) => {
      const marker = next();
      const original = scalar.value;
      markers.push({ marker, path: path_, original, scalar, active: true });
      scalar.value = `${original} ${marker}`;
    });
    const body: Marker[] = [];
    if (split) {
      for (const place of TALK_TRACK_PLACES) {
        body.push({ marker: next(), file: path, field: place, original: "" });
      }
    }
    files.set(path, { document, markers, mdxBody: split?.[2], talkTrack: body });
  }

  const write = () => {
    for (const [path, file] of files) {
      const yaml = file.document.toString({ lineWidth: 0 });
      writeFileSync(
        join(target, path),
        file.mdxBody === undefined
          ? yaml
          : `---\n${yaml}---\n${file.mdxBody}\n${talkTrackBlock(file.talkTrack, relative(dirname(path), "images/marker.png"))}`,
      );
    }
  };

  // Each round takes out the markers the problems point at: by field, else by the text they name.
  for (let round = 0; ; round++) {
    write();
    approveTranslations(target, asOf);
    const errors = checkLibrary(readLibraryFilesNow(target), { asOf }).problems.filter(
      (problem) => problem.severity === "error",
    );
    if (errors.length === 0) break;
    let removed = 0;
    for (const problem of errors) removed += unmark(files, problem);
    if (removed === 0 || round > 8) {
      throw new Error(
        `the marked library is refused:\n${errors.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`).join("\n")}`,
      );
    }
  }

  // A translation's fingerprints are what approving it writes: their markers are gone.
  const written = readLibraryFilesNow(target)
    .map((file) => new TextDecoder().decode(file.bytes))
    .join("\n");
  const markers: Marker[] = [];
  const unmarked: Marker[] = [];
  for (const [path, file] of files) {
    for (const field of file.markers) {
      if (!written.includes(field.marker)) field.active = false;
      const marker = {
        marker: field.marker,
        file: path,
        field: formatFieldPath(field.path),
        original: field.original,
      };
      (field.active ? markers : unmarked).push(marker);
    }
    markers.push(...file.talkTrack);
  }
  return { markers, unmarked };
}

/** As `npm run translate -- approve` does for each translation: its texts sealed as they now are. */
function approveTranslations(root: string, asOf: string): void {
  const { library, translations = [] } = checkLibrary(readLibraryFilesNow(root), { asOf });
  if (!library) return;
  for (const entry of translations) {
    const sheet = library.sheets.find((candidate) => candidate.slug === entry.slug);
    if (!sheet) continue;
    const path = join(root, entry.file);
    const approved = approveTranslation(
      readFileSync(path, "utf8"),
      sheet,
      entry,
      library.policy.policy.language,
      asOf,
    );
    writeFileSync(path, approved);
  }
}

/** A sheet nothing else quotes, so it may be withdrawn whole. */
const WITHDRAWN_SHEET = "products/data-residency.mdx";

/**
 * The sample library withdraws nothing: the sheet, a copy of its first claim and a copy of its
 * first promise are withdrawn here, so that the fields of `withdrawn` get markers too.
 */
function withdrawSome(document: Document): void {
  const withdrawn = (reason: string) =>
    document.createNode({ on: "2026-11-02", reason, insteadSay: "signal-analytics-uptime" });
  for (const list of ["claims", "promises"]) {
    const first = document.getIn([list, 0]) as { clone(): YAMLMap };
    const copy = first.clone();
    copy.set(
      list === "claims" ? "id" : "topic",
      list === "claims" ? "withdrawn-claim" : "Withdrawn topic",
    );
    copy.set("withdrawn", withdrawn(`The ${list === "claims" ? "claim" : "promise"} was replaced`));
    (document.get(list) as YAMLSeq).add(copy);
  }
  document.set("withdrawn", withdrawn("The sheet was replaced"));
  // Its claims are withdrawn with it: its own forbidden phrases can no longer point at them.
  for (const phrase of (document.get("forbidden") as YAMLSeq | undefined)?.items ?? []) {
    (phrase as YAMLMap).delete("insteadSay");
  }
}

interface MarkedField {
  marker: string;
  path: (string | number)[];
  original: string;
  scalar: { value: unknown };
  active: boolean;
}

interface MarkedFile {
  document: Document;
  markers: MarkedField[];
  /** The talk track as written, for an MDX file. */
  mdxBody?: string;
  talkTrack: Marker[];
}

function markScalars(
  node: unknown,
  path: (string | number)[],
  mark: (path: (string | number)[], scalar: { value: string }) => void,
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      markScalars(pair.value, [...path, key], mark);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => markScalars(item, [...path, index], mark));
  } else if (isScalar(node) && typeof node.value === "string") {
    mark(path, node as { value: string });
  }
}

function unmark(files: Map<string, MarkedFile>, problem: Problem): number {
  const file = files.get(problem.file);
  let removed = 0;
  const take = (field: MarkedField) => {
    if (!field.active) return;
    field.active = false;
    field.scalar.value = field.original;
    removed++;
  };
  for (const field of file?.markers ?? []) {
    const at = formatFieldPath(field.path);
    if (problem.field !== "" && (at === problem.field || at.startsWith(`${problem.field}.`)))
      take(field);
  }
  if (removed > 0) return removed;
  // A reference elsewhere that no longer resolves names the text it looked for.
  for (const other of files.values()) {
    for (const field of other.markers) {
      if (field.original.length >= 2 && problem.message.includes(field.original)) take(field);
    }
  }
  return removed;
}

/** One paragraph of each talk-track construct, each with its own marker. */
function talkTrackBlock(markers: readonly Marker[], image: string): string {
  const [text, linkText, linkTitle, alt, imageTitle, referenceAlt, definitionTitle, dontSay] =
    markers.map((marker) => marker.marker);
  return [
    "",
    `Marked text ${text}, a [link ${linkText}](https://example.com/ "Link ${linkTitle}"), and ![Image ${alt}](${image} "Image ${imageTitle}").`,
    "",
    `![Reference ${referenceAlt}][marker-image]`,
    "",
    `[marker-image]: ${image} "Definition ${definitionTitle}"`,
    "",
    `<DontSay>Quoted ${dontSay}</DontSay>`,
    "",
  ].join("\n");
}
