// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { audienceBuilds } from "./src/integrations/audience.ts";
import { devPreview } from "./src/integrations/dev-preview.ts";
import { guardrails } from "./src/integrations/guardrails.ts";
import { offline } from "./src/integrations/offline.ts";
import { builtPageScan } from "./src/integrations/page-scan.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { contentDir } from "./src/library/content-dir.ts";
import { libraryLanguages } from "./src/site/languages.ts";

const languages = libraryLanguages(contentDir);

export default defineConfig({
  // Sheets in the policy's source language at /products/<slug>/, each approved translation at
  // /<locale>/products/<slug>/ (src/pages/[locale]/).
  i18n: {
    defaultLocale: languages.language,
    locales: [languages.language, ...languages.locales],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    audienceBuilds(),
    guardrails({ contentDir }),
    // Before mdx(): its sheet plugin must see a compiled sheet before the MDX compiler does.
    devPreview({ contentDir }),
    // Reads .mdx files into the content collections (frontmatter and body), and compiles only a talk
    // track that shows an image from a file of the library; every other one is rendered from its
    // stored body (src/components/TalkTrack.astro), which keeps a large library's build light.
    mdx(),
    // After the build writes its pages and before they are indexed: a hole in the checker fails here.
    builtPageScan({ contentDir }),
    pagefindIndex({ locales: languages.locales }),
    offline(),
  ],
  // Shiki colours code with inline style attributes, which the CSP below refuses; sheets have no code.
  markdown: { syntaxHighlight: false },
  // Writes .astro/collections/collections.json, which the Astro VS Code extension needs to check and
  // complete product sheet frontmatter as it is typed (README: "Editor support").
  experimental: { contentIntellisense: true },
  security: {
    // A <meta> Content Security Policy on every page: scripts and styles only from this site or with
    // the hash Astro computes for each inline one; nothing from any other origin. The headers a host
    // should add (frame-ancestors cannot be set in a <meta>) are in public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which a CSP blocks without 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
