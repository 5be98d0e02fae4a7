import { describe, expect, it } from "vitest";
import { noteFilePath, noteYaml } from "../../src/cli/note-file.ts";
import type { FieldNote } from "../../src/core/field-notes/schema.ts";
import { check, validLibrary, withFile } from "../core/fixture-library.ts";

const note: FieldNote = {
  product: "analytics",
  claim: "analytics-uptime",
  kind: "pushback",
  date: "2026-11-20",
  quote: 'They said: "99.9% is table stakes" # not a comment',
  source: "GitHub issue #42",
};

describe("note files", () => {
  it("are named by date, product and subject, numbered when the name is taken", () => {
    expect(noteFilePath(note, new Set())).toBe("field-notes/2026-11-20-analytics-uptime.yaml");
    expect(noteFilePath(note, new Set(["field-notes/2026-11-20-analytics-uptime.yaml"]))).toBe(
      "field-notes/2026-11-20-analytics-uptime-2.yaml",
    );
    expect(
      noteFilePath({ ...note, claim: undefined, topic: "Security and compliance" }, new Set()),
    ).toBe("field-notes/2026-11-20-analytics-security-and-compliance.yaml");
  });

  it("are written so that the checker reads back the same note", () => {
    const path = noteFilePath(note, new Set());
    const { notes, problems } = check(withFile(validLibrary(), path, noteYaml(note)));

    expect(problems).toEqual([]);
    expect(notes?.[0]?.note).toEqual(note);
    expect(noteYaml(note).split("\n")[0]).toBe("product: analytics");
  });
});
