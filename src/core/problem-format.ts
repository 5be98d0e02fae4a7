import type { Problem } from "./problem.ts";

/** `file:line:column  field  message` and an indented hint, for people. */
export function formatText(problems: readonly Problem[], root: string): string {
  const lines = problems.map((problem) => {
    const where = `${root}/${problem.file}:${problem.line}:${problem.column}`;
    const field = problem.field ? `  ${problem.field}` : "";
    return `${where}${field}  ${problem.severity}: ${problem.message}\n    → ${problem.hint}`;
  });
  return [...lines, summary(problems)].join("\n");
}

export function summary(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

/** Workflow commands that GitHub Actions turns into annotations on the pull request. */
export function formatGithub(problems: readonly Problem[], root: string): string {
  return problems
    .map((problem) => {
      const title = problem.field ? `${problem.field}` : problem.rule;
      const message = escapeData(`${problem.message}. ${problem.hint}`);
      return `::${problem.severity} file=${escapeProperty(`${root}/${problem.file}`)},line=${problem.line},col=${problem.column},title=${escapeProperty(title)}::${message}`;
    })
    .join("\n");
}

function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
