import { describe, expect, it } from "vitest";
import { approveTranslation, scaffoldTranslation } from "../../../src/core/translations/write.ts";
import { translationStatus } from "../../../src/core/translations/status.ts";
import { ANALYTICS, caseLibrary, check, edit, sheetOf, withFile } from "../fixture-library.ts";

const GERMAN = "translations/de/analytics.mdx";
const DEUTSCH = { code: "de", title: "Deutsch", owner: "de@example.com", forbidden: [] };

/** The accepted German translation with the analytics trial claim reworded in the source. */
function staleLibrary() {
  return edit(caseLibrary("translation-approved-accepted"), ANALYTICS, "evaluation.", "trial.");
}

function approve(files: ReturnType<typeof staleLibrary>, text: string) {
  const { library, translations } = check(withFile(files, GERMAN, text));
  const entry = translations!.find((candidate) => candidate.file === GERMAN)!;
  return approveTranslation(text, sheetOf(library!, ANALYTICS), entry, "en", "2026-12-06");
}

const germanText = (files: ReturnType<typeof staleLibrary>) =>
  new TextDecoder().decode(files.find((file) => file.path === GERMAN)!.bytes);

describe("approving a translation", () => {
  it("re-stamps only what changed, sets approvedOn and keeps comments and the talk track", () => {
    const files = staleLibrary();
    const text = `---\n# Reviewed by the German team\n${germanText(files).slice(4)}`;
    const approved = approve(files, text);

    expect(approved).toContain("# Reviewed by the German team");
    expect(approved).toMatch(/^approvedOn: 2026-12-06$/m);
    expect(approved.split("\n---\n")[1]).toBe(text.split("\n---\n")[1]);
    const changedLines = approved
      .split("\n")
      .filter((line, index) => line !== text.split("\n")[index]);
    expect(changedLines).toEqual([
      // The trial claim only: its wording hash is new, its figures and evidence hashes are not.
      expect.stringMatching(/^ {4}source: (?!bdaa19)[0-9a-f]{6}-0588f0-a05215\.[0-9a-f]{6}$/),
      "approvedOn: 2026-12-06",
    ]);
    const { problems } = check(withFile(files, GERMAN, approved));
    expect(problems).toEqual([]);
  });

  it("reads a file saved with a byte order mark and Windows line endings", () => {
    const files = staleLibrary();
    const windows = `\uFEFF${germanText(files).replace(/\n/g, "\r\n")}`;

    expect(check(withFile(files, GERMAN, approve(files, windows))).problems).toEqual([]);
  });
});

describe("a new translation's scaffold", () => {
  it("holds the source text, and is not approved until approve seals it", () => {
    const files = caseLibrary("translation-approved-accepted");
    const sheet = sheetOf(check(files).library!, ANALYTICS);
    const scaffold = scaffoldTranslation(sheet, DEUTSCH, "en", "2026-12-06");
    const { translations } = check(withFile(files, GERMAN, scaffold));
    const entry = translations!.find((candidate) => candidate.file === GERMAN)!;

    expect(scaffold).toContain("text: Every subscription starts with a 30-day evaluation.");
    expect(translationStatus(sheet, entry, "en").items.map((item) => item.state)).toEqual([
      "edited",
      "edited",
      "edited",
      "edited",
    ]);
  });
});
