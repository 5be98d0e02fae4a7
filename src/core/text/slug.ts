/** A URL segment for free text such as a promise topic: "Security and compliance" -> "security-and-compliance". */
export function urlSegment(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
