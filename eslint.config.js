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
    rules: {
      // Allow intentionally unused values when prefixed with "_".
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
);
