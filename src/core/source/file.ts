/** A file of the library, as read from disk or git: its path relative to the library root. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}
