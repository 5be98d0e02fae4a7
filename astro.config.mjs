// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { guardrails } from "./src/integrations/guardrails.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";

export default defineConfig({
  integrations: [guardrails({ contentDir: "content" }), mdx(), pagefindIndex()],
});
