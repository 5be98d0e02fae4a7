/** `npm run translate -- status|new|approve` on a copy of the sample library in content/. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ROOT, runCli, STACK_LINE } from "./run-cli.ts";

let library: string;
beforeEach(() => {
  library = mkdtempSync(join(tmpdir(), "fieldguide-translate-"));
  cpSync(join(ROOT, "content"), library, { recursive: true });
});
afterEach(() => rmSync(library, { recursive: true, force: true }));

const AS_OF = ["--as-of", "2026-12-06"];
const translate = (...args: string[]) => runCli(["translate", ...args, "--dir", library, ...AS_OF]);
const check = () => runCli(["check", library, ...AS_OF]);
const read = (path: string) => readFileSync(join(library, path), "utf8");
const edit = (path: string, from: string, to: string) => {
  const before = read(path);
  expect(before).toContain(from);
  writeFileSync(join(library, path), before.replace(from, to));
};
const rowOf = (stdout: string, slug: string) =>
  stdout.split("\n").find((line) => line.trimStart().startsWith(`${slug} `));

const SOURCE = "products/signal-analytics.mdx";
const GERMAN = "translations/de/signal-analytics.mdx";

describe("npm run translate", { timeout: 60_000 }, () => {
  test("status lists each sheet per language: the sample's German sheets are approved", () => {
    const run = translate("status", "de");

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Deutsch \(de\), approved by legal-de@northwind\.example$/m);
    expect(rowOf(run.stdout, "signal-analytics")).toMatch(/approved\s+nothing$/);
    expect(rowOf(run.stdout, "edge-shield")).toMatch(/not translated\s+everything$/);
    expect(run.stdout).not.toContain("Français");
  });

  test("a changed source claim makes its translation stale, named in status and check", () => {
    edit(SOURCE, "99.9% monthly uptime in every month", "99.95% monthly uptime in every month");

    const status = translate("status", "de");
    const checked = check();

    expect(rowOf(status.stdout, "signal-analytics")).toMatch(
      /stale\s+claim "signal-analytics-uptime": its wording and figures changed$/,
    );
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain(
      `${library}/${GERMAN}:10:13  claims[0].source  warning: claim "signal-analytics-uptime" changed in ${SOURCE}`,
    );
  });

  test("approve refuses a stale translation whose figure no longer matches, then stamps the corrected one", () => {
    edit(SOURCE, "99.9% monthly uptime in every month", "99.95% monthly uptime in every month");
    const stale = read(GERMAN);

    const refused = translate("approve", "de", "signal-analytics");

    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `${library}/${GERMAN}:9:11  claims[0].text  error: "99,9" is not a figure of the source`,
    );
    expect(refused.stderr).toContain("Not approved");
    expect(read(GERMAN)).toBe(stale);

    edit(GERMAN, "Verfügbarkeit von 99,9 %", "Verfügbarkeit von 99,95 %");
    const approved = translate("approve", "de", "signal-analytics");

    expect(approved.status).toBe(0);
    expect(approved.stdout).toContain(`Approved ${library}/${GERMAN} on 2026-12-06.`);
    expect(read(GERMAN)).toMatch(/^approvedOn: 2026-12-06$/m);
    expect(read(GERMAN)).toContain("# Deutsch translation of products/signal-analytics.mdx");
    expect(rowOf(translate("status", "de").stdout, "signal-analytics")).toMatch(/approved/);
    expect(check().stdout).toMatch(/^0 errors, \d+ warnings?$/m);
  });

  test("new writes the source text with its fingerprints, unapproved until approve seals it", () => {
    const created = translate("new", "fr", "log-vault");
    const file = "translations/fr/log-vault.mdx";

    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`Created ${library}/${file}`);
    const scaffold = read(file);
    expect(scaffold).toContain("approvedBy: legal-fr@northwind.example");
    expect(scaffold).toMatch(/^source: [0-9a-f]{6}-[0-9a-f]{6}-[0-9a-f]{6}\.[0-9a-f]{6}$/m);
    expect(scaffold).toContain(read("products/log-vault.mdx").split("\n---\n")[1]!);
    expect(rowOf(translate("status", "fr").stdout, "log-vault")).toMatch(
      /stale\s+the title, summary and talk track: not approved/,
    );
    expect(check().stdout).toContain(`${library}/${file}:9:9  source  error: the fingerprint`);

    expect(translate("approve", "fr", "log-vault").status).toBe(0);
    expect(rowOf(translate("status", "fr").stdout, "log-vault")).toMatch(/approved/);
  });

  test("new will not overwrite a translation; unknown languages and sheets are explained", () => {
    const again = translate("new", "de", "signal-analytics");
    const spanish = translate("new", "es", "signal-analytics");
    const unknown = translate("new", "de", "signal-analytic");

    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(spanish.status).toBe(2);
    expect(spanish.stderr).toContain('"es" is not a language in policy.yaml (de, fr)');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("no sheet");
    for (const run of [again, spanish, unknown])
      expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_LINE);
  });
});
