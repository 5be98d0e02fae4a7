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
  const query = new URLSearchParams({
    title: feedbackTitle(pageTitle),
    body: feedbackBody(path, pageTitle, file),
  });
  return {
    ...(file ? { file, edit: `${base}/edit/${repository.branch}/${file}` } : {}),
    issue: `${base}/issues/new?${query}`,
  };
}

/**
 * "Suggest a change" in the partner edition: an e-mail to the partner team, prefilled with the
 * page. Partners get no repository link and no internal address.
 */
export function suggestMail(path: string, pageTitle: string, contact: string): string {
  const query = new URLSearchParams({
    subject: feedbackTitle(pageTitle),
    body: feedbackBody(path, pageTitle, undefined),
  });
  // Mail apps read "+" literally: spaces are written %20.
  return `mailto:${contact}?${query.toString().replace(/\+/g, "%20")}`;
}

function feedbackTitle(pageTitle: string): string {
  return `Field feedback: ${pageTitle}`;
}

function feedbackBody(path: string, pageTitle: string, file: string | undefined): string {
  return [
    `Page: ${pageTitle} (${path})`,
    ...(file ? [`File: ${file}`] : []),
    "",
    "What did you hear or see in the field?",
    "",
    "",
    "What should the page say instead?",
    "",
  ].join("\n");
}

/** Product pages are built from one sheet; other pages gather many, so only an issue makes sense. */
function sourceFile(path: string, contentDir: string): string | undefined {
  const slug = /^\/products\/([a-z0-9-]+)\/?$/.exec(path)?.[1];
  // An absolute library folder (a test or benchmark build) has no place in the repository.
  if (!slug || contentDir.startsWith("/")) return undefined;
  return `${contentDir}/products/${slug}.mdx`;
}
