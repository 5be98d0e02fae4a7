// Hostile libraries through the real commands. Builds are slow on a shared machine, so each kind
// of build runs once, on a library that holds several classes of problem at once:
// - `npm run check` and `npm run build` refuse the library, each problem at its file:line;
// - a build without the checker (tests/fixtures/weakened-checker) still fails, in the scan of the
//   pages it wrote, naming the sheet each dangerous thing came from.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  ANALYTICS,
  AS_OF,
  edit,
  MONITORING,
  POLICY,
  validLibrary,
  withFile,
  writeLibrary,
} from "../core/fixture-library.ts";
import { ROOT, runCli, STACK_LINE } from "../cli/run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "fieldguide-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run build` (or astro with another config) on a library, as a user would. */
function build(library: string, config?: string) {
  // Not vitest's environment: Vite's own variables (NODE_ENV=test, MODE, SSR…) change what Astro
  // builds, or break it.
  const vite = ["NODE_ENV", "BASE_URL", "DEV", "PROD", "MODE", "SSR", "TEST"];
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !vite.includes(name) && !name.startsWith("VITEST"),
    ),
  );
  const outDir = join(work, `dist-${config ? "weakened" : "checked"}`);
  const args = ["run", "build", "--", "--outDir", outDir, ...(config ? ["--config", config] : [])];
  const run = spawnSync("npm", args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...env, FIELDGUIDE_CONTENT_DIR: library, FIELDGUIDE_AS_OF: AS_OF },
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("a library with a problem of every kind", { timeout: 240_000 }, () => {
  let files = validLibrary();
  files = edit(
    files,
    ANALYTICS,
    "text: Every subscription starts with a 30-day evaluation.",
    "text: Every subscription starts with a risk&#45;free 30-day evaluation.",
  );
  files = edit(files, ANALYTICS, "Do not say:", "Do not say:\n<!-- ask legal -->");
  files = edit(
    files,
    MONITORING,
    "Every check runs from many places:",
    '<meta http-equiv="refresh" content="0;url=https://example.org" />\n\nEvery check runs from [many places](javascript&#58;alert(1)):',
  );
  files = edit(files, MONITORING, "lastReviewed: 2026-11-15", "lastReviewed: 2027-01-15");
  files = edit(
    files,
    MONITORING,
    "promises:\n",
    "termBonus:\n  - { minMonths: 12, extra: 90 }\npromises:\n",
  );
  files = edit(
    files,
    POLICY,
    "  - id: director\n",
    "  - id: manager\n    title: Regional manager\n  - id: director\n",
  );
  files = withFile(files, "products/billing.md", "# Billing");
  const library = join(work, "every-kind");
  writeLibrary(files, library);

  const EXPECTED = [
    'policy.yaml:11:9  roles[2].id  error: the role "manager" is also roles[1]',
    'products/analytics.mdx:22:11  claims[1].text  error: "risk-free" is a forbidden phrase',
    "products/analytics.mdx:49:1  error: HTML comments (<!-- … -->) are not allowed in a product sheet",
    "products/billing.md:1:1  error: this file is not a sheet, so the site leaves it out",
    "products/monitoring.mdx:7:15  lastReviewed  error: lastReviewed 2027-01-15 is after today",
    "products/monitoring.mdx:20:29  termBonus[0].extra  error: from 12 months, manager's 15% rises to 105%",
    "products/monitoring.mdx:28:1  error: <meta> is not allowed in a product sheet",
    "products/monitoring.mdx:30:23  error: javascript: links are not allowed in a product sheet",
  ];

  it.each([
    ["npm run check", () => runCli(["check", library, "--as-of", AS_OF])],
    [
      "npm run build",
      () => {
        const run = build(library);
        return { status: run.status, stdout: run.output, stderr: "" };
      },
    ],
  ])("%s refuses it: exit 1, every problem at its file:line, no stack trace", (_command, run) => {
    const { status, stdout, stderr } = run();
    const output = `${stdout}${stderr}`;

    expect(status).toBe(1);
    for (const line of EXPECTED) expect(output).toContain(`${library}/${line}`);
    expect(output).toContain("8 errors, 0 warnings");
    expect(output).not.toMatch(STACK_LINE);
  });
});

describe("a build whose checker let dangerous content through", { timeout: 240_000 }, () => {
  let files = validLibrary();
  // Frontmatter text is shown as written (a character reference stays "&#45;"), so the disguises
  // planted there are ones that render; the talk track's references are decoded by MDX.
  files = edit(
    files,
    ANALYTICS,
    "text: Every subscription starts with a 30-day evaluation.",
    "text: Every subscription starts with a Risk\u2011free 30-day evaluation.",
  );
  files = edit(
    files,
    MONITORING,
    "summary: Uptime checks with alerts.",
    "summary: Uptime checks with a gu\u0430ranteed ROI.",
  );
  files = edit(
    files,
    MONITORING,
    "Every check runs from many places:",
    [
      '<meta http-equiv="refresh" content="0;url=https://example.org" />',
      '<form action="https://example.org/collect"><input name="email" /></form>',
      '<iframe src="https://example.org/frame" />',
      'Every check runs from [many places](javascript&#58;alert(1)) and <a href="java&#x09;script:alert(2)">more</a>:',
      "<DontSay>It is risk-free.</DontSay> Yet it is ri\u0301sk-free.",
    ].join("\n\n"),
  );
  const library = join(work, "past-the-checker");
  writeLibrary(files, library);

  it("still fails, in the scan of the written pages, naming each page, its sheet and what it holds", () => {
    rmSync(join(ROOT, "node_modules/.astro-weakened-checker"), { recursive: true, force: true });
    const { status, output } = build(library, "tests/fixtures/weakened-checker/astro.config.mjs");

    expect(status).toBe(1);
    expect(output).toContain(
      "The built site holds what the checker must keep out; it must not ship.",
    );
    expect(output).toContain(
      `products/analytics/index.html (from ${library}/products/analytics.mdx):`,
    );
    expect(output).toContain(
      `products/monitoring/index.html (from ${library}/products/monitoring.mdx):`,
    );
    for (const finding of [
      '"Risk\u2011free" (a forbidden phrase) in: Every subscription starts with a Risk\u2011free 30-day',
      '"gu\u0430ranteed ROI" (a forbidden phrase) in: Uptime checks with a gu\u0430ranteed ROI.',
      '<meta http-equiv="refresh">, which the site\'s templates never write',
      "<form> in the talk track, which holds Markdown, <Claim> and <DontSay> only",
      "<iframe> in the talk track",
      'javascript: links are not allowed: <a href="javascript:alert(1)">',
      '<a href="java\tscript:alert(2)">',
      '"ri\u0301sk-free" (a forbidden phrase) in: Yet it is ri\u0301sk-free.',
    ])
      expect(output).toContain(finding);
    expect(output).not.toMatch(STACK_LINE);
  });
});
