import { urlSegment } from "../core/text/slug.ts";

/** A site-internal URL under Astro's `base`, so the library can be hosted in a sub-folder. */
export function sitePath(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, "")}${path}`;
}

// A claim and a promise boundary live on their product sheet; these ids are their addresses there,
// for links and for search, which reads a sheet's sections by them (src/site/search.ts).
export const CLAIM_ANCHOR_PREFIX = "claim-";
export const PROMISE_ANCHOR_PREFIX = "promise-";
/** The heading that opens a sheet's talk track: every section after it is talk-track prose. */
export const TALK_TRACK_ANCHOR = "sheet-notes";
/** The heading of a sheet's discount ladder, and of each role's rung on it. */
export const LADDER_ANCHOR = "ladder-title";
export const ROLE_ANCHOR_PREFIX = "approver-";

export function roleAnchor(roleId: string): string {
  return `${ROLE_ANCHOR_PREFIX}${roleId}`;
}

export function claimAnchor(claimId: string): string {
  return `${CLAIM_ANCHOR_PREFIX}${claimId}`;
}

export function promiseAnchor(topic: string): string {
  return `${PROMISE_ANCHOR_PREFIX}${urlSegment(topic)}`;
}

export function claimPath(productSlug: string, claimId: string): string {
  return sitePath(`/products/${productSlug}/#${claimAnchor(claimId)}`);
}

export function promisePath(productSlug: string, topic: string): string {
  return sitePath(`/products/${productSlug}/#${promiseAnchor(topic)}`);
}

/** The first page of a category's products. */
export function categoryPath(category: string): string {
  return sitePath(`/categories/${urlSegment(category)}/`);
}
