// Issue 21's one truth, as a reader meets it: every text a built page shows was checked by the
// wording rules, or is quoted on purpose inside `data-quoted`. The sample library gets a unique
// marker word in every string of every file and in each talk-track construct
// (marker-library.ts); the checker itself says which markers it reads (each is made a forbidden
// phrase for one check), the library is built once, and every file the site serves is searched.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { htmlToHast } from "satteri";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseDocument, YAMLSeq } from "yaml";
import type { z } from "zod";
import { checkLibrary, POLICY_FILE } from "../../src/core/check.ts";
import { FieldNoteSchema } from "../../src/core/field-notes/schema.ts";
import { StepSchema, TrackSchema } from "../../src/core/onboarding/schema.ts";
import { EXEMPT } from "../../src/core/schema/exempt.ts";
import { PolicySchema } from "../../src/core/schema/policy.ts";
import { ProductSchema } from "../../src/core/schema/product.ts";
import { TranslationSchema } from "../../src/core/translations/schema.ts";
import { readLibraryFilesNow } from "../../src/library/files.ts";
import { buildLibrary } from "../browser/build-library.ts";
import { writeMarkedLibrary, type Marker } from "./marker-library.ts";

const AS_OF = "2026-12-06";
const MARKER = /mkr[0-9a-z]{3}q/g;

let work: string;
let markers: Map<string, Marker>;
let unmarked: Marker[];
/** Markers the checker's wording rules read. */
let checked: Set<string>;
/**
 * Per served file, the markers it shows outside `data-quoted` and those it shows quoted (each with
 * the element it is in), and those it holds as data (a JSON file, a script).
 */
let served: { file: string; open: string[]; quoted: string[]; data: string[] }[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "fieldguide-markers-"));
  const library = join(work, "library");
  const written = writeMarkedLibrary("content", library, AS_OF);
  markers = new Map(written.markers.map((marker) => [marker.marker, marker]));
  unmarked = written.unmarked;
  checked = markersTheCheckerReads(library);
  const { dist } = await buildLibrary(library, join(work, "dist"), { FIELDGUIDE_AS_OF: AS_OF });
  served = readdirSync(dist, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile()) return [];
    const file = relative(dist, join(entry.parentPath, entry.name));
    const text = readFileSync(join(dist, file), "utf8");
    if (!text.includes("mkr")) return [];
    return [
      {
        file,
        ...(file.endsWith(".html")
          ? markersInPage(text)
          : { open: [], quoted: [], data: found(text) }),
      },
    ];
  });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each marker made a forbidden phrase: those the check then names are the ones it reads. */
function markersTheCheckerReads(library: string): Set<string> {
  const files = readLibraryFilesNow(library).map((file) => {
    if (file.path !== POLICY_FILE) return file;
    const policy = parseDocument(new TextDecoder().decode(file.bytes));
    const forbidden = policy.get("forbidden") as YAMLSeq;
    for (const marker of markers.keys()) forbidden.add({ phrase: marker, why: "a marker" });
    return { ...file, bytes: new TextEncoder().encode(policy.toString({ lineWidth: 0 })) };
  });
  const { problems } = checkLibrary(files, { asOf: AS_OF });
  return new Set(
    problems
      .filter((problem) => problem.rule === "forbidden-phrase")
      .flatMap((problem) => found(problem.message)),
  );
}

/** The markers in `text`; a look-alike in a sealed quiz or a script's data is no marker. */
function found(text: string): string[] {
  return [...text.matchAll(MARKER)]
    .map((match) => match[0])
    .filter((marker) => markers.has(marker) || unmarked.some((field) => field.marker === marker));
}

/** Each kind of library file, by its path, and the schema it is validated with. */
const SCHEMAS: [RegExp, z.ZodType][] = [
  [/^policy\.yaml$/, PolicySchema],
  [/^products\//, ProductSchema],
  [/^onboarding\/[^/]+\/track\.yaml$/, TrackSchema],
  [/^onboarding\//, StepSchema],
  [/^field-notes\//, FieldNoteSchema],
  [/^translations\//, TranslationSchema],
];

/** Whether the field a marker was put in is registered exempt (schema/exempt.ts), at any depth. */
function exemptField({ file, field }: Marker): boolean {
  let node = unwrap(SCHEMAS.find(([path]) => path.test(file))?.[1]);
  for (const key of field.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    if (!node || EXEMPT.has(node)) break;
    const def = defOf(node);
    // A union (a quiz item) is the option that has the field.
    const object = def.type === "union" ? def.options?.find((o) => defOf(o).shape?.[key]) : node;
    node = unwrap(def.type === "array" ? def.element : object && defOf(object).shape?.[key]);
  }
  return node !== undefined && EXEMPT.has(node);
}

/** Every string field a schema has, arrays written `[]`: `claims[].evidence.document`. */
function stringFields(node: z.ZodType | undefined, at = "", into = new Set<string>()): Set<string> {
  if (!node) return into;
  const def = defOf(node);
  if (def.type === "optional" || def.type === "default" || def.type === "nullable")
    stringFields(def.innerType, at, into);
  else if (def.type === "pipe") stringFields(def.out, at, into);
  else if (def.type === "array") stringFields(def.element, `${at}[]`, into);
  else if (def.type === "union") def.options?.forEach((option) => stringFields(option, at, into));
  else if (def.type === "object") {
    for (const [key, field] of Object.entries(def.shape ?? {}))
      stringFields(field, at ? `${at}.${key}` : key, into);
  } else if (def.type === "string") into.add(at);
  return into;
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(node: z.ZodType): SchemaDef {
  return (node as unknown as { def: SchemaDef }).def;
}

/** The schema inside optional, default and pipe, unless a wrapper is itself registered exempt. */
function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  while (node && !EXEMPT.has(node)) {
    const def = defOf(node);
    if (def.type === "optional" || def.type === "default" || def.type === "nullable")
      node = def.innerType;
    else if (def.type === "pipe") node = def.out;
    else break;
  }
  return node;
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/** Attributes a reader sees or hears as text (what the build's page scan reads, too). */
const TEXT_ATTRIBUTES = ["title", "alt", "ariaLabel", "placeholder"];

/**
 * A page as a browser parses it: the markers of its text and of the attributes a reader sees,
 * inside `data-quoted` or not, with the element they are in; a script's text is data, as a data
 * file's is (an address in an href is no text a reader reads).
 */
function markersInPage(html: string): { open: string[]; quoted: string[]; data: string[] } {
  const open: string[] = [];
  const quoted: string[] = [];
  const data: string[] = [];
  const visit = (node: HastNode, inQuote: boolean, tag: string): void => {
    const properties = node.properties ?? {};
    const here = inQuote || "dataQuoted" in properties;
    const into = here ? quoted : open;
    if (typeof node.value === "string") {
      (tag === "script" ? data : into).push(...found(node.value).map((m) => `${m} <${tag}>`));
    }
    const texts = TEXT_ATTRIBUTES.map((name) => properties[name]);
    if (node.tagName === "meta") texts.push(properties.content);
    for (const value of texts) {
      if (typeof value === "string")
        into.push(...found(value).map((m) => `${m} <${node.tagName}>`));
    }
    for (const child of node.children ?? []) visit(child, here, node.tagName ?? tag);
  };
  visit(htmlToHast(html) as HastNode, false, "");
  return { open, quoted, data };
}

/** "products/a.mdx claims[0].text in <li>" for "mkr0a1q <li>". */
function describeMarker(occurrence: string): string {
  const [marker = "", ...where] = occurrence.split(" ");
  const from = markers.get(marker);
  const field = from
    ? `${from.file} ${from.field}`
    : `${marker} (unmarked: ${unmarkedField(marker)})`;
  return [field, ...where.map((tag) => `in ${tag}`)].join(" ");
}

function unmarkedField(marker: string): string {
  const from = unmarked.find((candidate) => candidate.marker === marker);
  return from ? `${from.file} ${from.field}` : "no field";
}

const markerOf = (occurrence: string) => occurrence.split(" ")[0]!;

describe("the built site of a library with a marker in every field", { timeout: 300_000 }, () => {
  test("shows outside data-quoted only texts the checker checked", () => {
    const unchecked = served.flatMap(({ file, open }) =>
      [...new Set(open)]
        .filter((occurrence) => !checked.has(markerOf(occurrence)))
        .map((occurrence) => `${file}: ${describeMarker(occurrence)}`),
    );

    expect(unchecked).toEqual([]);
  });

  test("holds in its data (JSON files, scripts) only checked texts and exempt fields", () => {
    const unchecked = served.flatMap(({ file, data }) =>
      [...new Set(data)]
        .filter((occurrence) => {
          const marker = markers.get(markerOf(occurrence));
          return marker !== undefined && !checked.has(marker.marker) && !exemptField(marker);
        })
        .map((occurrence) => `${file}: ${describeMarker(occurrence)}`),
    );

    expect(unchecked).toEqual([]);
  });

  test("has a marker, or a value no word can be added to, in every string field of every schema", () => {
    const filled = [...markers.values(), ...unmarked];
    const empty = SCHEMAS.flatMap(([path, schema]) => {
      const have = new Set(
        filled
          .filter(({ file }) => path.test(file))
          .map(({ field }) => field.replace(/\[\d+\]/g, "[]")),
      );
      return [...stringFields(schema)]
        .filter((field) => !have.has(field))
        .map((field) => `${path.source} ${field}`);
    });

    // A field no file of the sample library fills: fill it there, or in marker-library.ts.
    expect(empty).toEqual([]);
  });

  test("carries markers from every kind of file and every talk-track construct to its pages", () => {
    const shown = new Set(
      served.flatMap(({ open, quoted, data }) => [...open, ...quoted, ...data].map(markerOf)),
    );
    const kinds = (list: Iterable<Marker>) =>
      new Set([...list].map(({ file }) => (file.includes("/") ? `${file.split("/")[0]}/` : file)));
    const reached = [...markers.values()].filter((marker) => shown.has(marker.marker));
    const talkTrack = new Set(
      reached.filter(({ field }) => field.startsWith("talk track")).map(({ field }) => field),
    );

    expect(kinds(reached)).toEqual(
      new Set([POLICY_FILE, "products/", "onboarding/", "field-notes/", "translations/"]),
    );
    expect([...talkTrack].sort()).toEqual([
      "talk track: <DontSay>",
      "talk track: definition title",
      "talk track: image alt",
      "talk track: image title",
      "talk track: link text",
      "talk track: link title",
      "talk track: reference-style image alt",
      "talk track: text",
    ]);
    // Left unmarked only where a word cannot be added: ids, dates, addresses, fixed values, references.
    expect(unmarked.length).toBeLessThan(markers.size);
  });
});
