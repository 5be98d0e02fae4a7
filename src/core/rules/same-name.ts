import type { Library } from "../source/library.ts";
import type { Problem } from "../problem.ts";
import { foldPhrase } from "../text/normalize.ts";
import { repeats } from "./repeats.ts";

/**
 * Two things a reader tells apart by name must not share one: two sheets titled alike (in the
 * list, the search and the deal checker one would hide the other) or two roles titled alike (a rep
 * could not tell who approves). Titles compare as the reader sees them: case, accents and
 * look-alike letters aside.
 */
export function checkSameNames(library: Library): Problem[] {
  const { policy, sheets } = library;
  const sheetTitles = repeats(sheets, (sheet) => readAs(sheet.product.title)).map(
    ({ item: sheet, first }): Problem => ({
      severity: "error",
      file: sheet.file,
      ...sheet.locate(["title"], "value"),
      field: "title",
      message: `the title "${sheet.product.title}" is also the title of ${sheets[first]!.file}: a rep could not tell the two sheets apart`,
      hint: "Give each sheet its own title, e.g. with the edition or plan that sets them apart.",
      rule: "duplicate-title",
    }),
  );
  const roleTitles = repeats(policy.policy.roles, (role) => readAs(role.title)).map(
    ({ item: role, index, first }): Problem => ({
      severity: "error",
      file: policy.file,
      ...policy.locate(["roles", index, "title"], "value"),
      field: `roles[${index}].title`,
      message: `the title "${role.title}" is also roles[${first}]'s: a rep could not tell who approves`,
      hint: "Give each role its own title.",
      rule: "duplicate-role-title",
    }),
  );
  return [...sheetTitles, ...roleTitles];
}

/** A name as read; one with no letters or digits at all is compared as written. */
function readAs(name: string): string {
  return foldPhrase(name) || name;
}
