import type { Library } from "../library.ts";
import { bodyPosition } from "../library.ts";
import { formatFieldPath, type Problem } from "../problem.ts";

const PLACEHOLDER = /\bTODO\b/;

/** `npm run new` leaves TODOs to fill in; a sheet that still has one is valid but not finished. */
export function checkPlaceholders(library: Library): Problem[] {
  return library.sheets.flatMap((sheet) => {
    const problems: Problem[] = [];
    const hint = "Replace the TODO with the real text before the sheet is published.";
    for (const path of placeholderPaths(sheet.product, [])) {
      problems.push({
        severity: "warning",
        file: sheet.file,
        ...sheet.locate(path, "value"),
        field: formatFieldPath(path),
        message: "still holds a TODO placeholder",
        hint,
        rule: "placeholder",
      });
    }
    const inBody = PLACEHOLDER.exec(sheet.body);
    if (inBody) {
      problems.push({
        severity: "warning",
        file: sheet.file,
        ...bodyPosition(sheet, inBody.index),
        field: "",
        message: "the talk track still holds a TODO placeholder",
        hint,
        rule: "placeholder",
      });
    }
    return problems;
  });
}

function placeholderPaths(value: unknown, path: (string | number)[]): (string | number)[][] {
  if (typeof value === "string") return PLACEHOLDER.test(value) ? [path] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => placeholderPaths(item, [...path, index]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...path, key]));
  }
  return [];
}
