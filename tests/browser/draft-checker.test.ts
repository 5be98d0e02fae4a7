// The draft checker: the same matcher as the build's body check, in the browser, offline.
import { fileURLToPath } from "node:url";
import type { Page, Request } from "playwright-core";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Library } from "../../src/core/source/library.ts";
import type { TranslationEntry } from "../../src/core/translations/read.ts";
import { checkContentFolder } from "../../src/library/check-folder.ts";
import { buildLibrary } from "./build-library.ts";
import { useBuiltSite } from "./built-site.ts";
import { launchBrowser, newPage, serveSite, type ServedSite } from "./harness.ts";
import { claim, sampleLibrary, sheet } from "./sample-library.ts";

/** A name that appears only in what the test types. */
const CUSTOMER = "Quillfeather Holdings";

/** A busy 2-core machine can take seconds to answer. */
const UI = { timeout: 10_000 };
const built = useBuiltSite();
let library: Library;

beforeAll(async () => {
  library = await sampleLibrary();
});

test("flags a forbidden phrase whatever its case, line break or hyphen, and suggests the approved claim", async () => {
  const rule = library.policy.policy.forbidden.find(
    ({ phrase, insteadSay }) => phrase.includes("-") && insteadSay,
  );
  if (!rule?.insteadSay)
    throw new Error("policy.yaml has no hyphenated forbidden phrase with insteadSay");
  const [left, right] = rule.phrase.split("-") as [string, string];
  const variants = [
    rule.phrase.toUpperCase(),
    `${left}-\n${right}`,
    `${left}\u2011${right}`, // non-breaking hyphen
  ];
  const approved = claim(library, rule.insteadSay).claim.text;

  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    await tab.page.fill(
      "#draft-text",
      `Our offer is ${variants[0]}. The pilot is ${variants[1]} too. Truly ${variants[2]}!`,
    );
    await expect
      .poll(() => tab.page.locator("#draft-summary").innerText(), UI)
      .toBe("3 things to change (checked against all products).");
    expect(
      await tab.page
        .locator("#draft-mirror mark")
        .evaluateAll((marks) => marks.map((mark) => mark.firstChild?.textContent)),
    ).toEqual(variants);
    const advice = tab.page.locator("#draft-findings .advice:not([data-done])");
    await expect.poll(() => advice.count(), UI).toBe(0);
    const findings = await tab.page.locator("#draft-findings > li").allInnerTexts();
    expect(findings).toHaveLength(3);
    for (const finding of findings) {
      expect(finding).toContain(`Forbidden phrase (“${rule.phrase}”, company-wide)`);
      expect(finding).toContain(`Why: ${rule.why}`);
      expect(finding).toContain(`Say instead: “${approved}”`);
    }
  } finally {
    await tab.close();
  }
});

test("flags a may-not promise of the chosen product with what may be said and whom to ask", async () => {
  const { product } = sheet(library, "edge-shield");
  const boundary = product.promises.find((promise) => promise.mayNot.length > 0)!;
  const escalation = library.policy.policy.roles.find((role) => role.id === boundary.escalate);
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    await tab.page.fill("#draft-scope", product.title);
    await tab.page.fill("#draft-text", `We can promise ${boundary.mayNot[0]!.toUpperCase()}.`);
    const finding = tab.page.locator("#draft-findings > li");
    await expect.poll(() => finding.count(), UI).toBe(1);
    await expect.poll(() => finding.innerText(), UI).toContain("You may:");
    const text = await finding.innerText();
    expect(text).toContain(`${product.title} promises on ${boundary.topic}.`);
    expect(text).toContain(`You may: ${boundary.may}`);
    expect(text).toContain(`Beyond that, ask ${escalation?.title ?? boundary.escalate}`);
  } finally {
    await tab.close();
  }
});

test("flags a percentage no approved claim states and points to the nearest approved figure", async () => {
  const { claim: uptime, sheet: analytics } = claim(library, "signal-analytics-uptime");
  const stated = /(\d+(?:\.\d+)?)%/.exec(uptime.text)![1]!;
  const inflated = `${stated}9%`;
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    await tab.page.fill("#draft-scope", analytics.product.sku);
    await tab.page.fill(
      "#draft-text",
      `Uptime is ${stated}% today and will be ${inflated} next year.`,
    );
    const finding = tab.page.locator("#draft-findings > li");
    await expect.poll(() => finding.count(), UI).toBe(1);
    await expect.poll(() => finding.innerText(), UI).toContain("Approved figure");
    const text = await finding.innerText();
    expect(text).toContain(`${inflated} — Figure no approved claim states`);
    expect(text).toContain(`Approved figure: “${uptime.text}”`);
  } finally {
    await tab.close();
  }
});

test("nothing typed leaves the browser: only the library's own files are fetched, and the text is stored nowhere", async () => {
  const tab = await built.newPage();
  const requests: string[] = [];
  try {
    await tab.page.goto("/draft-checker/");
    await tab.page.waitForLoadState("networkidle");
    const record = (request: Request) =>
      requests.push(request.postData() === null ? request.url() : `${request.url()} with a body`);
    tab.page.on("request", record);
    await tab.page.fill(
      "#draft-text",
      `A confidential offer: 37% off, risk-free, for ${CUSTOMER}.`,
    );
    await tab.page.fill("#draft-scope", "Edge Shield");
    await tab.page.locator("#draft-text").press("End");
    await tab.page.keyboard.type(" Signed, Alex.");
    await tab.page.waitForTimeout(300);
    tab.page.off("request", record);
    expect(
      requests.filter((url) => !/\/(draft-phrases|checker\/[a-z0-9-]+)\.json$/.test(url)),
      "requests other than the library's files",
    ).toEqual([]);
    const stored = await tab.page.evaluate(() =>
      [localStorage, sessionStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
      ),
    );
    expect(
      stored.filter((entry) => entry.includes(CUSTOMER)),
      "stored",
    ).toEqual([]);
    expect(tab.foreignRequests(), "requests to other origins").toEqual([]);
    expect(tab.pageErrors(), "page errors").toEqual([]);
  } finally {
    await tab.close();
  }
});

/** Types `text` and waits until every finding has its advice. */
async function checked(page: Page, text: string): Promise<string[]> {
  await page.fill("#draft-text", text);
  await expect.poll(() => page.locator("#draft-findings > li").count(), UI).toBeGreaterThan(0);
  await expect
    .poll(() => page.locator("#draft-findings .advice:not([data-done])").count(), UI)
    .toBe(0);
  return page.locator("#draft-findings > li").allInnerTexts();
}

test("suggests only a claim on the figure's topic whose channels fit, else names who decides", async () => {
  const { claim: uptime, sheet: analytics } = claim(library, "signal-analytics-uptime");
  const { claim: winRate } = claim(library, "signal-analytics-win-rate");
  expect(uptime.channels).not.toContain("social");
  expect(winRate.channels).toEqual(["call"]);
  const sla = analytics.product.promises.find((promise) => promise.topic === "SLA")!;
  const decides = library.policy.policy.roles.find((role) => role.id === sla.escalate)!;
  const { title } = analytics.product;
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    const [byEmail] = await checked(tab.page, `${title} availability is 99.95% every month.`);
    expect(byEmail).toContain(`Approved figure: “${uptime.text}”`);

    await tab.page.selectOption("#draft-channel", "social");
    const finding = tab.page.locator("#draft-findings > li").first();
    await expect.poll(() => finding.innerText(), UI).toContain("No approved wording fits");
    expect(await finding.innerText()).toContain(
      `no approved claim of ${title} on SLA may be used in a social post to a customer. Ask ${decides.title} (${decides.contact}).`,
    );

    // The win-rate claim states a figure, but a draft's "wins" names no promise topic of the sheet.
    await tab.page.selectOption("#draft-channel", "call");
    const [byCall] = await checked(tab.page, `${title} wins 60% of evaluations.`);
    expect(byCall).toContain(
      `No approved wording fits: the words around it name no topic ${title}'s approved claims answer. Ask the owner of the ${title} sheet (${analytics.product.owner}).`,
    );
    expect(byCall).not.toContain(winRate.text);
  } finally {
    await tab.close();
  }
});

test("credits a phrase to the product the draft names, not the first sheet that rules it out", async () => {
  const named = sheet(library, "signal-analytics").product;
  const others = library.sheets.filter(
    ({ product }) =>
      product !== named &&
      product.promises.some((promise) => promise.mayNot.includes("99.99% uptime")),
  );
  expect(others.length).toBeGreaterThan(0);
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    const [finding] = await checked(tab.page, `In short, ${named.title} gives you 99.99% uptime.`);
    expect(finding).toContain(`${named.title} promises on SLA.`);
    for (const { product } of others) expect(finding).not.toContain(`${product.title} promises`);
    expect(finding).toContain("Also ruled out by");
    expect(await tab.page.locator("#draft-summary").innerText()).toContain(
      `the draft names ${named.title}`,
    );
  } finally {
    await tab.close();
  }
});

test("checks a discount offer against the ladder inline and links to the deal checker filled in", async () => {
  const { product } = sheet(library, "signal-analytics");
  const manager = library.policy.policy.roles.find((role) => role.id === "manager")!;
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    const findings = await checked(
      tab.page,
      `${product.title} at 18% off if you sign a 24-month contract this week.`,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain("18% off — Discount offer");
    expect(findings[0]).toContain(
      `${product.title}: needs approval from ${manager.title} for a 24-month term`,
    );
    expect(findings[0]).not.toContain("Figure no approved claim states");
    const link = tab.page.getByRole("link", { name: "Check this deal in the deal checker" });
    expect(await link.getAttribute("href")).toBe(
      "/deal-checker/?months=24&product=signal-analytics&quantity=1&discount=18",
    );
    await link.click();
    await expect
      .poll(() => tab.page.locator("#deal-verdict .verdict-title").innerText(), UI)
      .toBe(`Needs approval from ${manager.title}`);
  } finally {
    await tab.close();
  }
});

test("replaces the whole sentence holding a marked phrase once the rep accepts it, and undoes it", async () => {
  const rule = library.policy.policy.forbidden.find(({ phrase }) => phrase === "guaranteed ROI")!;
  const approved = claim(library, rule.insteadSay!).claim.text;
  const sentence = "With us you get guaranteed ROI within the first quarter.";
  const draft = `Hi Sam,\n\n${sentence} Best, Alex`;
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    await checked(tab.page, draft);
    await tab.page.getByRole("button", { name: "Use the approved wording" }).click();
    expect(await tab.page.inputValue("#draft-text")).toBe(draft);
    expect(await tab.page.locator(".swap-before").innerText()).toBe(`Before: ${sentence}`);
    expect(await tab.page.locator(".swap-after").innerText()).toBe(`After: ${approved}`);
    await tab.page.getByRole("button", { name: "Replace the sentence" }).click();
    expect(await tab.page.inputValue("#draft-text")).toBe(`Hi Sam,\n\n${approved} Best, Alex`);
    await expect
      .poll(() => tab.page.locator("#draft-summary").innerText(), UI)
      .toMatch(/^Nothing out of bounds/);
    expect(await tab.page.locator("#draft-replaced").innerText()).toContain(
      `Replaced “${sentence}” with the approved wording.`,
    );
    await tab.page.getByRole("button", { name: "Undo" }).click();
    expect(await tab.page.inputValue("#draft-text")).toBe(draft);
    await expect.poll(() => tab.page.locator("#draft-findings > li").count(), UI).toBe(1);
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});

test("replaces only the clause holding a marked phrase when the sentence has several, with Undo", async () => {
  const rule = library.policy.policy.forbidden.find(({ phrase }) => phrase === "guaranteed ROI")!;
  const approved = claim(library, rule.insteadSay!).claim.text;
  const kept = "Setup takes a day, and";
  const clause = "you get guaranteed ROI within the first quarter.";
  const draft = `Hi Sam,\n\n${kept} ${clause} Best, Alex`;
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    await checked(tab.page, draft);
    await tab.page.getByRole("button", { name: "Use the approved wording" }).click();
    expect(await tab.page.locator(".swap-before").innerText()).toBe(`Before: ${clause}`);
    expect(await tab.page.locator(".swap-after").innerText()).toBe(`After: ${approved}`);
    await tab.page.getByRole("button", { name: "Replace the clause" }).click();
    expect(await tab.page.inputValue("#draft-text")).toBe(
      `Hi Sam,\n\n${kept} ${approved} Best, Alex`,
    );
    const undo = tab.page.getByRole("button", { name: "Undo" });
    expect(await undo.isVisible()).toBe(true);
    await undo.click();
    expect(await tab.page.inputValue("#draft-text")).toBe(draft);
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});

test("judges each offer for the product named before it: one verdict per offer", async () => {
  const analytics = sheet(library, "signal-analytics").product;
  const shield = sheet(library, "edge-shield").product;
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    const findings = await checked(
      tab.page,
      `${analytics.title} at 5% off for 24 months. For ${shield.title} we can do 30% off for 24 months.`,
    );
    expect(findings).toHaveLength(2);
    const verdicts = tab.page.locator("#draft-findings .offer-verdict");
    expect(await verdicts.count()).toBe(2);
    expect(await verdicts.nth(0).innerText()).toMatch(new RegExp(`^${analytics.title}: `));
    expect(await verdicts.nth(1).innerText()).toMatch(new RegExp(`^${shield.title}: `));
  } finally {
    await tab.close();
  }
});

test("an offer no nearby product names is checked once, for the product it says it assumed", async () => {
  const analytics = sheet(library, "signal-analytics").product;
  const shield = sheet(library, "edge-shield").product;
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    const [finding] = await checked(
      tab.page,
      `We can do 5% off.\n\n${analytics.title} and ${shield.title} both fit.`,
    );
    expect(await tab.page.locator("#draft-findings .offer-verdict").count()).toBe(1);
    expect(finding).toContain(`Checked for ${analytics.title}, the first product the draft names`);
    expect(finding).toContain("name that product just before the offer, or choose it above");
  } finally {
    await tab.close();
  }
});

test("a may-not phrase said another way (policy.yaml's synonyms) is flagged as the phrase", async () => {
  const group = library.policy.policy.synonyms.find((words) => words.includes("never be down"));
  expect(group).toContain("zero downtime");
  const { product } = sheet(library, "signal-analytics");
  expect(product.promises.some((promise) => promise.mayNot.includes("zero downtime"))).toBe(true);
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    const [finding] = await checked(tab.page, `With ${product.title} you will never be down.`);
    expect(finding).toContain("never be down — Out of bounds");
    expect(finding).toContain(`${product.title} promises on SLA.`);
  } finally {
    await tab.close();
  }
});

test("on a phone, a pasted draft's first finding scrolls into view", async () => {
  const tab = await built.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
  try {
    await tab.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await tab.page.goto("/draft-checker/");
    const filler = "Thanks for the call today, it was good to hear how your team works.";
    const draft = `${Array(8).fill(filler).join("\n\n")}\n\nThe pilot is risk-free.`;
    await tab.page.evaluate((text) => navigator.clipboard.writeText(text), draft);
    await tab.page.focus("#draft-text");
    await tab.page.keyboard.press("Control+V");
    expect(await tab.page.inputValue("#draft-text")).toBe(draft);
    const first = tab.page.locator("#finding-1");
    await first.waitFor(UI);
    await expect
      .poll(async () => {
        const box = await first.boundingBox();
        return box !== null && box.y >= 0 && box.y < 740;
      }, UI)
      .toBe(true);
  } finally {
    await tab.close();
  }
});

test("in German: flags a German forbidden phrase, suggests the approved German claim, and a claim not approved in German in English with a note", async () => {
  const { translations } = await checkContentFolder(
    fileURLToPath(new URL("../../content/", import.meta.url)),
    "2026-12-01",
  );
  const german = library.policy.policy.locales.find((locale) => locale.code === "de")!;
  const approvedIn = (id: string) =>
    translations!
      .filter((entry: TranslationEntry) => entry.locale === "de")
      .flatMap((entry) => entry.translation.claims)
      .find((translated) => translated.id === id);
  // One rule whose claim is translated (and approved: the sample's translations all are), one whose
  // claim's sheet has no German translation: shown in English, as a stale claim would be.
  const translatedRule = german.forbidden.find((rule) => approvedIn(rule.insteadSay!))!;
  const untranslatedRule = german.forbidden.find((rule) => !approvedIn(rule.insteadSay!))!;
  const english = claim(library, untranslatedRule.insteadSay!).claim.text;

  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    await tab.page.selectOption("#draft-language", "de");
    const findings = await checked(
      tab.page,
      `Unser Angebot ist ${translatedRule.phrase}. Die Plattform ist ${untranslatedRule.phrase}.`,
    );

    expect(findings).toHaveLength(2);
    expect(findings[0]).toContain(`Forbidden phrase (“${translatedRule.phrase}”, company-wide)`);
    expect(findings[0]).toContain(`Why: ${translatedRule.why}`);
    expect(findings[0]).toContain(`Say instead: “${approvedIn(translatedRule.insteadSay!)!.text}”`);
    expect(findings[0]).not.toContain("Not yet approved");
    expect(findings[1]).toContain(`Say instead: “${english}”`);
    expect(findings[1]).toContain("Not yet approved in Deutsch: showing the English wording.");

    // Back in English, a German phrase is no rule: the draft is checked as written in English.
    await tab.page.selectOption("#draft-language", "");
    await expect
      .poll(() => tab.page.locator("#draft-summary").innerText(), UI)
      .toBe("Nothing out of bounds for all products.");
    expect(tab.pageErrors(), "page errors").toEqual([]);
  } finally {
    await tab.close();
  }
});

describe("in German, once a source claim has changed since its translation was approved", () => {
  const TRIAL = "signal-analytics-trial";
  const CHANGED = "Every new Signal Analytics subscription starts with a 21-day evaluation period.";
  let workDir: string;
  let site: ServedSite;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "fieldguide-draft-stale-"));
    const content = join(workDir, "content");
    await cp(fileURLToPath(new URL("../../content/", import.meta.url)), content, {
      recursive: true,
    });
    const sheetFile = join(content, "products/signal-analytics.mdx");
    const before = claim(library, TRIAL).claim.text;
    await writeFile(sheetFile, (await readFile(sheetFile, "utf8")).replace(before, CHANGED));
    // A stale translation is a warning by default: the site is built, the German trial claim stale.
    const { dist } = await buildLibrary(content, join(workDir, "dist"), {
      FIELDGUIDE_AS_OF: "2026-12-01",
    });
    [site, browser] = await Promise.all([serveSite(dist), launchBrowser()]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  test("offers the claim in English with the note, never its stale German translation", async () => {
    const rule = library.policy.policy.locales
      .find((locale) => locale.code === "de")!
      .forbidden.find((candidate) => candidate.insteadSay === TRIAL)!;
    const tab = await newPage(browser, site.url);
    try {
      await tab.page.goto("/draft-checker/");
      await tab.page.selectOption("#draft-language", "de");
      const [finding] = await checked(tab.page, `Unser Angebot ist ${rule.phrase}.`);

      expect(finding).toContain(`Say instead: “${CHANGED}”`);
      expect(finding).toContain("Not yet approved in Deutsch: showing the English wording.");
      expect(finding).not.toContain("Testphase");
    } finally {
      await tab.close();
    }
  });
});
