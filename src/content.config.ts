import { defineCollection } from "astro:content";
import { glob, type Loader } from "astro/loaders";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parse } from "yaml";
import { PartnersSchema, PolicySchema } from "./core/schema/policy.ts";
import { ProductSchema, type Product } from "./core/schema/product.ts";
import { StepSchema, TrackSchema, type Track } from "./core/onboarding/schema.ts";
import { notesReach, reaches, scopePolicy, scopeProduct, sheetReaches } from "./core/audience.ts";
import { FieldNoteSchema } from "./core/field-notes/schema.ts";
import { FIELD_NOTES_DIR } from "./core/field-notes/read.ts";
import { ONBOARDING_DIR } from "./core/onboarding/paths.ts";
import { buildAudience, keepOnly } from "./site/audience.ts";
import { bodyOnly } from "./site/body-only.ts";
import { contentDir, libraryHas } from "./site/content-dir.ts";
import { keepLastReadable } from "./site/keep-readable.ts";

const audience = buildAudience();
const policyFile = resolve(contentDir, "policy.yaml");

/**
 * The partner team stands in for every owner and escalation on a partner sheet. The build's checker
 * has already read policy.yaml (and required `partners` if any sheet reaches partners).
 */
const partners = PartnersSchema.optional().parse(
  (parse(readFileSync(policyFile, "utf8")) as { partners?: unknown } | null)?.partners,
);

/** Mid-edit in `npm run dev`, a file that cannot be read leaves its entry as it was. */
const files = (loader: Loader) => (import.meta.env.DEV ? keepLastReadable(loader) : loader);

/** Only the sheets published to the build's audience, each as that audience may see it. */
const products = defineCollection({
  loader: keepOnly(
    files(bodyOnly(glob({ pattern: "*.mdx", base: `${contentDir}/products` }))),
    (data) => sheetReaches(data as Product, audience),
  ),
  schema: ProductSchema.transform((product) =>
    sheetReaches(product, audience) ? scopeProduct(product, audience, partners) : product,
  ),
});

/** policy.yaml is one object, not a list of entries: it is stored as the single entry "policy". */
const policy = defineCollection({
  loader: {
    name: "fieldguide:policy",
    load: async ({ store, parseData, watcher }) => {
      const read = async () => {
        const data = await parseData({
          id: "policy",
          data: parse(await readFile(policyFile, "utf8")),
        });
        store.clear();
        store.set({ id: "policy", data });
      };
      await read();
      // `npm run dev` rereads it on save; one that cannot be read leaves the last (the preview says why).
      watcher?.add(policyFile);
      watcher?.on("change", (changed) => {
        if (resolve(changed) === policyFile) read().catch(() => undefined);
      });
    },
  },
  schema: PolicySchema.transform((data) => scopePolicy(data, audience)),
});

/** A collection the library has no folder for: empty. */
const none = (name: string): Loader => ({
  name: `fieldguide:no-${name}`,
  load: async ({ store }) => store.clear(),
});

/** Onboarding tracks published to the build's audience; their steps are matched to them in src/site/library.ts. */
const hasOnboarding = libraryHas(ONBOARDING_DIR);
const tracks = defineCollection({
  loader: !hasOnboarding
    ? none("onboarding")
    : keepOnly(
        files(
          glob({
            pattern: "*/track.yaml",
            base: `${contentDir}/onboarding`,
            generateId: ({ entry }) => entry.split("/")[0]!,
          }),
        ),
        (data) => reaches((data as Track).audience, audience),
      ),
  schema: TrackSchema,
});

const steps = defineCollection({
  loader: !hasOnboarding
    ? none("onboarding")
    : files(
        bodyOnly(
          glob({
            pattern: "*/*.mdx",
            base: `${contentDir}/onboarding`,
            generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
          }),
        ),
      ),
  schema: StepSchema,
});

/**
 * Field notes, in internal builds only: a partner build never loads a note, so no page, index or
 * JSON file of it can hold one. A library without a field-notes/ folder simply has none.
 */
const notes = defineCollection({
  loader:
    notesReach(audience) && libraryHas(FIELD_NOTES_DIR)
      ? glob({ pattern: "*.yaml", base: `${contentDir}/${FIELD_NOTES_DIR}` })
      : none("notes"),
  schema: FieldNoteSchema,
});

export const collections = { products, policy, tracks, steps, notes };
