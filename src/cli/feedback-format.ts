import {
  NOTE_KIND_WORDS,
  countWords,
  type OwnerNotes,
  type SubjectNotes,
} from "../core/field-notes/index.ts";

function heading(count: number, root: string): string {
  return `Field notes in ${root}/: ${count} ${count === 1 ? "note" : "notes"}, per owner and per claim or promise boundary`;
}

function subjectLine(subject: SubjectNotes): string {
  const notes = `${subject.total} ${subject.total === 1 ? "note" : "notes"}`;
  return `${subject.title}, ${subject.subject}: ${notes} (${countWords(subject.counts)})`;
}

function quoteLine(quote: SubjectNotes["latest"][number]): string {
  return `${quote.date}, ${NOTE_KIND_WORDS[quote.kind]}: "${quote.quote.replace(/\s+/g, " ")}"`;
}

export function formatNotesText(
  owners: readonly OwnerNotes[],
  count: number,
  root: string,
): string {
  const lines = [heading(count, root), ""];
  if (owners.length === 0) {
    lines.push(`No field notes yet in ${root}/field-notes/.`);
    return lines.join("\n");
  }
  for (const owner of owners) {
    lines.push(owner.owner);
    for (const subject of owner.subjects) {
      lines.push(
        `  ${subjectLine(subject)}`,
        ...subject.latest.map((quote) => `    - ${quoteLine(quote)}`),
      );
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}

export function formatNotesMarkdown(
  owners: readonly OwnerNotes[],
  count: number,
  root: string,
): string {
  const lines = ["## Field notes", "", `${heading(count, root)}.`];
  if (owners.length === 0) {
    lines.push("", `No field notes yet in \`${root}/field-notes/\`.`);
    return lines.join("\n");
  }
  for (const owner of owners) {
    lines.push("", `### ${owner.owner}`);
    for (const subject of owner.subjects) {
      lines.push(
        "",
        `**${subjectLine(subject)}**`,
        "",
        ...subject.latest.map((quote) => `- ${quoteLine(quote)}`),
      );
    }
  }
  return lines.join("\n");
}
