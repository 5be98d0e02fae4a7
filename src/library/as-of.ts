import { UsageError } from "./usage-error.ts";

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `--as-of` fixes "today" so that dated rules give the same answer on any day. */
export function asOfOption(value: string | undefined): string {
  if (value === undefined) {
    const fromEnvironment = process.env.FIELDGUIDE_AS_OF;
    return fromEnvironment ? isoDate("FIELDGUIDE_AS_OF", fromEnvironment) : todayIso();
  }
  return isoDate("--as-of", value);
}

function isoDate(name: string, value: string): string {
  // Date.parse rolls 2026-02-30 over to March: only a date that survives the round trip exists.
  const parsed = Date.parse(value);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(parsed) ||
    new Date(parsed).toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(`${name} must be a date written as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
