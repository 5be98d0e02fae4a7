/** A file of the library, as read from disk or git: its path relative to the library root. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
  /**
   * A symbolic link (to a file or a folder), never followed: what it points at is not part of the
   * library, and could be different on every machine. The checker refuses it at its path.
   */
  link?: true;
}
