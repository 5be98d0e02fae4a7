// The "Notes for marketing" page: every note kept on this device, kept up to date.
import { renderNotes } from "./field-note-list.ts";
import { onNotesChange } from "./field-note-store.ts";

const container = document.querySelector<HTMLElement>("#field-notes");
if (container) {
  renderNotes(container);
  onNotesChange(() => renderNotes(container));
}
