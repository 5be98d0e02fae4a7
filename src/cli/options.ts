/** A mistake in how a command was called: shown with the usage, never as a stack trace. */
export class UsageError extends Error {}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `--as-of` fixes "today" so that dated rules give the same answer on any day. */
export function asOfOption(value: string | undefined): string {
  if (value === undefined) return process.env.FIELDGUIDE_AS_OF ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--as-of must be a date written as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
