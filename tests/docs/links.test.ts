// README.md is the front door and docs/ the reference: every link from one to the other, or between
// two pages of docs/, leads to a page that exists and to a heading that page has.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { anchors, deadLinks } from "./links.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("README.md and docs/", () => {
  const pages = [
    "README.md",
    ...readdirSync(join(PROJECT_ROOT, "docs"))
      .filter((name) => name.endsWith(".md"))
      .map((name) => `docs/${name}`),
  ];

  it.each(pages)("%s has no dead link and no missing anchor", (page) => {
    expect(deadLinks(PROJECT_ROOT, page)).toEqual([]);
  });
});

describe("deadLinks", () => {
  const root = mkdtempSync(join(tmpdir(), "fieldguide-links-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "docs"));
  writeFileSync(
    join(root, "docs/checker.md"),
    "# The checker's rules\n\n## `policy.yaml`: what holds\n\n```sh\n# Not a heading\n```\n",
  );

  function deadIn(readme: string): string[] {
    writeFileSync(join(root, "README.md"), readme);
    return deadLinks(root, "README.md").map(({ line, target, why }) => `${line} ${target}: ${why}`);
  }

  it("follows a link to a page and to one of its headings", () => {
    expect(deadIn("See [rules](docs/checker.md#policyyaml-what-holds).\n")).toEqual([]);
  });

  it("finds a link to a page that is not there", () => {
    expect(deadIn("# Fieldguide\n\n[Offline](docs/offline.md)\n")).toEqual([
      "3 docs/offline.md: docs/offline.md does not exist",
    ]);
  });

  it("finds an anchor the page has no heading for, a code block's comment being no heading", () => {
    expect(
      deadIn("[a](docs/checker.md#the-checker)\n[b](docs/checker.md#not-a-heading)\n"),
    ).toEqual([
      "1 docs/checker.md#the-checker: docs/checker.md has no heading #the-checker",
      "2 docs/checker.md#not-a-heading: docs/checker.md has no heading #not-a-heading",
    ]);
  });

  it("checks links within the page itself, and leaves other sites and code alone", () => {
    expect(
      deadIn(
        "# Deploy\n\n[up](#deploy) [gone](#quick-start) [site](https://x.example/#y) `[c](d.md)`\n",
      ),
    ).toEqual(["3 #quick-start: README.md has no heading #quick-start"]);
  });
});

describe("anchors", () => {
  it("slugs headings as GitHub does, numbering repeats", () => {
    expect([
      ...anchors(
        "## The checker\n### `policy.yaml`: what holds\n## The checker\n## For machines: `/guardrails.json`\n",
      ),
    ]).toEqual([
      "the-checker",
      "policyyaml-what-holds",
      "the-checker-1",
      "for-machines-guardrailsjson",
    ]);
  });
});
