import { decodeHTML } from "entities";

/**
 * `text` with its character references decoded as a browser decodes them in HTML ("risk&#45;free",
 * "risk&hyphen;free" and "risk&#x2D;free" all read "risk-free"), so a phrase rule compares what
 * the reader sees, whichever way the text reaches the page.
 */
export function decodeReferences(text: string): string {
  return text.includes("&") ? decodeHTML(text) : text;
}
