/** A site-internal URL under Astro's `base`, so the library can be hosted in a sub-folder. */
export function sitePath(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, "")}${path}`;
}
