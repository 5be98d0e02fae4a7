import { defineConfig } from "vitest/config";

// Two projects:
// - unit:    fast Node tests of the domain core and CLI.
// - browser: Node tests that serve the already-built site in dist/ and drive Chromium with
//            playwright-core (see tests/browser/harness.ts; tests/browser/chromium.ts picks the
//            browser). They never build the site: `npm test` runs `npm run build` first.
//            Vitest's own browser mode is not used.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**", "tests/fixtures/**", "**/node_modules/**"],
          // Both cores: a file that builds a site mostly waits for its astro process, and the
          // other worker's tests use the second core meanwhile. Builds in this project's folder
          // take turns (tests/build-lock.ts).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // One Chromium at a time: the machines have 2 cores.
          fileParallelism: false,
          // Start only after the unit project has finished.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
