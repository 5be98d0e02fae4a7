import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { PolicySchema } from "./core/schema/policy.ts";
import { ProductSchema } from "./core/schema/product.ts";
import { contentDir } from "./site/content-dir.ts";

const products = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `${contentDir}/products` }),
  schema: ProductSchema,
});

/** policy.yaml is one object, not a list of entries: it is stored as the single entry "policy". */
const policy = defineCollection({
  loader: {
    name: "fieldguide:policy",
    load: async ({ store, parseData }) => {
      const data = await parseData({ id: "policy", data: parse(await readFile(`${contentDir}/policy.yaml`, "utf8")) });
      store.clear();
      store.set({ id: "policy", data });
    },
  },
  schema: PolicySchema,
});

export const collections = { products, policy };
