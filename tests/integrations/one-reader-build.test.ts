// The checker and the build read the library through one reader (src/library/files.ts,
// src/core/source/read.ts, src/site/library-loader.ts): what one refuses, the other refuses with the
// same file:line, and what one reads, the other publishes as read. Builds are slow on a shared
// machine: one refused library holds every class of damage at once, one accepted library every
// form the reader must take in.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli, STACK_LINE } from "../cli/run-cli.ts";
import {
  ANALYTICS,
  AS_OF,
  caseLibrary,
  edit,
  MONITORING,
  POLICY,
  text,
  validLibrary,
  withFile,
  writeLibrary,
} from "../core/fixture-library.ts";
import { checkAndBuild, npmBuild } from "./npm-build.ts";

const work = mkdtempSync(join(tmpdir(), "fieldguide-one-reader-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(
  "a library damaged in every way the two readers used to disagree on",
  { timeout: 240_000 },
  () => {
    // Outside the library: a sheet whose claim has expired, and a folder of notes.
    const outside = join(work, "outside");
    writeLibrary(
      edit(validLibrary(), ANALYTICS, "expires: 2027-06-30", "expires: 2026-01-31"),
      outside,
    );
    mkdirSync(join(outside, "notes"));

    let files = validLibrary();
    files = edit(files, ANALYTICS, "  listPrice: 100", "  listPrice: !!float 100");
    files = withFile(
      files,
      "products/billing.mdx",
      text(files, MONITORING)
        .replace("sku: EX-MO-1", "sku: EX-BI-1")
        .replace("Uptime checks", "Uptime\u0085 checks"),
    );
    files = edit(
      files,
      MONITORING,
      "Every check runs",
      "![Regions](../images/regions.png)\n\nEvery check runs",
    );
    files = withFile(files, "images/regions.png", "not a picture\n");
    const library = join(work, "damaged");
    writeLibrary(files, library);
    symlinkSync(join(outside, ANALYTICS), join(library, "products/linked.mdx"));
    symlinkSync(join(outside, "notes"), join(library, "field-notes"));

    const EXPECTED = [
      "field-notes:1:1  error: this is a symbolic link",
      "products/analytics.mdx:10:14  error: the YAML tag !!float is not used in the library",
      "products/billing.mdx:5:16  error: the file holds an invisible control character (U+0085)",
      "products/linked.mdx:1:1  error: this is a symbolic link",
      `products/monitoring.mdx:${lineOf(text(files, MONITORING), "![Regions]")}:12  error: "../images/regions.png" is not a PNG`,
    ];

    it.each(checkAndBuild(library, join(work, "dist-damaged")))(
      "%s refuses it: exit 1, each problem at its file:line, no stack trace",
      (_command, run) => {
        const { status, output } = run();

        expect(status).toBe(1);
        for (const line of EXPECTED) expect(output).toContain(`${library}/${line}`);
        expect(output).toContain(`${EXPECTED.length} errors, `);
        expect(output).not.toMatch(STACK_LINE);
      },
    );

    it("publishes nothing", () => {
      expect(existsSync(join(work, "dist-damaged", "index.html"))).toBe(false);
    });

    it("refuses a promise topic with no letter, which crashed the build's page addresses, as the checker does", () => {
      const category = join(work, "no-letters");
      writeLibrary(caseLibrary("promise-topic-without-letters"), category);
      const build = npmBuild(category, join(work, "dist-no-letters"));

      expect(build.status).toBe(1);
      expect(build.output).toContain(
        `${category}/products/analytics.mdx:33:12  promises[0].topic  error: the promise topic "—" has no letter or digit`,
      );
      expect(build.output).not.toMatch(STACK_LINE);
    });
  },
);

describe("a library in every form the reader takes in", { timeout: 240_000 }, () => {
  const crOnly = (content: string) => content.replace(/\n/g, "\r");
  let files = validLibrary();
  files = edit(
    files,
    MONITORING,
    "Every check runs",
    "![Regions](../images/regions.png)\n\nEvery check runs",
  );
  files = withFile(
    files,
    "images/regions.png",
    readFileSync(join(ROOT, "public/icons/icon-192.png")),
  );
  files = withFile(files, POLICY, crOnly(text(files, POLICY)));
  files = withFile(files, ANALYTICS, crOnly(text(files, ANALYTICS)));
  files = withFile(files, MONITORING, text(files, MONITORING).replace(/\n/g, "\r\n"));
  const library = join(work, "accepted");
  writeLibrary(files, library);
  const outDir = join(work, "dist-accepted");

  it("npm run check and npm run build both accept it", () => {
    const check = runCli(["check", library, "--as-of", AS_OF]);
    const build = npmBuild(library, outDir);

    expect(check.stdout).toMatch(/^0 errors, /m);
    expect(check.status).toBe(0);
    expect(build.output).not.toMatch(STACK_LINE);
    expect(build.status).toBe(0);
  });

  it("publishes what the checker read: the CR-only sheet's talk track and the CRLF sheet's image", () => {
    const analytics = readFileSync(join(outDir, "products/analytics/index.html"), "utf8");
    const monitoring = readFileSync(join(outDir, "products/monitoring/index.html"), "utf8");

    expect(analytics).toContain("Analytics has kept 99.9% uptime");
    expect(analytics).toContain("Every subscription starts with a 30-day evaluation.");
    expect(monitoring).toMatch(/<img [^>]*alt="Regions"/);
  });
});

function lineOf(content: string, start: string): number {
  return content.split("\n").findIndex((line) => line.startsWith(start)) + 1;
}
