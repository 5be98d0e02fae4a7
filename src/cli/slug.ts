/** A file-name slug that is also a valid id: "Signal Forecasts (EU)" -> "signal-forecasts-eu". */
export function fileNameSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
