import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

interface Workflow {
  on: { push?: { branches?: string[] }; schedule?: { cron: string }[] };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { run?: string; uses?: string; with?: { path?: string } }[] }>;
}

const workflow = load(read(".github/workflows/deploy.yml")) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** The build command the README's Deploy section gives, without its comment. */
function readmeBuildCommand(): string {
  const deploy = read("README.md").split("\n## Deploy\n")[1]!.split("\n## ")[0]!;
  const line = deploy
    .split("\n")
    .find((candidate) => candidate.startsWith("npm run build -- --base"));
  return line!.replace(/\s+#.*$/, "");
}

describe("the deploy workflow", () => {
  it("runs on every push to main and every day on a schedule", () => {
    expect(workflow.on.push?.branches).toEqual(["main"]);
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
  });

  it("builds with the README's command after a clean install, and publishes dist/ to Pages", () => {
    const runs = steps.flatMap((step) => step.run ?? []);
    expect(runs).toEqual(["npm ci", readmeBuildCommand()]);
    expect(steps).toContainEqual(
      expect.objectContaining({
        uses: expect.stringMatching(/^actions\/upload-pages-artifact@/),
        with: { path: "dist" },
      }),
    );
    expect(steps.map((step) => step.uses)).toContainEqual(
      expect.stringMatching(/^actions\/deploy-pages@/),
    );
  });

  it("may write to Pages and nothing else in the repository", () => {
    expect(workflow.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
  });
});
