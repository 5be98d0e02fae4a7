import { getCollection } from "astro:content";
import {
  type NoteSheet,
  summarizeNotes,
  type SubjectNotes,
  FIELD_NOTES_DIR,
} from "../core/field-notes/index.ts";
import { libraryHas } from "../library/content-dir.ts";
import { loadProducts, oncePerBuild } from "./library.ts";

/**
 * What the field said, per claim and boundary, for the internal pages. A partner build's
 * collection holds no note (src/content.config.ts), so this is empty there.
 */
export const fieldNoteSubjects: () => Promise<SubjectNotes[]> = oncePerBuild(async () =>
  libraryHas(FIELD_NOTES_DIR)
    ? summarizeNotes(
        (await getCollection("notes")).map((entry) => entry.data),
        await loadProducts(),
      )
    : [],
);

const sheetsBySlug = oncePerBuild(
  async () => new Map((await loadProducts()).map(({ slug, product }) => [slug, product])),
);

/** The title and owner a field note about a product is addressed with, and its claim's wording. */
export async function noteSheet(slug: string, claim?: string): Promise<NoteSheet> {
  const product = (await sheetsBySlug()).get(slug);
  if (!product) throw new Error(`No product sheet "${slug}" in this build`);
  const claimText = product.claims.find((each) => each.id === claim)?.text;
  return { title: product.title, owner: product.owner, ...(claimText ? { claimText } : {}) };
}
