import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { checkLibrary } from "../../src/core/check.ts";
import { readFolder, validLibrary, writeLibrary } from "../core/fixture-library.ts";
import { runCli, STACK_LINE } from "./run-cli.ts";
import { GIT_ENV } from "./temp-git-repo.ts";

const TODAY = "2026-12-01";
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "fieldguide-new-"));
  writeLibrary(validLibrary(), folder);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const newProduct = (name: string, ...options: string[]) =>
  runCli(["new", "product", name, "--dir", folder, ...options], {
    ...GIT_ENV,
    FIELDGUIDE_AS_OF: TODAY,
  });

/** A scaffolded file's only problems are the TODOs left to fill in. */
const errorsIn = (library: string) =>
  checkLibrary(readFolder(library), { asOf: TODAY }).problems.filter(
    (problem) => problem.rule !== "placeholder",
  );

/**
 * Uncomments what an editor's "toggle line comment" would: the line starting with `start` when it is
 * a comment, else the comment lines right under it. Each loses its "#" and one space after it.
 */
function uncommentUnder(text: string, start: string): string {
  const lines = text.split("\n");
  const at = lines.findIndex((line) => line.startsWith(start));
  if (at === -1) throw new Error(`no line starts with ${start}`);
  const uncomment = (line: string) => line.replace(/^(\s*)# ?/, "$1");
  if (start.trimStart().startsWith("#")) lines[at] = uncomment(lines[at]!);
  for (let index = at + 1; lines[index]?.startsWith("#"); index++) {
    lines[index] = uncomment(lines[index]!);
  }
  return lines.join("\n");
}

describe("npm run new -- product", { timeout: 30_000 }, () => {
  test("creates a commented sheet the checker refuses only for the TODOs left to fill in", () => {
    const run = newProduct("Signal Forecasts", "--owner", "jane.doe@example.com");

    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `Created ${folder}/products/signal-forecasts.mdx.\nNext: replace its TODOs, then run npm run check.\n`,
    );
    const { problems } = checkLibrary(readFolder(folder), { asOf: TODAY });
    expect(problems.map(({ severity, field, rule }) => ({ severity, field, rule }))).toEqual([
      { severity: "error", field: "sku", rule: "placeholder" },
      { severity: "error", field: "category", rule: "placeholder" },
      { severity: "error", field: "summary", rule: "placeholder" },
      { severity: "error", field: "pricing.listPrice", rule: "placeholder" },
      { severity: "error", field: "pricing.unit", rule: "placeholder" },
    ]);
    const sheet = readFileSync(join(folder, "products", "signal-forecasts.mdx"), "utf8");
    expect(sheet).toContain("\ntitle: Signal Forecasts\n");
    expect(sheet).toContain("\nsku: TODO-SIGNAL-FORECASTS # ");
    expect(sheet).toContain("\nowner: jane.doe@example.com # ");
    expect(sheet).toContain("\nlastReviewed: 2026-12-01 # ");
    expect(sheet).toContain("#  - id: signal-forecasts-example\n");
    // The ladder example names the roles of this library's policy.
    expect(sheet).toContain("#  - { role: rep, upTo: 5 }\n#  - { role: manager, upTo: 10 }\n");
  });

  test("its commented examples can be uncommented as they stand, and the sheet stays valid", () => {
    expect(newProduct("Signal Forecasts", "--owner", "jane.doe@example.com").status).toBe(0);
    const file = join(folder, "products", "signal-forecasts.mdx");
    // The price filled in: without a number there, the sheet cannot be read to check the rest.
    const template = readFileSync(file, "utf8").replace("listPrice: TODO", "listPrice: 1");

    // The edit a marketer makes first: the example claim, and nothing else.
    writeFileSync(file, uncommentUnder(template, "claims:"));
    expect(errorsIn(folder)).toEqual([]);

    const everything = [
      "  # floorPrice",
      "claims:",
      "discounts:",
      "termBonus:",
      "promises:",
      "forbidden:",
    ];
    writeFileSync(file, everything.reduce(uncommentUnder, template));
    const { problems, library } = checkLibrary(readFolder(folder), { asOf: TODAY });
    expect(problems.filter((problem) => problem.rule !== "placeholder")).toEqual([]);
    expect(
      library?.sheets.find((sheet) => sheet.slug === "signal-forecasts")?.product,
    ).toMatchObject({
      pricing: { floorPrice: 0.5 },
      claims: [{ id: "signal-forecasts-example", expires: "2027-12-01" }],
      discounts: [
        { role: "rep", upTo: 5 },
        { role: "manager", upTo: 10 },
      ],
      termBonus: [{ minMonths: 24, extra: 2 }],
      promises: [{ topic: "Implementation time", escalate: "manager" }],
      forbidden: [{ phrase: "a misleading phrase" }],
    });
  });

  test("a name with YAML punctuation is quoted", () => {
    expect(newProduct("Analytics: EU #1", "--owner", "jane.doe@example.com").status).toBe(0);

    const sheet = readFileSync(join(folder, "products", "analytics-eu-1.mdx"), "utf8");
    expect(sheet).toContain('\ntitle: "Analytics: EU #1"\n');
    expect(errorsIn(folder)).toEqual([]);
  });

  test("a sku already taken by another sheet gets a number", () => {
    expect(newProduct("Signal Forecasts", "--owner", "jane.doe@example.com").status).toBe(0);
    const finished = readFileSync(join(folder, "products", "signal-forecasts.mdx"), "utf8")
      .replace("TODO-SIGNAL-FORECASTS", "SIGNAL-FORECASTS")
      .replace("listPrice: TODO", "listPrice: 1");
    writeFileSync(join(folder, "products", "forecasts-v1.mdx"), finished);
    rmSync(join(folder, "products", "signal-forecasts.mdx"));

    expect(newProduct("Signal Forecasts", "--owner", "jane.doe@example.com").status).toBe(0);

    expect(readFileSync(join(folder, "products", "signal-forecasts.mdx"), "utf8")).toContain(
      "\nsku: TODO-SIGNAL-FORECASTS-2 #",
    );
    expect(errorsIn(folder)).toEqual([]);
  });

  test("never overwrites a sheet", () => {
    const run = newProduct("Analytics", "--owner", "jane.doe@example.com");

    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${folder}/products/analytics.mdx already exists: edit it, or choose another name.\n`,
    );
  });

  test.each([
    [["new"], "Say what to create: product or step."],
    [["new", "product"], 'Give the product name in quotes, e.g. new product "Signal Forecasts".'],
    [["new", "product", "!!!"], '"!!!" has no letters or digits to name the file after.'],
    [["new", "product", "X", "--owner", "jane"], '--owner must be an e-mail address, not "jane"'],
  ])("%j is refused with what to do", (args, message) => {
    const run = runCli([...args, "--dir", folder], GIT_ENV);

    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  test("without --owner and without a git e-mail address, asks for the owner", () => {
    const run = newProduct("Signal Forecasts");

    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      "Say who owns the sheet: --owner your.name@example.com (or set git config user.email).",
    );
  });
});

describe("npm run new -- step", { timeout: 30_000 }, () => {
  const newStep = (track: string, title: string) =>
    runCli(["new", "step", track, title, "--dir", folder], { FIELDGUIDE_AS_OF: TODAY });

  test("adds the next step of a track, and a new track with its first step, refused only for their TODOs", () => {
    expect(newStep("first-week", "Welcome").status).toBe(0);
    const run = newStep("first-week", "Reading a claim");

    expect(run.stdout).toBe(
      `Created ${folder}/onboarding/first-week/02-reading-a-claim.mdx.\nNext: replace the TODOs, then run npm run check.\n`,
    );
    expect(readFileSync(join(folder, "onboarding", "first-week", "track.yaml"), "utf8")).toContain(
      "\ntitle: First week\n",
    );
    const step = readFileSync(
      join(folder, "onboarding", "first-week", "02-reading-a-claim.mdx"),
      "utf8",
    );
    expect(step).toContain("\ntitle: Reading a claim\nstep: 2 #");
    expect(step).toContain("# - { scenario: discount, product: analytics }");
    expect(errorsIn(folder)).toEqual([]);
    expect(
      checkLibrary(readFolder(folder), { asOf: TODAY }).problems.map(({ file, field }) => ({
        file,
        field,
      })),
    ).toContainEqual({ file: "onboarding/first-week/track.yaml", field: "summary" });
  });

  test.each([
    [
      ["First Week", "Welcome"],
      'The track "First Week" must be a folder name of lowercase letters, digits and hyphens',
    ],
    [
      ["first-week", "Complete"],
      '"complete" is the address of a track\'s completion page: choose another title.',
    ],
    [
      ["first-week"],
      'Give the track and the step title, e.g. new step first-week "Reading a claim".',
    ],
  ])("%j is refused with what to do", (args, message) => {
    const run = runCli(["new", "step", ...args, "--dir", folder]);

    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toContain(message);
  });
});
