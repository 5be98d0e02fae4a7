// What a "Tell marketing" button is about, carried in data-note-* attributes. The checker islands
// mark their verdict or finding with markForNote; the field-notes island adds the button.
import type { NoteSheet } from "../core/field-notes/message.ts";

export interface NoteTarget extends NoteSheet {
  product: string;
  claim?: string;
  topic?: string;
  /** What the rep was looking at, in words: "Claim: …", "Deal verdict: …". */
  about: string;
}

const KEYS = ["product", "title", "owner", "claim", "claimText", "topic", "about"] as const;
const attribute = (key: string) => `note${key[0]!.toUpperCase()}${key.slice(1)}`;

/** Marks an element as something to tell marketing about, or unmarks it. */
export function markForNote<T extends HTMLElement>(element: T, target: NoteTarget | undefined): T {
  for (const key of KEYS) {
    const value = target?.[key];
    if (value === undefined) delete element.dataset[attribute(key)];
    else element.dataset[attribute(key)] = value;
  }
  return element;
}

export function readTarget(element: HTMLElement): NoteTarget | undefined {
  const { noteProduct, noteTitle, noteOwner, noteClaim, noteClaimText, noteTopic, noteAbout } =
    element.dataset;
  if (!noteProduct || !noteTitle || !noteOwner || !noteAbout) return undefined;
  return {
    product: noteProduct,
    title: noteTitle,
    owner: noteOwner,
    ...(noteClaim ? { claim: noteClaim } : {}),
    ...(noteClaimText ? { claimText: noteClaimText } : {}),
    ...(noteTopic ? { topic: noteTopic } : {}),
    about: noteAbout,
  };
}
