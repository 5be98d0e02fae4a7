import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { DEFAULT_AUDIENCE, isAudience, type Audience } from "../core/guardrails/index.ts";
import { internalPageRoutes } from "../library/built-site.ts";
import { AUDIENCE_VARIABLE } from "../site/audience.ts";

/**
 * Builds the site for one audience: `astro build --audience partner` (so `npm run build --
 * --audience partner`) or FIELDGUIDE_AUDIENCE=partner. The internal build is the default and is
 * unchanged; any other audience builds into dist-<audience>/ (unless --outDir says otherwise),
 * without the pages of src/internal-pages/, from content scoped in src/content.config.ts.
 */
export function audienceBuilds(): AstroIntegration {
  return {
    name: "fieldguide:audience",
    hooks: {
      "astro:config:setup": ({ config, command, updateConfig, injectRoute, logger }) => {
        const resolved = resolveAudience(process.argv.slice(2), process.env[AUDIENCE_VARIABLE]);
        if ("error" in resolved) {
          logger.error(resolved.error);
          // Nothing is built yet; a stack trace would only hide the message.
          process.exit(2);
        }
        const { audience } = resolved;
        // Content config and pages run in this process and read the audience from here.
        process.env[AUDIENCE_VARIABLE] = audience;
        const root = fileURLToPath(config.root);
        if (audience === "internal") {
          for (const route of internalPageRoutes(root)) injectRoute(route);
          return;
        }
        const defaultOutDir = new URL("dist/", config.root).href;
        const outDir =
          config.outDir.href === defaultOutDir
            ? new URL(`dist-${audience}/`, config.root)
            : config.outDir;
        updateConfig({
          outDir,
          // Astro caches loaded content between builds: one cache per audience, so a partner build
          // can never reuse entries loaded for the sales team.
          cacheDir: new URL(`node_modules/.astro-${audience}/`, config.root),
        });
        if (command === "build")
          logger.info(`Building for ${audience}s into ${fileURLToPath(outDir)}`);
      },
    },
  };
}

/** `--audience NAME` or `--audience=NAME` on the command line wins over the environment variable. */
export function resolveAudience(
  argv: readonly string[],
  variable: string | undefined,
): { audience: Audience } | { error: string } {
  const index = argv.findIndex((arg) => arg === "--audience" || arg.startsWith("--audience="));
  const [source, value] =
    index !== -1
      ? ["--audience", argv[index]!.includes("=") ? argv[index]!.split("=")[1] : argv[index + 1]]
      : [AUDIENCE_VARIABLE, variable ?? DEFAULT_AUDIENCE];
  if (value !== undefined && isAudience(value)) return { audience: value };
  return { error: `${source} must be internal or partner, not ${JSON.stringify(value ?? "")}.` };
}
