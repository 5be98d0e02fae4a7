import type { AstroIntegration } from "astro";
import { startBuildCheck } from "../library/build-check.ts";
import { formatText } from "../core/problem-format.ts";
import { asOfOption } from "../library/as-of.ts";
import { hasErrors } from "../core/problem.ts";

/**
 * Runs the full library check before Astro loads any content. Astro alone would stop at the first
 * schema error, report it at line 0:0 and only warn on a dangling reference; this reports every
 * problem with its real line and refuses to build a site from a broken library.
 */
export function guardrails({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: "fieldguide:guardrails",
    hooks: {
      "astro:config:setup": async ({ command, logger }) => {
        // `astro dev` checks on every save instead, and keeps serving: src/integrations/dev-preview.ts.
        if (command !== "build") return;
        const { problems } = await startBuildCheck(contentDir, asOfOption(undefined));
        if (problems.length === 0) return;
        const report = formatText(problems, contentDir);
        if (command === "build" && hasErrors(problems)) {
          logger.error(`The library has problems; no site was built.\n${report}`);
          // Throwing would make Astro print a stack trace under the report; nothing is written yet.
          process.exit(1);
        }
        logger.warn(report);
      },
    },
  };
}
