/** A problem found in the library: data first, formatted only at the edge (CLI, build, browser). */
type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  /** Path of the file, relative to the library root (e.g. `products/analytics.mdx`). */
  file: string;
  /** 1-based line and column of the offending key or value. */
  line: number;
  column: number;
  /** Field path inside the frontmatter, e.g. `claims[2].evidence`; empty for the body or the whole file. */
  field: string;
  message: string;
  /** What to do about it. */
  hint: string;
  /** Stable identifier of the rule that reported it, e.g. `schema`, `ladder-order`. */
  rule: string;
}

export type Position = Pick<Problem, "line" | "column">;

/** A problem with a file as a whole (its name, place or size), reported at its first line. */
export function fileProblem(
  file: string,
  { message, hint, rule }: Pick<Problem, "message" | "hint" | "rule">,
): Problem {
  return { severity: "error", file, line: 1, column: 1, field: "", message, hint, rule };
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}
