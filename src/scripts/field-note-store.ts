// Field notes kept in this browser until the rep sends them: nothing here makes a request.
import type { NoteDraft, NoteSheet } from "../core/field-notes/message.ts";

const STORE_KEY = "fieldguide:field-notes:v1";

export interface StoredNote {
  id: string;
  note: NoteDraft;
  sheet: NoteSheet;
  about: string;
  /** When the rep opened the e-mail or the issue form for it; absent while it waits. */
  sentAt?: string;
}

export function storedNotes(): StoredNote[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORE_KEY) ?? "[]");
    return Array.isArray(value) ? (value as StoredNote[]) : [];
  } catch {
    return [];
  }
}

function store(notes: StoredNote[]): void {
  localStorage.setItem(STORE_KEY, JSON.stringify(notes));
  // Other parts of this page listen too; the storage event only reaches other tabs.
  dispatchEvent(new Event("fieldguide:field-notes"));
}

export function keepNote(note: Omit<StoredNote, "id">): void {
  store([
    ...storedNotes(),
    { ...note, id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` },
  ]);
}

export function markSent(id: string): void {
  const sentAt = new Date().toISOString();
  store(storedNotes().map((note) => (note.id === id ? { ...note, sentAt } : note)));
}

export function forgetNote(id: string): void {
  store(storedNotes().filter((note) => note.id !== id));
}

/** Re-renders `render` whenever the notes or the connection change, in this tab or another. */
export function onNotesChange(render: () => void): void {
  for (const event of ["fieldguide:field-notes", "storage", "online", "offline"])
    addEventListener(event, render);
}
