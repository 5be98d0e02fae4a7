import type { Library } from "../source/library.ts";
import { formatFieldPath, type Problem } from "../problem.ts";
import { urlSegment } from "../text/slug.ts";

/**
 * A category and a promise topic each get a page whose address is made of their letters and digits
 * (/categories/<category>/, /promises/<topic>/): a name with neither ("???", "—") has no address,
 * and the build could not write its page.
 */
export function checkAddresses(library: Library): Problem[] {
  return library.sheets.flatMap((sheet) => {
    const named: [(string | number)[], string, string][] = [
      [["category"], sheet.product.category, "category"],
      ...sheet.product.promises.map((promise, index): [(string | number)[], string, string] => [
        ["promises", index, "topic"],
        promise.topic,
        "promise topic",
      ]),
    ];
    return named
      .filter(([, name]) => urlSegment(name) === "")
      .map(([path, name, what]) => ({
        severity: "error" as const,
        file: sheet.file,
        ...sheet.locate(path, "value"),
        field: formatFieldPath(path),
        message: `the ${what} "${name}" has no letter or digit, so its page has no address`,
        hint: `Name the ${what} in words: its page is listed under that name.`,
        rule: "address",
      }));
  });
}
