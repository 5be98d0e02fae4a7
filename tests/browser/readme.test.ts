// The README is a test: the commands of its quick start, of "For marketers" (docs/marketers.md) and
// the partner preview (docs/security.md) are read from them and run as written, in a fresh copy of the project with the sample library. A
// README edit that changes a command changes what runs here; a command no test here knows fails.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildEnvironment } from "../build-env.ts";
import { STACK_LINE } from "../cli/run-cli.ts";
import { copyProject } from "../project-copy.ts";
import { DEV_COMMAND, startServer, type DevServer } from "./dev-server.ts";
import { launchBrowser, searchFromHeader } from "./harness.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = join(PROJECT_ROOT, "tests/fixtures/readme");
/** npm start and npm run start:partner build the site before serving it. */
const BUILD_AND_SERVE = 300_000;

interface Command {
  /** The command as written, without its comment. */
  line: string;
  /** What the README says beside it, after `#`. */
  comment: string;
  /** The ```text block that follows the command's block: what the README says it prints. */
  prints?: string;
}

/** The commands of every ```sh block in the section of `file` whose heading is `heading`. */
function commandsUnder(heading: string, file = "README.md"): Command[] {
  // A newline first, so that a heading on the file's first line is found like any other.
  const text = `\n${readFileSync(join(PROJECT_ROOT, file), "utf8")}`;
  const start = text.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`${file} has no "${heading}" section`);
  const level = heading.split(" ")[0]!;
  const rest = text.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level.length}} `, "m"));
  const section = end === -1 ? rest : rest.slice(0, end);
  const commands: Command[] = [];
  for (const [, block, , text] of section.matchAll(
    /```sh\n([\s\S]*?)```(\s*```text\n([\s\S]*?)```)?/g,
  )) {
    for (const raw of block!.split("\n")) {
      const [, line, comment] = /^([^#]*?)\s*(?:#\s*(.*))?$/.exec(raw)!;
      if (line) commands.push({ line, comment: comment ?? "", prints: text });
    }
  }
  return commands;
}

const QUICK_START = commandsUnder("## Quick start");
const FOR_MARKETERS = commandsUnder("# For marketers", "docs/marketers.md");
const PARTNER_PREVIEW = commandsUnder("### Partner builds", "docs/security.md").filter(({ line }) =>
  /^npm run (start:partner|leakcheck)\b/.test(line),
);
const ALL = [...QUICK_START, ...FOR_MARKETERS, ...PARTNER_PREVIEW];

/** Commands this test does not run, and why. */
const NOT_RUN: Record<string, string> = {
  "npm ci": "the copy links this project's installed packages",
  "npm test": "it is what runs this test",
};
/** Lines run by a tool outside the project: what they write is a fixture of tests/fixtures/readme. */
const OUTSIDE = /^gh /;

let workDir: string;
let project: string;
let browser: Browser;
const ran = new Set<string>();

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "fieldguide-readme-"));
  [project, browser] = await Promise.all([
    copyProject(join(workDir, "fieldguide")),
    launchBrowser(),
  ]);
  // What `gh issue list … > notes.json` writes, and a pasted e-mail, about the sample library.
  for (const file of ["notes.json", "mail.txt"])
    copyFileSync(join(FIXTURES, file), join(project, file));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The README's commands that match `pattern`, in `commands`; at least one. */
function find(commands: Command[], pattern: RegExp): Command[] {
  const found = commands.filter(({ line }) => pattern.test(line));
  expect(found, `README.md has no command like ${pattern}`).not.toEqual([]);
  return found;
}

interface Run {
  status: number | null;
  output: string;
}

/** Runs a README line in the copy as a shell would, and remembers that it did. */
function run(line: string): Run {
  const env = buildEnvironment({ NO_COLOR: "1" });
  delete env.FIELDGUIDE_CONTENT_DIR;
  const result = spawnSync("sh", ["-c", line], { cwd: project, env, encoding: "utf8" });
  ran.add(line);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Ran as the README says: exit 0, no stack trace. */
function expectSuccess(line: string, { status, output }: Run): void {
  expect(status, `${line}\n${output}`).toBe(0);
  expect(output).not.toMatch(/^\s+at /m);
}

/** A server command's address answers; its process is ended after `use`. */
async function serving(line: string, use: (server: DevServer) => Promise<void>): Promise<void> {
  ran.add(line);
  const server = await startServer(project, line, BUILD_AND_SERVE);
  try {
    await use(server);
  } finally {
    await server.close();
  }
}

/** Changes a sheet of the copy's library, as a marketer would in an editor. */
function editSheet(slug: string, change: (sheet: string) => string): void {
  const sheet = join(project, `content/products/${slug}.mdx`);
  const before = readFileSync(sheet, "utf8");
  const after = change(before);
  expect(after, `the README's example no longer applies to ${slug}.mdx`).not.toBe(before);
  writeFileSync(sheet, after);
}

/** Puts the copy's library back as it was: each command starts from the sample library. */
function restoreLibrary(): void {
  spawnSync("git", ["checkout", "-q", "--", "content"], { cwd: project });
  spawnSync("git", ["clean", "-fdq", "--", "content"], { cwd: project });
}

describe("README.md, run as written in a fresh copy of the project", () => {
  test(
    "npm start builds and serves the sample library, and search answers",
    async () => {
      const [start] = find(QUICK_START, /^npm start$/);
      await serving(start!.line, async ({ url }) => {
        const page = await browser.newPage({ baseURL: url });
        await page.goto("/");
        expect(await page.locator("h1").first().innerText()).not.toBe("");
        expect(await searchFromHeader(page, "uptime")).toMatch(/^\d+ results? for “uptime”/);
        await page.close();
      });
    },
    BUILD_AND_SERVE,
  );

  // dev-preview.test.ts starts this very command in a fresh copy of the project and saves problems
  // into the sample library (within a second, on the page): here, only that it is what the README says.
  test("npm run dev, in the quick start and in Edit and preview, is the command dev-preview.test.ts runs", () => {
    const written = find(ALL, /^npm run dev\b/);
    expect(written.map(({ line }) => line)).toEqual(written.map(() => DEV_COMMAND));
    for (const { line } of written) ran.add(line);
  });

  test("npm run new writes what its comment says, prints what the README shows, and npm run check refuses it until its TODOs are filled in", () => {
    const news = find(FOR_MARKETERS, /^npm run new\b/);
    for (const { line, comment, prints } of news) {
      const created = run(line);
      expectSuccess(line, created);
      if (comment.startsWith("content/")) expect(existsSync(join(project, comment))).toBe(true);
      // The README shows what the first one prints, and names the next command in it.
      if (line === news[0]!.line) {
        for (const printed of prints!.trim().split("\n")) expect(created.output).toContain(printed);
      }
      const next = /then run (npm run [a-z:]+)/.exec(prints!)![1]!;
      const check = run(next);
      restoreLibrary();
      // As the README says: nothing half-finished is published, and each TODO names its field.
      expect(check.status, check.output).toBe(1);
      expect(check.output).toMatch(/still holds a TODO placeholder/);
      expect(check.output).not.toMatch(STACK_LINE);
    }
  }, 120_000);

  test("npm run translate starts, approves and lists a translation as the README shows", () => {
    const lines = find(FOR_MARKETERS, /^npm run translate\b/);
    try {
      for (const { line } of lines) expectSuccess(line, run(line));
      expect(existsSync(join(project, "content/translations/de/log-vault.mdx"))).toBe(true);
    } finally {
      restoreLibrary();
    }
  }, 120_000);

  test("npm run diff words the change the README shows, and each line exits 0", () => {
    const [first, ...others] = find(FOR_MARKETERS, /^npm run diff\b/);
    editSheet("signal-analytics", (sheet) =>
      sheet
        .replace("{ role: manager, upTo: 15 }", "{ role: manager, upTo: 20 }")
        .replace("has delivered 99.9% monthly", "has delivered 99.95% monthly"),
    );
    try {
      const shown = run(first!.line);
      expectSuccess(first!.line, shown);
      for (const printed of first!.prints!.trim().split("\n"))
        expect(shown.output).toContain(printed);
      for (const { line } of others) expectSuccess(line, run(line));
    } finally {
      restoreLibrary();
    }
  }, 120_000);

  for (const [what, pattern] of [
    ["npm run hooks:install", /^npm run hooks:/],
    ["npm run report", /^npm run report\b/],
    ["npm run feedback", /^npm run feedback\b/],
  ] as const) {
    test(`${what}: every line exits 0 and prints what the README shows`, () => {
      const commands = find(FOR_MARKETERS, pattern);
      const results = commands.map(({ line }) => run(line));
      restoreLibrary();
      commands.forEach(({ line }, index) => expectSuccess(line, results[index]!));
      const outputs = results.map(({ output }) => output);
      // The README's sample output: its first line up to the first figure, printed by one of them.
      const sample = commands.find(({ prints }) => prints)?.prints;
      if (sample) {
        const opening = sample.trim().split("\n")[0]!.split(/\d/)[0]!.trim();
        expect(
          outputs.some((output) => output.includes(opening)),
          opening,
        ).toBe(true);
      }
      restoreLibrary();
    }, 120_000);
  }

  test(
    "npm run start:partner serves the partner edition, which the leak check passes",
    async () => {
      const [preview] = find(PARTNER_PREVIEW, /^npm run start:partner$/);
      await serving(preview!.line, async ({ url }) => {
        expect((await fetch(url)).status).toBe(200);
        // Internal-only pages are not in the partner edition.
        expect((await fetch(`${url}/deal-checker/`)).status).toBe(404);
      });
      const [leakcheck] = find(PARTNER_PREVIEW, /^npm run leakcheck\b/);
      expectSuccess(leakcheck!.line, run(leakcheck!.line));
    },
    BUILD_AND_SERVE,
  );

  test("every command of these sections was run, or is one this test says why it does not run", () => {
    const unexplained = ALL.map(({ line }) => line).filter(
      (line) => !ran.has(line) && !(line in NOT_RUN) && !OUTSIDE.test(line),
    );
    expect(unexplained).toEqual([]);
    expect(ALL.length).toBeGreaterThan(15);
  });
});
