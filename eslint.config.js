// ESLint flat config. Formatting is Prettier's job, so no stylistic rules here.
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist*/", "**/.astro/", "**/node_modules/", "coverage/", "tmp/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build scripts, configs, the CLI and the tests run on Node.
    files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
    languageOptions: { globals: globals.node },
  },
  {
    // <script> blocks inside .astro components run in the browser.
    files: ["**/*.astro/*.{js,ts}"],
    languageOptions: { globals: globals.browser },
  },
  {
    // The layers' rule for pages, layouts and components, which dependency-cruiser cannot read
    // (.dependency-cruiser.cjs holds the rest): they render what src/site and the core give them.
    files: ["src/{pages,internal-pages,layouts,components}/**/*.{astro,ts}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/cli/*",
                "**/library/*",
                // Which folder the build reads is a setting pages show (where to suggest a change), not the reader.
                "!**/library/content-dir.ts",
                "**/integrations/*",
                "**/integrations/**/*",
              ],
              message:
                "Pages and components render only: take data from src/site or the core, not the CLI, the file reader or the build integrations.",
            },
            {
              // A concept folder of the core is used through its entry (.dependency-cruiser.cjs).
              group: ["**/core/*/*", "!**/core/*/index.ts"],
              message:
                "Import a concept folder of the core through its entry (src/core/<concept>/index.ts), its public face.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // Allow intentionally unused values when prefixed with "_".
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
);
