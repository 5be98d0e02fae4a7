import { getCollection } from "astro:content";
import { summarizeNotes, type SubjectNotes } from "../core/field-notes/summary.ts";
import { loadProducts, oncePerBuild } from "./library.ts";

/**
 * What the field said, per claim and boundary, for the internal pages. A partner build's
 * collection holds no note (src/content.config.ts), so this is empty there.
 */
export const fieldNoteSubjects: () => Promise<SubjectNotes[]> = oncePerBuild(async () =>
  summarizeNotes(
    (await getCollection("notes")).map((entry) => entry.data),
    await loadProducts(),
  ),
);
