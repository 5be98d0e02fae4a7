import { DEFAULT_SCHEMA, load, Type } from "js-yaml";

/** The forms js-yaml reads as a timestamp: a date alone, or a date with a time. */
const DATE_ONLY = /^(\d{4})-(\d\d)-(\d\d)$/;
const DATE_TIME =
  /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/;

/**
 * The same scalars become dates as in js-yaml's own timestamp type, so every other field sees what
 * the build sees. But js-yaml rolls an impossible day over (2026-02-30 becomes March 2) and keeps a
 * time of day that a date field drops: anything but a real day written YYYY-MM-DD becomes an
 * Invalid Date instead, which every field refuses.
 */
const strictTimestamp = new Type("tag:yaml.org,2002:timestamp", {
  kind: "scalar",
  resolve: (text: string) => DATE_ONLY.test(text) || DATE_TIME.test(text),
  construct: (text: string) => {
    const day = DATE_ONLY.exec(text);
    const date = day && new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return date && date.toISOString().startsWith(text) ? date : new Date(Number.NaN);
  },
});

const SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [strictTimestamp] });

/**
 * YAML read the way Astro reads MDX frontmatter (js-yaml's `load`, default schema), so the checker
 * validates the values the build will get: an unquoted 2026-10-01 is a Date, even in a text field.
 */
export function loadAsBuild(source: string): { data: unknown } | { error: unknown } {
  try {
    // An empty document is null, as in every other YAML reader, not js-yaml's undefined.
    return { data: load(source, { schema: SCHEMA }) ?? null };
  } catch (error) {
    return { error };
  }
}
