import { bodyPosition } from "../source/library.ts";
import { formatFieldPath, type Position, type Problem } from "../problem.ts";
import type { LocatedYaml } from "../source/yaml.ts";

/** What `npm run new` writes where a value is still to be chosen (src/cli/templates/). */
const PLACEHOLDER = /\bTODO\b/;

export function isPlaceholder(value: unknown): boolean {
  return typeof value === "string" && PLACEHOLDER.test(value);
}

/**
 * `npm run new` leaves TODOs to fill in; a file that still has one, in any field or in its talk
 * track, is not finished and is refused: a guessed SKU or a price of 1 must never be published.
 * This reads every value of a YAML file or frontmatter, before and whatever its schema.
 */
export function placeholdersIn(yaml: LocatedYaml, file: string): Problem[] {
  return placeholderPaths(yaml.data, []).map((path) =>
    placeholderProblem(file, yaml.locate(path, "value"), formatFieldPath(path)),
  );
}

/** The TODO left in a sheet's or step's talk track, if any. */
export function checkTalkTrackPlaceholders(
  entries: readonly { file: string; body: string; bodyLine: number }[],
): Problem[] {
  return entries.flatMap((entry) => {
    const found = PLACEHOLDER.exec(entry.body);
    return found ? [placeholderProblem(entry.file, bodyPosition(entry, found.index), "")] : [];
  });
}

function placeholderProblem(file: string, at: Position, field: string): Problem {
  return {
    severity: "error",
    file,
    ...at,
    field,
    message:
      field === ""
        ? "the talk track still holds a TODO placeholder"
        : "still holds a TODO placeholder",
    hint:
      field === ""
        ? "Write the real text in place of the TODO: nothing half-finished is published."
        : `Fill in ${field}: replace the TODO with the real value; nothing half-finished is published.`,
    rule: "placeholder",
  };
}

function placeholderPaths(value: unknown, path: (string | number)[]): (string | number)[][] {
  if (isPlaceholder(value)) return [path];
  if (Array.isArray(value))
    return value.flatMap((item, index) => placeholderPaths(item, [...path, index]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...path, key]));
  }
  return [];
}
