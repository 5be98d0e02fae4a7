import type { SourceFile } from "../source/file.ts";
import { fileProblem, type Problem } from "../problem.ts";

/** What a sheet's file name must be: it is the page's address, `/products/<slug>/`. */
export const SHEET_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Every file in `products/` is a sheet the site shows, at the address its name gives: anything
 * else there would be left out without a word, or shown at an address nobody can type.
 */
export function checkSheetFiles(files: readonly SourceFile[], productsDir: string): Problem[] {
  const problems: Problem[] = [];
  const byAddress = new Map<string, string>();
  const problem = (file: string, message: string, hint: string, rule: string): Problem =>
    fileProblem(file, { message, hint, rule });
  for (const path of files.map((file) => file.path).sort()) {
    if (!path.startsWith(productsDir)) continue;
    const name = path.slice(productsDir.length);
    // Editors and git keep their own files (.gitkeep, .DS_Store): never sheets, never content.
    if (name.startsWith(".")) continue;
    const dot = name.lastIndexOf(".");
    const slug = dot === -1 ? name : name.slice(0, dot);
    if (name.includes("/") || !name.endsWith(".mdx")) {
      problems.push(
        problem(
          path,
          "this file is not a sheet, so the site leaves it out",
          `A sheet is products/<slug>.mdx, directly in products/: rename it to products/${suggestSlug(slug.split("/").pop()!)}.mdx, or move it out of products/.`,
          "sheet-file",
        ),
      );
      continue;
    }
    if (!SHEET_SLUG.test(slug)) {
      problems.push(
        problem(
          path,
          `"${slug}" cannot be a page address: a sheet's file name is its address, /products/${slug}/`,
          `Rename it to products/${suggestSlug(slug)}.mdx: lowercase letters, digits and single hyphens.`,
          "sheet-file",
        ),
      );
    }
    const address = slug.toLowerCase();
    const owner = byAddress.get(address);
    if (owner) {
      problems.push(
        problem(
          path,
          `${owner} has the same name but for capitals: on most systems one of the two would replace the other`,
          "Give every sheet its own name.",
          "sheet-file",
        ),
      );
    } else byAddress.set(address, path);
  }
  return problems;
}

/**
 * A symbolic link is never read: the library is what is in its folder. Followed, a link would
 * publish a file nobody reviewed here, or read differently on every machine.
 */
export function checkLinks(files: readonly SourceFile[]): Problem[] {
  return files
    .filter((file) => file.link)
    .map((file) =>
      fileProblem(file.path, {
        message: "this is a symbolic link: the library reads no links, so it is left out",
        hint: "Put the file (or the folder) itself here instead of a link to it, or remove the link.",
        rule: "symlink",
      }),
    );
}

function suggestSlug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "product-name"
  );
}
