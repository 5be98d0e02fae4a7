import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { scopeProduct } from "../../src/core/guardrails/audience.ts";
import { loadHistory } from "../../src/site/history.ts";
import { tempRepo, type TempRepo } from "../cli/temp-git-repo.ts";
import { VALID_LIBRARY } from "../core/fixture-library.ts";

const SHEET = "content/products/analytics.mdx";
const OLD_UPTIME = "text: Analytics delivered 99.9% monthly uptime in 2025.";
const NEW_UPTIME = "text: Analytics delivered 99.95% monthly uptime in 2025.";
const OLD_MAY = "may: Commit to the standard monthly uptime SLA.";
const NEW_MAY = "may: Commit to the standard 99.9% monthly uptime SLA with service credits.";
const NEW_CLAIM = `  - id: analytics-sla
    text: Analytics comes with a 99.9% monthly uptime SLA.
    evidence:
      document: Master Subscription Agreement
discounts:`;

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

/** A library whose analytics sheet was committed in three versions, with a policy change between them. */
function threeVersions(): { repo: TempRepo; commits: string[] } {
  const created = tempRepo();
  created.copy(VALID_LIBRARY, "content");
  const first = created.commitAll("Add the library", "2026-01-10T09:00:00Z");

  created.edit(SHEET, "{ role: manager, upTo: 20 }", "{ role: manager, upTo: 15 }");
  created.edit(SHEET, OLD_UPTIME, NEW_UPTIME);
  const second = created.commitAll("Tighten analytics", "2026-02-15T10:30:00Z");

  created.edit("content/policy.yaml", "reviewIntervalDays: 180", "reviewIntervalDays: 120");
  created.commitAll("Review more often (does not touch the sheet)", "2026-03-01T08:00:00Z");

  created.edit(SHEET, "discounts:", NEW_CLAIM);
  created.edit(SHEET, OLD_MAY, NEW_MAY);
  created.edit(SHEET, "## Overview", "## Overview\n\nAsk how often the dashboard is down today.");
  const third = created.commitAll("Add the SLA claim", "2026-03-20T14:00:00Z");
  return { repo: created, commits: [first, second, third] };
}

describe("change history from git", { timeout: 30_000 }, () => {
  test("lists each commit that changed the sheet, newest first, in words computed from the frontmatter", async () => {
    const built = threeVersions();
    repo = built.repo;
    const [first, second, third] = built.commits;

    const history = await loadHistory(join(repo.root, "content"), ["analytics"]);

    expect(history).toEqual({
      available: true,
      shallow: false,
      sheets: [
        {
          slug: "analytics",
          entries: [
            {
              commit: third,
              date: "2026-03-20",
              timestamp: "2026-03-20T14:00:00.000Z",
              changes: [
                {
                  area: "claim",
                  text: "claim analytics-sla added",
                  after: "Analytics comes with a 99.9% monthly uptime SLA.",
                },
                {
                  area: "promise",
                  text: "promise 'SLA': what may be said changed",
                  before: "Commit to the standard monthly uptime SLA.",
                  after: "Commit to the standard 99.9% monthly uptime SLA with service credits.",
                },
                { area: "talk-track", text: "talk track edited" },
              ],
            },
            {
              commit: second,
              date: "2026-02-15",
              timestamp: "2026-02-15T10:30:00.000Z",
              changes: [
                { area: "ladder", text: "discount ladder: manager 20% → 15%" },
                {
                  area: "claim",
                  text: "claim analytics-uptime text changed",
                  before: "Analytics delivered 99.9% monthly uptime in 2025.",
                  after: "Analytics delivered 99.95% monthly uptime in 2025.",
                },
              ],
            },
            {
              commit: first,
              date: "2026-01-10",
              timestamp: "2026-01-10T09:00:00.000Z",
              changes: [{ area: "sheet", text: "sheet added" }],
            },
          ],
        },
      ],
    });
  });

  test("follows a sheet across a rename, which adds no entry of its own", async () => {
    const built = threeVersions();
    repo = built.repo;
    repo.git("mv", SHEET, "content/products/analytics-suite.mdx");
    repo.commitAll("Rename the sheet", "2026-04-01T09:00:00Z");

    const history = await loadHistory(join(repo.root, "content"), ["analytics-suite"]);

    expect(history.available && history.sheets[0]!.entries.map((entry) => entry.date)).toEqual([
      "2026-03-20",
      "2026-02-15",
      "2026-01-10",
    ]);
  });

  test("never mentions what the build's audience may not see", async () => {
    const built = threeVersions();
    repo = built.repo;

    const history = await loadHistory(join(repo.root, "content"), ["analytics"], (product) =>
      scopeProduct(product, "partner", {
        title: "Partner manager",
        contact: "partners@example.com",
      }),
    );

    // The ladder is internal only: the partner view of the second commit keeps the claim change alone.
    expect(
      history.available && history.sheets[0]!.entries[1]!.changes.map((change) => change.text),
    ).toEqual(["claim analytics-uptime text changed"]);
  });

  test("a sheet not committed yet has no entries", async () => {
    const built = threeVersions();
    repo = built.repo;
    repo.copy(join(VALID_LIBRARY, "products", "monitoring.mdx"), "content/products/draft.mdx");

    const history = await loadHistory(join(repo.root, "content"), ["draft"]);

    expect(history).toEqual({
      available: true,
      shallow: false,
      sheets: [{ slug: "draft", entries: [] }],
    });
  });

  test("a library without git (a tarball build) says so instead of failing", async () => {
    const folder = mkdtempSync(join(tmpdir(), "fieldguide-tarball-"));
    try {
      cpSync(VALID_LIBRARY, folder, { recursive: true });

      expect(await loadHistory(folder, ["analytics"])).toEqual({
        available: false,
        reason: "This copy of the library was built without its git history.",
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
