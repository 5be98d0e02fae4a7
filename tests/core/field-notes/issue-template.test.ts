import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  ISSUE_LABEL,
  ISSUE_TEMPLATE,
  MESSAGE_FIELDS,
} from "../../../src/core/field-notes/message.ts";
import { DEAL_STAGES, NOTE_KIND_LABELS, NOTE_KINDS } from "../../../src/core/field-notes/kinds.ts";

interface Element {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[] };
}

const template = parse(
  readFileSync(
    join(import.meta.dirname, "../../../.github/ISSUE_TEMPLATE", ISSUE_TEMPLATE),
    "utf8",
  ),
) as { labels: string[]; body: Element[] };
const fields = template.body.filter((element) => element.type !== "markdown");

describe("the field-note issue form", () => {
  it("has the message's fields, in order, with the ids the site prefills and the labels import reads", () => {
    expect(fields.map(({ id, attributes }) => ({ id, label: attributes.label }))).toEqual(
      MESSAGE_FIELDS.map(({ id, label }) => ({ id, label })),
    );
  });

  it("offers exactly the kinds and stages a note may have, and labels every issue", () => {
    const options = (id: string) => fields.find((field) => field.id === id)?.attributes.options;
    expect(options("kind")).toEqual(NOTE_KINDS.map((kind) => NOTE_KIND_LABELS[kind]));
    expect(options("stage")).toEqual([...DEAL_STAGES]);
    expect(template.labels).toEqual([ISSUE_LABEL]);
  });
});
