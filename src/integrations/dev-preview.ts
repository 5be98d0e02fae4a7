import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { fileURLToPath } from "node:url";
import { checkLibrary } from "../core/check.ts";
import { hasErrors } from "../core/problem.ts";
import { asOfOption } from "../library/as-of.ts";
import { readLibraryFilesNow } from "../library/files.ts";
import { formatText } from "../core/problem-format.ts";
import { PROBLEMS_EVENT, PROBLEMS_PATH, type ProblemsReport } from "../site/dev-channel.ts";
import { lastGoodSheets } from "./dev-preview/last-good-sheets.ts";
import { insideFolder } from "./dev-preview/library-path.ts";
import { sitePolicy } from "./dev-preview/site-policy.ts";
import { unacceptedSheet } from "../site/unaccepted-sheet.ts";

const LIBRARY_FILE = /\.(mdx|ya?ml)$/;
const OVERLAY = fileURLToPath(new URL("../scripts/dev-problems.ts", import.meta.url));

/**
 * `npm run dev`: the live preview for content editing. Every save of a library file runs the whole
 * check; its problems go to the terminal and to every previewed page, which keeps rendering (the
 * build, by contrast, stops on an error: src/integrations/guardrails.ts).
 */
export function devPreview({ contentDir }: { contentDir: string }): AstroIntegration {
  let base = "";
  let policy: string | undefined;
  return {
    name: "fieldguide:dev-preview",
    hooks: {
      "astro:config:setup": ({ command, injectScript, updateConfig }) => {
        if (command !== "dev") return;
        injectScript("page", `import ${JSON.stringify(OVERLAY)};`);
        updateConfig({ vite: { plugins: [lastGoodSheets(contentDir)] } });
      },
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/$/, "");
        policy = sitePolicy(fileURLToPath(config.publicDir));
      },
      "astro:server:setup": ({ server, logger }) => {
        const hot = server.environments.client!.hot;
        let run = 0;
        let report: ProblemsReport = { run, root: contentDir, problems: [] };
        // At once, within the save's file event: the result goes out before Astro's own reload of
        // the page competes for the process (a check of the sample library takes tens of ms).
        const check = () => {
          report = checkNow(contentDir, ++run, logger) ?? report;
          hot.send(PROBLEMS_EVENT, report);
        };
        // A page that Astro reloads after a save asks for the latest result here.
        server.middlewares.use(PROBLEMS_PATH, (_request, response) => {
          response.setHeader("Content-Type", "application/json");
          response.end(JSON.stringify(report));
        });

        // The policy the built site is served with (dev-preview/site-policy.ts), on every answer.
        server.middlewares.use((_request, response, next) => {
          if (policy) response.setHeader("Content-Security-Policy", policy);
          next();
        });
        // Astro answers 404 for a sheet the check never accepted (the preview keeps the library as it
        // last passed); its page there is the problem list (src/pages/404.astro), not a missing page.
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? "/", "http://localhost").pathname;
          if (unacceptedSheet(path, base, contentDir)) {
            const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => unknown;
            response.writeHead = ((status: number, ...rest: unknown[]) =>
              writeHead(status === 404 ? 200 : status, ...rest)) as typeof response.writeHead;
          }
          next();
        });

        const inLibrary = insideFolder(contentDir);
        const onFile = (path: string) => {
          if (LIBRARY_FILE.test(path) && inLibrary(path)) check();
        };
        server.watcher.add(contentDir);
        // Ahead of Astro's own listeners: with the library inside the project, Vite's watcher already
        // reports its files, and Astro's sync of the content store would otherwise run first.
        for (const event of ["change", "add", "unlink"] as const)
          server.watcher.prependListener(event, onFile);
        check();
      },
    },
  };
}

/** Checks the library folder and reports to the terminal; undefined when the folder cannot be read. */
function checkNow(
  contentDir: string,
  run: number,
  logger: AstroIntegrationLogger,
): ProblemsReport | undefined {
  try {
    const files = readLibraryFilesNow(contentDir);
    const { problems } = checkLibrary(files, { asOf: asOfOption(undefined) });
    if (problems.length === 0) logger.info(`No problems in ${contentDir}/.`);
    else if (hasErrors(problems)) logger.error(formatText(problems, contentDir));
    else logger.warn(formatText(problems, contentDir));
    return { run, root: contentDir, problems };
  } catch (error) {
    // The folder went missing or unreadable mid-edit: say so, and keep serving.
    logger.error(`Cannot read ${contentDir}: ${(error as Error).message}`);
    return undefined;
  }
}
