import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The layer rules `npm run lint` runs (.dependency-cruiser.cjs), tried on small trees that
// each break one rule, so a rule that stops catching anything fails here.
const PROJECT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../fixtures/architecture/", import.meta.url));

function cruise(fixture: string): { status: number | null; output: string } {
  const run = spawnSync(
    `${PROJECT}node_modules/.bin/depcruise`,
    ["src", "--config", `${PROJECT}.dependency-cruiser.cjs`],
    { cwd: `${FIXTURES}${fixture}`, encoding: "utf8" },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

// Each run starts dependency-cruiser and TypeScript: seconds on a busy 2-core machine.
describe("the layer rules", { timeout: 60_000 }, () => {
  it("refuse an upward import: the core importing the site", () => {
    const { status, output } = cruise("core-imports-the-site");
    expect(status).not.toBe(0);
    expect(output).toContain("core-stands-alone: src/core/rule.ts → src/site/label.ts");
  });

  it("refuse two folders that import each other", () => {
    const { status, output } = cruise("folders-in-a-circle");
    expect(status).not.toBe(0);
    expect(output).toMatch(/no-circle-between-folders: src\/core\/(drafting|quoting)/);
  });

  it("refuse a core concept importing one above it: what a rep may say importing onboarding", () => {
    const { status, output } = cruise("guardrails-import-onboarding");
    expect(status).not.toBe(0);
    expect(output).toContain(
      "concept-order-guardrails: src/core/guardrails/spoken.ts → src/core/onboarding/quiz.ts",
    );
  });

  it("refuse the site importing a concept's file past its entry", () => {
    const { status, output } = cruise("site-imports-a-concept-file");
    expect(status).not.toBe(0);
    expect(output).toContain(
      "concept-through-its-entry: src/site/price.ts → src/core/quoting/money.ts",
    );
  });

  it("refuse an island reaching a concept's entry through a helper it shares with pages", () => {
    const { status, output } = cruise("island-reaches-an-entry");
    expect(status).not.toBe(0);
    expect(output).toContain(
      "islands-reach-no-entry: src/scripts/deal.ts → src/core/quoting/index.ts",
    );
  });

  it("accept a tree whose imports go one way, from the site down to the core, through an entry", () => {
    const { status, output } = cruise("layered");
    expect(output).toContain("no dependency violations found");
    expect(status).toBe(0);
  });
});

describe(
  "the layer rule for pages and components (ESLint reads .astro files)",
  { timeout: 60_000 },
  () => {
    it("refuses a page that imports the file reader", async () => {
      const { ESLint } = await import("eslint");
      const eslint = new ESLint({ cwd: PROJECT });
      const page =
        '---\nimport { checkFolder } from "../library/check-folder.ts";\n---\n<p>{String(checkFolder)}</p>\n';
      const [result] = await eslint.lintText(page, {
        filePath: `${PROJECT}src/pages/planted.astro`,
      });
      expect(result?.messages.map((message) => message.ruleId)).toContain("no-restricted-imports");
    });

    it("refuses a page that imports a concept's file past its entry, and takes the entry", async () => {
      const { ESLint } = await import("eslint");
      const eslint = new ESLint({ cwd: PROJECT });
      const page = (from: string): string =>
        `---\nimport { formatMoney } from "${from}";\n---\n<p>{formatMoney(12, "EUR")}</p>\n`;
      const lint = async (from: string): Promise<(string | null)[] | undefined> => {
        const [result] = await eslint.lintText(page(from), {
          filePath: `${PROJECT}src/pages/planted.astro`,
        });
        return result?.messages.map((message) => message.ruleId);
      };
      expect(await lint("../core/quoting/money.ts")).toContain("no-restricted-imports");
      expect(await lint("../core/quoting/index.ts")).toEqual([]);
    });
  },
);
