// The draft checker: the same matcher as the build's body check, in the browser, offline.
import type { Request } from "playwright-core";
import { beforeAll, expect, test } from "vitest";
import type { Library } from "../../src/core/library.ts";
import { useBuiltSite } from "./built-site.ts";
import { claim, sampleLibrary, sheet } from "./sample-library.ts";

/** A name that appears only in what the test types. */
const CUSTOMER = "Quillfeather Holdings";

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
      .poll(() => tab.page.locator("#draft-summary").innerText())
      .toBe("3 things to change (checked against all products).");
    expect(
      await tab.page
        .locator("#draft-mirror mark")
        .evaluateAll((marks) => marks.map((mark) => mark.firstChild?.textContent)),
    ).toEqual(variants);
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
    await tab.page.selectOption("#draft-scope", "edge-shield");
    await tab.page.fill("#draft-text", `We can promise ${boundary.mayNot[0]!.toUpperCase()}.`);
    const finding = tab.page.locator("#draft-findings > li");
    await expect.poll(() => finding.count()).toBe(1);
    const text = await finding.innerText();
    expect(text).toContain(`Out of bounds (${product.title} promises on ${boundary.topic})`);
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
    await tab.page.selectOption("#draft-scope", analytics.slug);
    await tab.page.fill(
      "#draft-text",
      `Uptime is ${stated}% today and will be ${inflated} next year.`,
    );
    const finding = tab.page.locator("#draft-findings > li");
    await expect.poll(() => finding.count()).toBe(1);
    const text = await finding.innerText();
    expect(text).toContain(`${inflated} — Figure no approved claim states`);
    expect(text).toContain(`Approved figure: “${uptime.text}”`);
  } finally {
    await tab.close();
  }
});

test("nothing typed leaves the browser: no request at all, and the text is stored nowhere", async () => {
  const tab = await built.newPage();
  const requests: string[] = [];
  try {
    await tab.page.goto("/draft-checker/");
    await tab.page.waitForLoadState("networkidle");
    const record = (request: Request) => requests.push(request.url());
    tab.page.on("request", record);
    await tab.page.fill(
      "#draft-text",
      `A confidential offer: 37% off, risk-free, for ${CUSTOMER}.`,
    );
    await tab.page.selectOption("#draft-scope", { index: 1 });
    await tab.page.locator("#draft-text").press("End");
    await tab.page.keyboard.type(" Signed, Alex.");
    await tab.page.waitForTimeout(300);
    tab.page.off("request", record);
    expect(requests).toEqual([]);
    const stored = await tab.page.evaluate(() =>
      [localStorage, sessionStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
      ),
    );
    expect(stored.filter((entry) => entry.includes(CUSTOMER))).toEqual([]);
    expect(tab.foreignRequests()).toEqual([]);
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});
