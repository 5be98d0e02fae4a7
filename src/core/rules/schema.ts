import type { z } from "zod";
import { formatFieldPath, type Problem } from "../problem.ts";
import type { LocatedYaml } from "../source/yaml.ts";
import { nearest } from "../text/nearest.ts";
import { isPlaceholder, placeholdersIn } from "./placeholders.ts";

/**
 * Validates located YAML against a schema; every zod issue becomes a problem at the offending line.
 * A misspelt or unknown field is an error, yet it hides nothing else: `value` is then the data read
 * past it (the misspelling as the field it is nearest, an unknown field left out), so that the
 * file's other rules still run on it.
 */
export function validateSchema<T extends z.ZodType>(
  schema: T,
  yaml: LocatedYaml,
  file: string,
): { value?: z.output<T>; problems: Problem[] } {
  // Every TODO is reported wherever it stands, even where the value cannot be read without it.
  const placeholders = placeholdersIn(yaml, file);
  // Without the input in each issue, a value of the wrong type would read as a missing one.
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { value: result.data, problems: placeholders };
  const { data, renamed } = readPastUnknownKeys(yaml.data, result.error.issues, schema);
  const readPast = renamed === undefined ? undefined : schema.safeParse(data);
  // "upTo is required" beside "unknown field upto: did you mean upTo?" would say the same twice,
  // and `listPrice: TODO` is a value still to fill in, already reported, not a mistyped number.
  const issues = result.error.issues.filter(
    (issue) =>
      !(isRequired(issue) && renamed?.has(pathKey(issue.path))) && !isPlaceholder(issue.input),
  );
  return {
    value: readPast?.success ? readPast.data : undefined,
    problems: [
      ...placeholders,
      ...issues.flatMap((issue) => issueToProblems(issue, yaml, file, schema)),
    ],
  };
}

/**
 * A copy of `data` with each unknown key renamed to the known key it is nearest (when that one is
 * not already there) or removed, and the paths renamed to; no `renamed` without unknown keys.
 */
function readPastUnknownKeys(
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
): { data: unknown; renamed?: Set<string> } {
  const unknown = issues.filter((issue) => issue.code === "unrecognized_keys");
  if (unknown.length === 0) return { data };
  const copy = structuredClone(data);
  const renamed = new Set<string>();
  for (const issue of unknown) {
    const path = fieldPath(issue.path);
    const holder = path.reduce<unknown>(
      (node, segment) => (node as Record<string | number, unknown> | undefined)?.[segment],
      copy,
    ) as Record<string, unknown> | undefined;
    if (!holder) continue;
    for (const key of issue.keys) {
      const meant = nearest(key, knownKeys(schema, path));
      if (meant !== undefined && !(meant in holder)) {
        holder[meant] = holder[key];
        renamed.add(pathKey([...path, meant]));
      }
      delete holder[key];
    }
  }
  return { data: copy, renamed };
}

function isRequired(issue: z.core.$ZodIssue): boolean {
  return issue.code === "invalid_type" && issue.input === undefined;
}

function fieldPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.filter((segment): segment is string | number => typeof segment !== "symbol");
}

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(fieldPath(path));
}

function issueToProblems(
  issue: z.core.$ZodIssue,
  yaml: LocatedYaml,
  file: string,
  schema: z.ZodType,
): Problem[] {
  const path = fieldPath(issue.path);
  const at = (fieldPath: (string | number)[], message: string, hint: string): Problem => ({
    severity: "error",
    file,
    ...yaml.locate(fieldPath),
    field: formatFieldPath(fieldPath),
    message,
    hint,
    rule: "schema",
  });

  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(schema, path);
    return issue.keys.map((key) => {
      const meant = nearest(key, known);
      return at(
        [...path, key],
        `unknown field "${key}"`,
        meant !== undefined
          ? `Did you mean "${meant}"? Rename the field.`
          : `Remove it, or use one of: ${known.join(", ")}.`,
      );
    });
  }
  if (isRequired(issue)) {
    return [at(path, "is required", requiredHint(path))];
  }
  if (issue.code === "invalid_type" && issue.expected === "object") {
    const hint =
      path.length === 0
        ? "Write the fields as `key: value` lines; see docs/content-format.md."
        : fixHint(path);
    return [at(path, `must be a group of fields, not ${describe(issue.input)}`, hint)];
  }
  if (issue.code === "invalid_type" && issue.expected === "array") {
    return [
      at(
        path,
        `must be a list (lines starting with "- "), not ${describe(issue.input)}`,
        'Write each item on its own line starting with "- ".',
      ),
    ];
  }
  if (issue.code === "invalid_type" && issue.input instanceof Date && !isDateField(schema, path)) {
    // The build reads frontmatter with js-yaml, which makes a Date of an unquoted 2026-10-01.
    const hint = issue.expected === "string" ? quoteDateHint(issue.input) : fixHint(path);
    return [at(path, `${issue.message}, not a date`, hint)];
  }
  return [at(path, issue.message, fixHint(path))];
}

function quoteDateHint(date: Date): string {
  const quoted = Number.isNaN(date.getTime()) ? "" : ` ("${date.toISOString().slice(0, 10)}")`;
  return `Put the value in quotes${quoted}: without them, YAML reads it as a date, not as text.`;
}

function describe(input: unknown): string {
  if (input === null) return "empty";
  if (input instanceof Date) return "a date";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a group of fields";
  return `${typeof input === "string" ? "text" : typeof input} ${JSON.stringify(input)}`.slice(
    0,
    60,
  );
}

/** Field names a marketer is most likely to need spelled out. */
const FIELD_HINTS: Record<string, string> = {
  evidence:
    "Say what substantiates the claim: evidence: { document: …, section: …, link: … }. A claim without evidence cannot be approved.",
  owner: "Name the accountable marketer by e-mail, e.g. owner: jane.doe@example.com.",
  lastReviewed: "Write the date of the last review as YYYY-MM-DD.",
  expires: "Write the expiry date as YYYY-MM-DD, or remove the field if the claim does not expire.",
  reason:
    "Say why it is withdrawn, in words a rep can read: withdrawn: { on: YYYY-MM-DD, reason: … }.",
  on: "Write the day it was withdrawn as YYYY-MM-DD.",
  escalate: "Name a role id from policy.yaml (e.g. manager) or a contact's e-mail address.",
  upTo: "Write the highest discount this role may approve, as a number from 0 to 100.",
  audience: "List who may see it: [internal] or [internal, partner].",
  currency: "Use a three-letter ISO 4217 code such as EUR.",
  channels:
    "List where the claim may be used, e.g. [web, email], or leave the field out for every channel.",
};

function requiredHint(path: (string | number)[]): string {
  const name = lastName(path);
  return FIELD_HINTS[name] ?? `Add the field "${name}"; see docs/content-format.md.`;
}

function fixHint(path: (string | number)[]): string {
  const name = lastName(path);
  return FIELD_HINTS[name] ?? `Correct "${name}"; see docs/content-format.md.`;
}

function lastName(path: (string | number)[]): string {
  return String(
    [...path].reverse().find((segment) => typeof segment === "string") ?? "frontmatter",
  );
}

/** The keys the schema accepts at `path`, for "did you mean" suggestions. */
function knownKeys(schema: z.ZodType, path: (string | number)[]): string[] {
  const def = schemaAt(schema, path)?.def;
  return def?.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

/** A field that takes a date (see `isoDate`), which a Date from YAML is right for. */
function isDateField(schema: z.ZodType, path: (string | number)[]): boolean {
  const def = schemaAt(schema, path)?.def;
  return def?.type === "string" && def.format === "date";
}

interface SchemaNode {
  def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; format?: string };
}

/** The schema for the value at `path`, unwrapped; undefined where the path leaves the schema. */
function schemaAt(schema: z.ZodType, path: (string | number)[]): SchemaNode | undefined {
  let node: unknown = schema;
  for (const segment of path) {
    const def = (unwrap(node) as SchemaNode | undefined)?.def;
    if (def?.type === "object" && typeof segment === "string") node = def.shape?.[segment];
    else if (def?.type === "array" && typeof segment === "number") node = def.element;
    else return undefined;
  }
  return unwrap(node) as SchemaNode | undefined;
}

function unwrap(node: unknown): unknown {
  let current = node as { def?: { type?: string; innerType?: unknown; out?: unknown } };
  while (
    current?.def &&
    ["optional", "default", "nullable", "pipe"].includes(current.def.type ?? "")
  ) {
    current = (
      current.def.type === "pipe" ? current.def.out : current.def.innerType
    ) as typeof current;
  }
  return current;
}
