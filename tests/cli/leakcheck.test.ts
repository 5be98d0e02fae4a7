// The leak check on the partner build of the sample library (`npm test` builds it into
// dist-partner/ with `npm run build:partner` before the tests run), and on a copy of that build
// with internal content planted in a page, in a gzip'd Pagefind fragment and in the offline zip.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { strToU8, zipSync } from "fflate";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtFileText } from "../../src/cli/commands/leakcheck.ts";
import { ROOT, runCli, STACK_LINE } from "./run-cli.ts";

const PARTNER_BUILD = join(ROOT, "dist-partner");
/** Internal-only claim of the Edge Shield sheet (content/products/edge-shield.mdx). */
/** Each run of the CLI reads the whole library and every file of a build. */
const CLI_TIMEOUT = { timeout: 30_000 };
const INCIDENT_CLAIM =
  "In April 2026, Edge Shield absorbed a 1.4 Tbps volumetric attack against a retail customer with no customer-visible impact.";

describe("leakcheck on the partner build of the sample library", CLI_TIMEOUT, () => {
  it("finds no internal content and passes", () => {
    const run = runCli(["leakcheck", "dist-partner"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^No internal content in the \d+ files of dist-partner and the \d+ files of dist-partner-offline\/fieldguide-site\.zip \(\d+ internal texts and \d+ figures and fields looked for\)\.\n$/,
    );
    expect(run.status).toBe(0);
  });

  it("has onboarding for partners: the partner track with its knowledge checks, and no other", () => {
    const onboarding = join(PARTNER_BUILD, "onboarding");
    const steps = readdirSync(join(onboarding, "partner-essentials"))
      .filter((name) => name !== "index.html")
      .sort();

    expect(readdirSync(onboarding).sort()).toEqual(["index.html", "partner-essentials", "receipt"]);
    expect(readFileSync(join(onboarding, "index.html"), "utf8")).toContain(
      "Selling Northwind Signal as a partner",
    );
    expect(steps).toEqual([
      "complete",
      "promises-you-may-make",
      "say-it-as-the-sheet-says-it",
      "words-nobody-uses",
    ]);
    for (const step of steps.filter((name) => name !== "complete")) {
      expect(
        readFileSync(join(onboarding, "partner-essentials", step, "index.html"), "utf8"),
      ).toContain('id="quiz-data"');
    }
  });

  it("has a Pagefind index that a plain search cannot read", () => {
    const fragments = readdirSync(join(PARTNER_BUILD, "pagefind", "fragment"));
    const edgeShield = fragments
      .map((name) => readFileSync(join(PARTNER_BUILD, "pagefind", "fragment", name)))
      .find((bytes) => builtFileText(bytes).includes('"url":"/products/edge-shield/"'));
    expect(edgeShield?.includes("Edge Shield")).toBe(false);
    expect(builtFileText(edgeShield!)).toContain("Edge Shield");
  });
});

describe("leakcheck on a partner build with a planted leak", CLI_TIMEOUT, () => {
  let site: string;
  let fragment: string;

  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), "fieldguide-leak-"));
    cpSync(PARTNER_BUILD, site, { recursive: true });

    const page = join(site, "products", "edge-shield", "index.html");
    writeFileSync(
      page,
      readFileSync(page, "utf8").replace(
        "</main>",
        `<p hidden>${INCIDENT_CLAIM}</p><p>Ask directors@northwind.example.</p></main>`,
      ),
    );
    // The offline download beside the build, with an internal address in one of its pages.
    mkdirSync(`${site}-offline`);
    writeFileSync(
      `${site}-offline/fieldguide-site.zip`,
      zipSync({
        "fieldguide-site/site/roles/index.html": strToU8(
          '<a href="mailto:deal-desk@northwind.example">Deal desk</a>',
        ),
      }),
    );

    // Pagefind 1.6 fragments: gzip of "pagefind_dcd" followed by the page's JSON.
    const fragments = join(site, "pagefind", "fragment");
    const name = readdirSync(fragments).find((file) =>
      gunzipSync(readFileSync(join(fragments, file)))
        .toString()
        .includes('"url":"/products/edge-shield/"'),
    )!;
    fragment = `pagefind/fragment/${name}`;
    const text = gunzipSync(readFileSync(join(site, fragment))).toString();
    expect(text.startsWith("pagefind_dcd{")).toBe(true);
    const data = JSON.parse(text.slice("pagefind_dcd".length)) as { content: string };
    data.content += " Floor price €200.00.";
    writeFileSync(join(site, fragment), gzipSync(`pagefind_dcd${JSON.stringify(data)}`));
  });

  afterAll(() => {
    if (site) rmSync(site, { recursive: true, force: true });
    if (site) rmSync(`${site}-offline`, { recursive: true, force: true });
  });

  it("reports each leak with its file (a product page with its sheet), the text and the internal item it comes from, and fails", () => {
    const run = runCli(["leakcheck", site]);
    expect(run.stderr).toBe("");
    const page = `${site}/products/edge-shield/index.html (the page of content/products/edge-shield.mdx)`;
    expect(run.stdout.split("\n")).toEqual([
      `${site}/pagefind/fragment/${fragment.split("/").at(-1)}: "€200.00" is floor price of products/edge-shield.mdx (200 EUR)`,
      `${page}: "${INCIDENT_CLAIM.slice(0, 87)}…" is claim edge-shield-ddos-incident of products/edge-shield.mdx (not for partners)`,
      `${page}: "1.4 Tbps" is a figure ("1.4 Tbps") of claim edge-shield-ddos-incident of products/edge-shield.mdx (not for partners)`,
      `${page}: "directors@northwind.example" is an internal e-mail address (contact of the role director in policy.yaml)`,
      `${site}-offline/fieldguide-site.zip:fieldguide-site/site/roles/index.html: "deal-desk@northwind.example" is an internal e-mail address (contact of the role deal-desk in policy.yaml)`,
      expect.stringMatching(/^5 leaks in 3 of \d+ files: this build must not reach partners\.$/),
      "",
    ]);
    expect(run.status).toBe(1);
  });
});

describe("leakcheck usage", CLI_TIMEOUT, () => {
  it("refuses a folder that is not a built site, without a stack trace", () => {
    const run = runCli(["leakcheck", "no-such-build"]);
    expect(run.stderr).toContain(
      "no-such-build is not a built site (it has no index.html): run npm run build:partner first",
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.status).toBe(2);
  });
});

describe("builtFileText", () => {
  it("reads plain files as they are and gzip'd Pagefind files without their signature", () => {
    expect(builtFileText(new TextEncoder().encode("<p>plain</p>"))).toBe("<p>plain</p>");
    expect(builtFileText(gzipSync('pagefind_dcd{"content":"text"}'))).toBe('{"content":"text"}');
    expect(builtFileText(gzipSync("other gzip"))).toBe("other gzip");
  });
});
