// True on the day of use: a claim's expiry is enforced by the device's clock (Playwright's clock),
// online and from the offline cache, and a withdrawal published in a later build reaches a page
// the device serves from its cache, without a reload.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../cli/run-cli.ts";
import { buildLibrary, type BuiltLibrary } from "./build-library.ts";
import { useBuiltSite } from "./built-site.ts";
import {
  checkA11y,
  launchBrowser,
  newPage,
  serveSite,
  visitUntilOffline,
  type ServedSite,
  type SitePage,
} from "./harness.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const UI = { timeout: 10_000 };

/** Identity Guard's SOC 2 claim, approved until 31 Jan 2029 (content/products/identity-guard.mdx). */
const SOC2 = "identity-guard-soc2";
const SHEET = "/products/identity-guard/";
const ENCRYPTION =
  "Identity Guard encrypts stored credentials with AES-256 and protects all traffic with TLS 1.2 or later.";
const REASON = "The 2025-2026 report is being re-audited; do not quote it.";

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const soc2Card = (page: Page) =>
  page.locator("article.claim", { has: page.locator(`#claim-${SOC2}`) });
const noticeOf = (item: Locator) => item.locator("[data-standing-notice]");

/** What the claim's card says and offers on the sheet, once the island has run. */
async function soc2OnSheet(page: Page) {
  const card = soc2Card(page);
  await card.waitFor();
  // The island runs after the copy script: wait until it has looked at the page.
  await expect.poll(() => page.evaluate(() => document.readyState), UI).toBe("complete");
  const notice = noticeOf(card);
  return {
    notice: (await notice.count()) > 0 ? await notice.innerText() : undefined,
    copy: await card.getByRole("button", { name: "Copy wording" }).count(),
    link: await card.getByRole("link", { name: "Link to this claim" }).count(),
    inline: await page
      .locator(`figure[data-claim="${SOC2}"] [data-standing-notice]`)
      .allInnerTexts(),
  };
}

describe("expiry on the device's clock, online", () => {
  const built = useBuiltSite();

  test.each([
    ["2029-01-10", undefined, 1], // nothing: more than 14 days ahead
    ["2029-01-26", "Expires in 5 days", 1],
    ["2029-01-31", "Expires today", 1],
    ["2029-02-01", "Expired on 31 Jan 2029: do not use", 0],
    ["2029-02-15", "Expired on 31 Jan 2029: do not use", 0],
  ])("on %s the SOC 2 claim says: %s", async (day, notice, offered) => {
    const tab = await built.newPage();
    try {
      await tab.page.clock.setFixedTime(at(day));
      await tab.page.goto(SHEET);
      await expect.poll(async () => (await soc2OnSheet(tab.page)).notice, UI).toBe(notice);
      expect(await soc2OnSheet(tab.page)).toEqual({
        notice,
        copy: offered,
        link: offered,
        inline: notice ? [notice] : [],
      });
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test("the draft checker stops offering an expired claim as what to say instead", async () => {
    const offered = async (day: string) => {
      const tab = await built.newPage();
      try {
        await tab.page.clock.setFixedTime(at(day));
        await tab.page.goto("/draft-checker/");
        await tab.page.fill("#draft-text", "Identity Guard is 100% secure.");
        const findings = tab.page.locator("#draft-findings > li");
        await expect.poll(() => findings.count(), UI).toBe(1);
        await expect
          .poll(() => tab.page.locator("#draft-findings .advice:not([data-done])").count(), UI)
          .toBe(0);
        return await findings.innerText();
      } finally {
        await tab.close();
      }
    };
    expect(await offered("2029-01-31")).toContain("Say instead: “Identity Guard is in the scope");
    expect(await offered("2029-02-01")).not.toContain("Identity Guard is in the scope");
  });

  test("the draft checker counts a figure approved only until the claim stating it expires", async () => {
    const summaryOn = async (day: string) => {
      const tab = await built.newPage();
      try {
        await tab.page.clock.setFixedTime(at(day));
        await tab.page.goto("/draft-checker/");
        // identity-guard-takeover ("…fell by 87% year on year") is approved until 31 Mar 2029.
        await tab.page.fill("#draft-text", "With Identity Guard, account takeovers fell by 87%.");
        const summary = tab.page.locator("#draft-summary");
        await expect
          .poll(() => summary.innerText(), UI)
          .toMatch(/^(Nothing out of bounds|\d|1 thing)/);
        return await summary.innerText();
      } finally {
        await tab.close();
      }
    };
    expect(await summaryOn("2029-03-31")).toMatch(/^Nothing out of bounds/);
    expect(await summaryOn("2029-04-01")).toMatch(/^1 thing to change/);
  });

  test("the deal checker will not quote a sheet withdrawn by a newer list than its build", async () => {
    const verdictFor = async (list?: object) => {
      const tab = await built.newPage();
      try {
        if (list) {
          await tab.page.addInitScript((stored) => {
            localStorage.setItem("fieldguide:withdrawals:v1", stored);
          }, JSON.stringify(list));
        }
        await tab.page.goto("/deal-checker/?product=data-residency&quantity=1&discount=5");
        const verdict = tab.page
          .locator("#quote-lines > li")
          .first()
          .locator("[data-line-verdict]");
        await expect.poll(() => verdict.innerText(), UI).not.toMatch(/^(Loading|$)/);
        return {
          kind: await verdict.getAttribute("data-verdict"),
          text: await verdict.innerText(),
        };
      } finally {
        await tab.close();
      }
    };
    expect((await verdictFor()).kind).toBe("needs-approval");
    // What a later build's /withdrawals.json says, stored on the device before this page was built.
    const later = {
      format: "fieldguide-withdrawals",
      version: 1,
      sequence: 4_000_000_000,
      builtOn: "2026-12-07",
      items: [
        {
          kind: "sheet",
          id: "data-residency",
          sheet: "data-residency",
          address: "data-residency#",
          state: "withdrawn",
          date: "2026-12-07",
          reason: "No longer sold.",
        },
      ],
    };
    const refused = await verdictFor(later);
    expect(refused.kind).toBe("invalid");
    expect(refused.text).toContain(
      "Data Residency add-on was withdrawn on 2026-12-07: No longer sold. It may not be quoted.",
    );
  });

  test("a knowledge check no longer asks about a claim once it has expired", async () => {
    const question = "Which of these may you say about Signal Analytics?";
    const asked = async (day: string) => {
      const tab = await built.newPage();
      try {
        await tab.page.clock.setFixedTime(at(day));
        await tab.page.goto("/onboarding/analytics-in-depth/signal-analytics/");
        await tab.page.locator("#quiz-form").waitFor();
        return await tab.page.getByRole("group", { name: question }).isVisible();
      } finally {
        await tab.close();
      }
    };
    // signal-analytics-query-speed, the claim the step names, is approved until 30 Jun 2029.
    expect(await asked("2029-06-30")).toBe(true);
    expect(await asked("2029-07-01")).toBe(false);
  });

  test("search marks an expired claim and offers no Copy wording for it", async () => {
    const tab = await built.newPage();
    try {
      await tab.page.clock.setFixedTime(at("2029-02-15"));
      await tab.page.goto("/");
      // A first visit: no list stored (the page's own build's), the date comes with the index.
      await tab.page.getByRole("button", { name: "Search", exact: true }).click();
      await tab.page
        .getByRole("searchbox", { name: "Search claims, promises, ladders and talk tracks" })
        .fill("SOC 2 Type II");
      const hit = tab.page.locator("#search-results li.hit", {
        has: tab.page.locator(`a[href$="#claim-${SOC2}"]`),
      });
      await expect.poll(() => hit.count(), UI).toBe(1);
      expect(await noticeOf(hit).innerText()).toBe("Expired on 31 Jan 2029: do not use");
      expect(await hit.getByRole("button", { name: "Copy wording" }).count()).toBe(0);
    } finally {
      await tab.close();
    }
  });
});

/** Onboarding Services' customer-satisfaction claim, approved until 28 Feb 2029. */
const CSAT = "onboarding-services-csat";
/** Build B's day: a scheduled build after CSAT expired, which nobody committed anything for. */
const B_BUILT_ON = "2029-03-01";

/** A whole sheet withdrawn in build B. */
const RESIDENCY = "data-residency";

/**
 * Build B: the sample library with the SOC 2 claim and the Data Residency sheet withdrawn and every
 * reference to them moved, built on 1 Mar 2029, the day after Onboarding Services' CSAT claim
 * expired.
 */
async function buildWithSoc2Withdrawn(
  workDir: string,
): Promise<BuiltLibrary & { content: string }> {
  const content = join(workDir, "content");
  await cp(join(PROJECT_ROOT, "content"), content, { recursive: true });
  const change = async (path: string, from: string, to: string) => {
    const file = join(content, path);
    const source = await readFile(file, "utf8");
    if (!source.includes(from)) throw new Error(`${path} no longer has ${JSON.stringify(from)}`);
    await writeFile(file, source.replace(from, to));
  };
  await change(
    "products/identity-guard.mdx",
    "    expires: 2029-01-31\n",
    `    expires: 2029-01-31\n    withdrawn: { on: 2026-12-01, reason: "${REASON}", insteadSay: identity-guard-encryption }\n`,
  );
  await change("products/identity-guard.mdx", `<Claim id="${SOC2}" />\n`, "");
  await change("onboarding/first-week/02-words-we-never-use.mdx", `<Claim id="${SOC2}" />`, "");
  await change("policy.yaml", `insteadSay: ${SOC2}`, "insteadSay: identity-guard-encryption");
  await change(
    `products/${RESIDENCY}.mdx`,
    "claims:\n",
    'withdrawn: { on: 2026-12-01, reason: "No longer sold." }\nclaims:\n',
  );
  await change(`products/${RESIDENCY}.mdx`, "    insteadSay: data-residency-eu-regions\n", "");
  const built = await buildLibrary(content, join(workDir, "dist"), {
    FIELDGUIDE_AS_OF: B_BUILT_ON,
  });
  return { ...built, content };
}

/** How many search results of the built site in `dir` hold `phrase` in their indexed text. */
async function pagesFound(browser: Browser, dir: string, phrase: string): Promise<number> {
  const served = await serveSite(dir);
  const { page, close } = await newPage(browser, served.url);
  try {
    await page.goto("/");
    // A string, not a function: Vitest would rewrite the import() of a function for Node.
    return await page.evaluate<number>(`(async () => {
      const pagefind = await import("${served.url}/pagefind/pagefind.js");
      const { results } = await pagefind.search(${JSON.stringify(phrase)});
      const pages = await Promise.all(results.map((result) => result.data()));
      return pages.filter((found) => found.content.includes(${JSON.stringify(phrase)})).length;
    })()`);
  } finally {
    await close();
    await served.close();
  }
}

describe("on a device holding the offline copy", () => {
  let browser: Browser;
  let workDir: string;
  let withdrawnBuild: BuiltLibrary & { content: string };
  let site: ServedSite | undefined;
  let tab: SitePage;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "fieldguide-standing-"));
    [withdrawnBuild, browser] = await Promise.all([
      buildWithSoc2Withdrawn(workDir),
      launchBrowser(),
    ]);
    site = await serveSite("dist");
    tab = await newPage(browser, site.url, { serviceWorkers: "allow" });
  }, 300_000);

  afterAll(async () => {
    await tab?.close();
    await browser?.close();
    await site?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  test("expiry applies to pages served from the cache, and an unconfirmed list says so", async () => {
    const { page, context } = tab;
    await visitUntilOffline(page);
    await site?.close();
    site = undefined;
    await context.setOffline(true);

    await page.clock.setFixedTime(at("2029-01-10"));
    let response = await page.goto(SHEET);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect.poll(async () => (await soc2OnSheet(page)).copy, UI).toBe(1);
    expect((await soc2OnSheet(page)).notice).toBeUndefined();

    await page.clock.setFixedTime(at("2029-02-15"));
    response = await page.goto(SHEET);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect
      .poll(async () => (await soc2OnSheet(page)).notice, UI)
      .toBe("Expired on 31 Jan 2029: do not use");
    expect((await soc2OnSheet(page)).copy).toBe(0);

    // The list was last read on the first visit, years ago by this clock.
    const unconfirmed = page.getByText("Not confirmed since");
    await expect.poll(() => unconfirmed.isVisible(), UI).toBe(true);
    expect(await unconfirmed.innerText()).toMatch(
      /^Not confirmed since \d{1,2} \w{3} \d{4}: check before quoting$/,
    );
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    const encryption = page.locator("article.claim", {
      has: page.locator("#claim-identity-guard-encryption"),
    });
    await encryption.getByRole("button", { name: "Copy wording" }).click();
    expect(asked).toContain("Copy it anyway?");
    expect(await encryption.locator(".copy-status").innerText()).toBe(
      "Not copied: check the library before quoting.",
    );
  }, 150_000);

  test("a withdrawal in a new build reaches the cached page at once, without a reload", async () => {
    const { page, context } = tab;
    await page.clock.setFixedTime(at("2026-12-06"));
    const response = await page.goto(SHEET);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await soc2OnSheet(page)).toMatchObject({ notice: undefined, copy: 1 });
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    site = await serveSite(withdrawnBuild.dist, Number(new URL(page.url()).port));
    await context.setOffline(false);
    await expect
      .poll(async () => (await soc2OnSheet(page)).notice, UI)
      .toBe(`Withdrawn on 1 Dec 2026: ${REASON} Say instead: “${ENCRYPTION}”`);
    expect(await soc2OnSheet(page)).toMatchObject({ copy: 0, link: 0 });
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    expect(await checkA11y(page)).toEqual([]);

    // Opened again, the page still comes from build A's cache and is withdrawn before any reload.
    const again = await page.goto(SHEET);
    expect(again?.fromServiceWorker()).toBe(true);
    expect(await page.locator(`#claim-${SOC2}`).count()).toBe(1);
    await expect
      .poll(async () => (await soc2OnSheet(page)).notice, UI)
      .toMatch(/^Withdrawn on 1 Dec 2026: /);
    expect(tab.pageErrors()).toEqual([]);
  }, 120_000);

  test("a claim whose date passed before a build is built expired: checked and built with a warning, shown expired, in no search, checker or guardrails.json", async () => {
    const warning = `claim "${CSAT}" expired on 2029-02-28`;
    // buildLibrary throws on a failed build: this one passed, and said why.
    expect(withdrawnBuild.output).toContain(warning);
    const checked = runCli(["check", withdrawnBuild.content, "--as-of", B_BUILT_ON]);
    expect(checked.stdout).toContain(`warning: ${warning}`);
    expect(checked.stdout).toMatch(/^0 errors, \d+ warnings$/m);
    expect(checked.status).toBe(0);

    const built = (path: string) => readFile(join(withdrawnBuild.dist, path), "utf8");
    const page = await built("products/onboarding-services/index.html");
    const card = page.slice(
      page.lastIndexOf(
        "<article",
        page.indexOf(`data-standing="onboarding-services#claim-${CSAT}"`),
      ),
    );
    const cardHtml = card.slice(0, card.indexOf("</article>"));
    expect(cardHtml).toContain("Expired on 28 Feb 2029: do not use");
    expect(cardHtml).toContain('data-pagefind-ignore="all"');
    expect(cardHtml).toContain("data-ended");
    expect(cardHtml).not.toContain("Copy wording");
    expect(cardHtml).not.toContain("Link to this claim");

    const claimIds = (product: { claims: { id: string }[] }) => product.claims.map((c) => c.id);
    const guardrails = JSON.parse(await built("guardrails.json")) as {
      products: Record<string, { claims: { id: string }[] }>;
    };
    expect(claimIds(guardrails.products["onboarding-services"]!)).not.toContain(CSAT);
    expect(claimIds(guardrails.products["identity-guard"]!)).not.toContain(SOC2);
    expect(Object.keys(guardrails.products)).not.toContain(RESIDENCY);
    const quotable = JSON.parse(await built("deal-products.json")) as [string, string, string][];
    expect(quotable.map(([slug]) => slug)).not.toContain(RESIDENCY);
    expect(quotable.map(([slug]) => slug)).toContain("onboarding-services");
    const residency = JSON.parse(await built(`checker/${RESIDENCY}.json`)) as {
      product: { withdrawn?: object; claims: object[]; promises: object[] };
    };
    expect(residency.product).toMatchObject({ withdrawn: {}, claims: [], promises: [] });
    const checker = JSON.parse(await built("checker/onboarding-services.json")) as {
      product: { claims: { id: string }[] };
    };
    expect(claimIds(checker.product)).toEqual([
      "onboarding-services-certified",
      "onboarding-services-packages",
      "onboarding-services-on-time",
    ]);
    const withdrawals = JSON.parse(await built("withdrawals.json")) as {
      items: { id: string; state: string }[];
    };
    expect(withdrawals.items).toContainEqual(
      expect.objectContaining({ id: CSAT, state: "expires" }),
    );
    expect(withdrawals.items).toContainEqual(
      expect.objectContaining({ id: SOC2, state: "withdrawn" }),
    );

    // What search holds: build A (on today's date) finds the claim's words, build B does not.
    const phrase = "average customer satisfaction score of 4.7";
    expect(await pagesFound(browser, "dist", phrase)).toBeGreaterThan(0);
    expect(await pagesFound(browser, withdrawnBuild.dist, phrase)).toBe(0);
  }, 60_000);
});
