import { REPOSITORY } from "./config.ts";

export interface SuggestLinks {
  /** The source file behind the page, relative to the repository root, when there is one. */
  file?: string;
  edit?: string;
  issue: string;
}

/**
 * "Suggest a change" for a page: an edit link to the file it is built from (product sheets) and a
 * new issue prefilled with the page, so what reps hear in the field reaches marketing.
 * `path` is the page's path without the site's base (`/products/log-vault/`).
 */
export function suggestLinks(
  path: string,
  pageTitle: string,
  contentDir: string,
  repository: { url: string; branch: string } = REPOSITORY,
): SuggestLinks {
  const base = repository.url.replace(/\/+$/, "");
  const file = sourceFile(path, contentDir);
  const body = [
    `Page: ${pageTitle} (${path})`,
    ...(file ? [`File: ${file}`] : []),
    "",
    "What did you hear or see in the field?",
    "",
    "",
    "What should the page say instead?",
    "",
  ].join("\n");
  const query = new URLSearchParams({ title: `Field feedback: ${pageTitle}`, body });
  return {
    ...(file ? { file, edit: `${base}/edit/${repository.branch}/${file}` } : {}),
    issue: `${base}/issues/new?${query}`,
  };
}

/** Product pages are built from one sheet; other pages gather many, so only an issue makes sense. */
function sourceFile(path: string, contentDir: string): string | undefined {
  const slug = /^\/products\/([a-z0-9-]+)\/?$/.exec(path)?.[1];
  // An absolute library folder (a test or benchmark build) has no place in the repository.
  if (!slug || contentDir.startsWith("/")) return undefined;
  return `${contentDir}/products/${slug}.mdx`;
}
