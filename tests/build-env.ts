/**
 * The environment a test runs `astro build` or `astro dev` in, as a user's shell would give it:
 * without Vitest's and Vite's own variables (NODE_ENV=test, DEV, MODE, SSR…), under which Astro
 * builds something else, or breaks, and its dev server serves nothing.
 */
const VITE_VARIABLES = ["NODE_ENV", "BASE_URL", "DEV", "PROD", "MODE", "SSR", "TEST"];

export function buildEnvironment(settings: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !VITE_VARIABLES.includes(name) && !name.startsWith("VITEST"),
    ),
  );
  return { ...inherited, ...settings };
}
