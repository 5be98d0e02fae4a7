import { type Change, type LibraryChanges, hasChanges } from "../core/diff/index.ts";
import type { MadeStale } from "../core/translations/index.ts";

export interface DiffContext {
  /** The revision compared against, as the user wrote it. */
  from: string;
  /** The library folder, as the user wrote it. */
  root: string;
}

/** Hidden marker so a workflow can find and update its own pull-request comment. */
const MARKDOWN_MARKER = "<!-- fieldguide:guardrail-diff -->";

export function formatDiffText(
  diff: LibraryChanges,
  { from, root }: DiffContext,
  stale: readonly MadeStale[],
): string {
  if (!hasChanges(diff))
    return `No guardrail changes between ${from} and the working tree (${root}/).`;
  const sections = [`Guardrail changes from ${from} to the working tree (${root}/):`];
  if (diff.policy.length > 0)
    sections.push(["Policy (policy.yaml)", ...diff.policy.map(textLine)].join("\n"));
  for (const product of diff.products) {
    sections.push(
      [`${product.title} (${root}/${product.file})`, ...product.changes.map(textLine)].join("\n"),
    );
  }
  if (diff.unreadable.length > 0) sections.push(unreadableLines(diff, root, from).join("\n"));
  if (stale.length > 0)
    sections.push(
      [
        "Translations these changes made stale (shown in the source wording until approved again):",
        ...stale.map((item) => `  - ${staleLine(item, root)}`),
      ].join("\n"),
    );
  return sections.join("\n\n");
}

function staleLine(item: MadeStale, root: string): string {
  return `${item.language}: ${item.item} in ${root}/${item.file} (its ${new Intl.ListFormat("en").format(item.changed)} changed)`;
}

function textLine(change: Change): string {
  const lines = [`  - ${change.text}`];
  if (change.before !== undefined) lines.push(`      before: ${change.before}`);
  if (change.after !== undefined)
    lines.push(`      ${change.before === undefined ? "text:  " : "after: "} ${change.after}`);
  return lines.join("\n");
}

export function formatDiffMarkdown(
  diff: LibraryChanges,
  { from, root }: DiffContext,
  stale: readonly MadeStale[],
): string {
  const lines = [MARKDOWN_MARKER, "## Guardrail changes", ""];
  if (!hasChanges(diff)) {
    lines.push(`No guardrail changes compared with \`${from}\` in \`${root}/\`.`);
    return lines.join("\n");
  }
  lines.push(`Compared with \`${from}\`, in \`${root}/\`:`);
  if (diff.policy.length > 0)
    lines.push(
      "",
      "### Policy",
      "",
      `\`${root}/policy.yaml\``,
      "",
      ...diff.policy.flatMap(markdownItem),
    );
  for (const product of diff.products) {
    lines.push(
      "",
      `### ${escapeMarkdown(product.title)}`,
      "",
      `\`${root}/${product.file}\``,
      "",
      ...product.changes.flatMap(markdownItem),
    );
  }
  if (diff.unreadable.length > 0) {
    lines.push(
      "",
      "### Not compared",
      "",
      ...unreadableLines(diff, root, from)
        .slice(1)
        .map((line) => `- ${line.trim()}`),
    );
  }
  if (stale.length > 0)
    lines.push(
      "",
      "### Translations made stale",
      "",
      ...stale.map((item) => `- ${escapeMarkdown(staleLine(item, root))}`),
    );
  return lines.join("\n");
}

function markdownItem(change: Change): string[] {
  const lines = [`- ${escapeMarkdown(change.text)}`];
  if (change.before !== undefined) lines.push(`  - before: ${escapeMarkdown(change.before)}`);
  if (change.after !== undefined)
    lines.push(
      `  - ${change.before === undefined ? "text" : "after"}: ${escapeMarkdown(change.after)}`,
    );
  return lines;
}

function unreadableLines(diff: LibraryChanges, root: string, from: string): string[] {
  return [
    "Not compared (the file does not pass the checker on that side; run npm run check):",
    ...diff.unreadable.map(
      ({ file, side }) => `  ${root}/${file} at ${side === "before" ? from : "the working tree"}`,
    ),
  ];
}

/** Content is written by marketers: keep `*`, `_`, `<` and friends literal in the rendered comment. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, "\\$1");
}
