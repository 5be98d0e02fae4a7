// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { guardrails } from "./src/integrations/guardrails.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { contentDir } from "./src/site/content-dir.ts";

export default defineConfig({
  integrations: [guardrails({ contentDir }), mdx(), pagefindIndex()],
});
