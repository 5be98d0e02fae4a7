// field-notes/: what customers said: notes, their check and their summary.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { NOTE_KIND_WORDS } from "./kinds.ts";
export { noteFromMessage, readMessages } from "./message.ts";
export type { MessageFields, NoteSheet } from "./message.ts";
export { FIELD_NOTES_DIR } from "./read.ts";
export { FieldNoteSchema } from "./schema.ts";
export type { FieldNote } from "./schema.ts";
export {
  countWords,
  mostPushedBack,
  notesByOwner,
  recurringAsks,
  summarizeNotes,
} from "./summary.ts";
export type { OwnerNotes, SubjectNotes } from "./summary.ts";
export { noteRecipient } from "./tell.ts";
