// The draft checker: the same matcher as the build's body check, in the browser, offline.
import type { Page, Request } from "playwright-core";
import { beforeAll, expect, test } from "vitest";
import type { Library } from "../../src/core/source/library.ts";
import { useBuiltSite } from "./built-site.ts";
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

test("suggests only wording whose channels fit where the draft goes, else names the sheet's owner", async () => {
  const { claim: winRate, sheet: analytics } = claim(library, "signal-analytics-win-rate");
  expect(winRate.channels).toEqual(["call"]);
  const tab = await built.newPage();
  try {
    await tab.page.goto("/draft-checker/");
    const draft = `${analytics.product.title} wins 60% of evaluations.`;
    const [byEmail] = await checked(tab.page, draft);
    expect(byEmail).toContain("No approved wording fits");
    expect(byEmail).toContain(
      `may be used in an e-mail to a customer. Ask the sheet's owner, ${analytics.product.owner}.`,
    );
    expect(byEmail).not.toContain(winRate.text);

    await tab.page.selectOption("#draft-channel", "call");
    await expect
      .poll(() => tab.page.locator("#draft-findings > li").innerText(), UI)
      .toContain(`Approved figure: “${winRate.text}”`);
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
