// Hostile libraries through the real commands. Builds are slow on a shared machine, so each kind
// of build runs once, on a library that holds several classes of problem at once:
// - `npm run check` and `npm run build` refuse the library, each problem at its file:line;
// - a build without the checker (tests/fixtures/weakened-checker) still fails, in the scan of the
//   pages it wrote, naming the sheet each dangerous thing came from.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  ANALYTICS,
  edit,
  MONITORING,
  POLICY,
  text,
  validLibrary,
  withFile,
  writeLibrary,
} from "../core/fixture-library.ts";
import { ROOT, STACK_LINE } from "../cli/run-cli.ts";
import { checkAndBuild, npmBuild } from "./npm-build.ts";

const TRACK = "title: Basics\naudience: [internal]\nsummary: The first things to know.\norder: 1\n";
const STEP = `---
title: Welcome
step: 1
minutes: 5
objectives: [Know what may be said]
products: [analytics]
quiz:
  - question: Is a subscription safe?
    options: [It is risk-free, Nothing is]
    answer: It is risk-free
    explain: Say the trial claim.
---

Welcome. Every deal is a guaranteed ROI.

Nor is it riskfree, r\u00EDsk&#45;free or a source of guaranteed ROIs.
`;

const work = mkdtempSync(join(tmpdir(), "fieldguide-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The project's Astro config with the checker taken out: what a hole in the checker lets through. */
const WEAKENED = "tests/fixtures/weakened-checker/astro.config.mjs";

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
    '<meta http-equiv="refresh" content="0;url=https://example.org" />\n\n<form action="https://example.org"></form>\n\nEvery check runs from [many places](javascript&#58;alert(1)):',
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
  files = edit(
    files,
    ANALYTICS,
    "    why: Dashboards refresh on a schedule.\n",
    "    why: Dashboards refresh on a schedule.\n    insteadSay: monitoring-regions\n",
  );
  files = edit(
    files,
    ANALYTICS,
    "  - { minMonths: 24, extra: 5 }\n",
    "  - { minMonths: 24, extra: 5 }\n  - { minMonths: 24, extra: 2 }\n",
  );
  files = edit(
    files,
    MONITORING,
    "summary: Uptime checks with alerts.",
    "summary: Uptime checks with alerts; we connect to anything.",
  );
  files = edit(
    files,
    MONITORING,
    "    escalate: solutions@example.com\n",
    "    escalate: solutions@example.com\n  - topic: integrations\n    may: Name any integration.\n    escalate: solutions@example.com\n",
  );
  files = withFile(
    files,
    "products/Monitoring.mdx",
    text(validLibrary(), MONITORING)
      .replace("sku: EX-MO-1", "sku: EX-MO-2")
      .replaceAll("monitoring-regions", "monitoring-copy-regions"),
  );
  files = edit(files, MONITORING, "category: Operations", "category: TODO");
  files = edit(
    files,
    ANALYTICS,
    "document: SLA report 2025",
    "document: Guaranteed ROI report 2025",
  );
  files = withFile(files, "onboarding/basics/track.yaml", TRACK);
  files = withFile(files, "onboarding/basics/01-welcome.mdx", STEP);
  const library = join(work, "every-kind");
  writeLibrary(files, library);

  const EXPECTED = [
    'onboarding/basics/01-welcome.mdx:10:13  quiz[0].answer  error: "risk-free" is a forbidden phrase',
    'onboarding/basics/01-welcome.mdx:14:26  error: "guaranteed ROI" is a forbidden phrase',
    'onboarding/basics/01-welcome.mdx:16:11  error: "riskfree" is a forbidden phrase',
    'onboarding/basics/01-welcome.mdx:16:21  error: "r\u00EDsk-free" is a forbidden phrase',
    'onboarding/basics/01-welcome.mdx:16:50  error: "guaranteed ROIs" is a forbidden phrase',
    'policy.yaml:11:9  roles[2].id  error: the role "manager" is also roles[1]',
    'products/analytics.mdx:17:17  claims[0].evidence.document  error: "Guaranteed ROI" is a forbidden phrase',
    'products/analytics.mdx:22:11  claims[1].text  error: "risk-free" is a forbidden phrase',
    "products/analytics.mdx:32:18  termBonus[1].minMonths  error: termBonus[0] is also for 24 months",
    'products/analytics.mdx:41:17  forbidden[0].insteadSay  error: claim "monitoring-regions" is not published to partners',
    "products/analytics.mdx:51:1  error: HTML comments (<!-- … -->) are not allowed in a product sheet",
    "products/billing.md:1:1  error: this file is not a sheet, so the site leaves it out",
    "products/monitoring.mdx:1:1  error: products/Monitoring.mdx has the same name but for capitals",
    "products/monitoring.mdx:4:11  category  error: still holds a TODO placeholder",
    'products/monitoring.mdx:5:10  summary  error: "we connect to anything" is out of bounds (Integrations)',
    "products/monitoring.mdx:7:15  lastReviewed  error: lastReviewed 2027-01-15 is after today",
    "products/monitoring.mdx:20:29  termBonus[0].extra  error: from 12 months, manager's 15% rises to 105%",
    'products/monitoring.mdx:26:12  promises[1].topic  error: the topic "integrations" is also promises[0]',
    "products/monitoring.mdx:31:1  error: <meta> is not allowed in a product sheet",
    "products/monitoring.mdx:33:1  error: <form> is not allowed in a product sheet",
    "products/monitoring.mdx:35:23  error: javascript: links are not allowed in a product sheet",
    'products/Monitoring.mdx:1:1  error: "Monitoring" cannot be a page address',
    'products/Monitoring.mdx:2:8  title  error: the title "Monitoring" is also the title of products/monitoring.mdx',
  ];

  it.each(checkAndBuild(library, join(work, "dist-checked")))(
    "%s refuses it: exit 1, every problem at its file:line, no stack trace",
    (_command, run) => {
      const { status, output } = run();

      expect(status).toBe(1);
      for (const line of EXPECTED) expect(output).toContain(`${library}/${line}`);
      expect(output).toContain(`${EXPECTED.length} errors, 0 warnings`);
      expect(output).not.toMatch(STACK_LINE);
    },
  );
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
    const { status, output } = npmBuild(library, join(work, "dist-weakened"), WEAKENED);

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

describe("a build whose checker missed a sheet the build cannot read", { timeout: 240_000 }, () => {
  const files = edit(
    validLibrary(),
    MONITORING,
    "summary: Uptime checks with alerts.",
    "summary: [Uptime checks with alerts.",
  );
  const library = join(work, "unreadable-past-the-checker");
  writeLibrary(files, library);

  it("fails, naming the sheet, rather than publishing the library without it", () => {
    rmSync(join(ROOT, "node_modules/.astro-weakened-checker"), { recursive: true, force: true });
    const { status, output } = npmBuild(library, join(work, "dist-weakened"), WEAKENED);

    expect(status).toBe(1);
    expect(output).toContain("monitoring.mdx");
  });
});
