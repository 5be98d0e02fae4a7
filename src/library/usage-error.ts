/** A mistake in how a command was called: shown with the usage, never as a stack trace. */
export class UsageError extends Error {}
