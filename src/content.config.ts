import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { POLICY_FILE } from "./core/check.ts";
import { PartnersSchema, PolicySchema, ProductSchema, type Product } from "./core/schema/index.ts";
import { readYamlFile } from "./core/source/index.ts";
import {
  StepSchema,
  TrackSchema,
  type Track,
  ONBOARDING_DIR,
  onboardingPath,
} from "./core/onboarding/index.ts";
import {
  notesReach,
  reaches,
  scopePolicy,
  scopeProduct,
  sheetReaches,
} from "./core/guardrails/index.ts";
import { FieldNoteSchema, FIELD_NOTES_DIR } from "./core/field-notes/index.ts";
import { buildAudience, keepOnly } from "./site/audience.ts";
import { contentDir, libraryHas } from "./library/content-dir.ts";
import { libraryLoader, type LibraryCollection } from "./site/library-loader.ts";

const audience = buildAudience();

/**
 * The partner team stands in for every owner and escalation on a partner sheet. The build's checker
 * has already read policy.yaml, through the same reader (and required `partners` if any sheet
 * reaches partners); a policy mid-edit in `npm run dev` that cannot be read names no partner team.
 */
const policyRead = readYamlFile({
  path: POLICY_FILE,
  bytes: readFileSync(join(contentDir, POLICY_FILE)),
});
const partners =
  "problems" in policyRead
    ? undefined
    : PartnersSchema.optional()
        .catch(undefined)
        .parse((policyRead.data as { partners?: unknown } | null)?.partners);

/**
 * Every collection is read by the checker's own reader (src/site/library-loader.ts). In `npm run
 * dev` a save that the check refuses leaves every collection as the library last passed.
 */
const library = (collection: LibraryCollection): Loader =>
  libraryLoader(contentDir, collection, { lastGood: import.meta.env.DEV });

/** Only the sheets published to the build's audience, each as that audience may see it. */
const products = defineCollection({
  loader: keepOnly(
    library({
      name: "products",
      idOf: (path) => /^products\/([^/]+)\.mdx$/.exec(path)?.[1],
    }),
    (data) => sheetReaches(data as Product, audience),
  ),
  schema: ProductSchema.transform((product) =>
    sheetReaches(product, audience) ? scopeProduct(product, audience, partners) : product,
  ),
});

/** policy.yaml is one object, not a list of entries: it is stored as the single entry "policy". */
const policy = defineCollection({
  loader: library({
    name: "policy",
    idOf: (path) => (path === POLICY_FILE ? "policy" : undefined),
  }),
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
        library({
          name: "tracks",
          idOf: (path) => {
            const where = onboardingPath(path);
            return where.kind === "track" ? where.track : undefined;
          },
        }),
        (data) => reaches((data as Track).audience, audience),
      ),
  schema: TrackSchema,
});

/** Steps by `<track>/<NN-slug>`, the file's path in onboarding/ without .mdx. */
const steps = defineCollection({
  loader: !hasOnboarding
    ? none("onboarding")
    : library({
        name: "steps",
        idOf: (path) =>
          onboardingPath(path).kind === "step"
            ? path.slice(ONBOARDING_DIR.length, -".mdx".length)
            : undefined,
      }),
  schema: StepSchema,
});

/**
 * Field notes, in internal builds only: a partner build never loads a note, so no page, index or
 * JSON file of it can hold one. A library without a field-notes/ folder simply has none.
 */
const notes = defineCollection({
  loader:
    notesReach(audience) && libraryHas(FIELD_NOTES_DIR)
      ? library({
          name: "notes",
          idOf: (path) => /^field-notes\/([^/]+)\.yaml$/.exec(path)?.[1],
        })
      : none("notes"),
  schema: FieldNoteSchema,
});

export const collections = { products, policy, tracks, steps, notes };
