// The deal checker at the exact edges of a ladder. Every expected verdict is read from the sample
// library's YAML (rungs, term bonus, floor), so the test follows the content, not magic numbers.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Library, SheetEntry } from "../../src/core/source/library.ts";
import type { Role } from "../../src/core/schema/policy.ts";
import { formatMoney } from "../../src/site/format.ts";
import type { SitePage } from "./harness.ts";
import { useBuiltSite } from "./built-site.ts";
import { sampleLibrary } from "./sample-library.ts";

/** A busy 2-core machine can take seconds to answer. */
const UI = { timeout: 10_000 };
const built = useBuiltSite();
let library: Library;
let tab: SitePage;
/** A product whose ladder has several rungs, a term bonus and a floor price. */
let deal: SheetEntry;

beforeAll(async () => {
  library = await sampleLibrary();
  const candidate = library.sheets.find(
    ({ product }) =>
      product.discounts.length >= 3 &&
      product.pricing.per === "month" &&
      product.termBonus.length > 0 &&
      product.pricing.floorPrice !== undefined,
  );
  if (!candidate) throw new Error("The sample library has no product with a full ladder");
  deal = candidate;
  tab = await built.newPage();
  // The one-product link a product sheet has always used.
  await tab.page.goto(`/deal-checker/?product=${deal.slug}`);
  await tab.page.waitForFunction(
    (title) => document.querySelector<HTMLInputElement>("#line-1-product")?.value === title,
    deal.product.title,
  );
});

afterAll(async () => {
  await tab?.close();
});

const role = (id: string): Role => {
  const found = library.policy.policy.roles.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`policy.yaml has no role ${id}`);
  return found;
};
const money = (amount: number) => formatMoney(amount, library.policy.policy.currency);
const rung = (index: number) => deal.product.discounts.at(index)!;

interface Answer {
  kind: string | null;
  text: string;
}

/** Fills line 1 and reads its verdict (the line's own, which says why and at what price). */
async function check(
  page: Page,
  input: { percent?: number; price?: number; months: number; quantity?: number },
): Promise<Answer> {
  await page.selectOption("#line-1-mode", input.price === undefined ? "percent" : "price");
  await page.fill("#line-1-amount", String(input.price ?? input.percent));
  await page.fill("#deal-months", String(input.months));
  await page.fill("#line-1-quantity", String(input.quantity ?? 1));
  const verdict = page.locator("#quote-lines > li").first().locator("[data-line-verdict]");
  return { kind: await verdict.getAttribute("data-verdict"), text: await verdict.innerText() };
}

describe("deal checker", () => {
  test("announces its answer politely to screen readers", async () => {
    expect(await tab.page.getAttribute("#deal-verdict", "aria-live")).toBe("polite");
  });

  test("a discount equal to the rep's rung is within the rep's authority", async () => {
    const answer = await check(tab.page, { percent: rung(0).upTo, months: 12 });
    expect(answer.kind).toBe("within-authority");
    expect(answer.text).toContain("Within your authority");
  });

  test("a discount equal to a rung needs that rung's role, with its contact and prices", async () => {
    const { listPrice } = deal.product.pricing;
    const manager = role(rung(1).role);
    const answer = await check(tab.page, { percent: rung(1).upTo, months: 12, quantity: 3 });
    const unit = Math.round(listPrice * (100 - rung(1).upTo)) / 100;
    expect(answer.kind).toBe("needs-approval");
    expect(answer.text).toContain(`Needs approval from ${manager.title}`);
    expect(answer.text).toContain(`${money(unit)} per ${deal.product.pricing.unit} per month`);
    expect(answer.text).toContain(`${money(Math.round(unit * 3 * 100) / 100)} per month for 3`);
    expect(answer.text).toContain(
      `contract value ${money(Math.round(unit * 3 * 12 * 100) / 100)} over 12 months`,
    );
    expect(answer.text).toContain(`Rule: ${manager.title} may approve up to ${rung(1).upTo}%.`);
    expect(await tab.page.locator("#deal-verdict").innerText()).toContain(manager.contact!);
  });

  test("just above a rung moves to the next role up", async () => {
    const answer = await check(tab.page, { percent: rung(1).upTo + 0.01, months: 12 });
    expect(answer.kind).toBe("needs-approval");
    expect(answer.text).toContain(`Needs approval from ${role(rung(2).role).title}`);
  });

  test("just above the top rung is not allowed", async () => {
    const answer = await check(tab.page, { percent: rung(-1).upTo + 0.01, months: 12 });
    expect(answer.kind).toBe("above-ladder");
    expect(answer.text).toContain("Not allowed: above the discount ladder");
  });

  test("a term bonus raises every rung from its minimum term on, not a month before", async () => {
    const bonus = deal.product.termBonus.reduce((a, b) => (a.minMonths < b.minMonths ? a : b));
    const raised = rung(0).upTo + bonus.extra;

    const atTerm = await check(tab.page, { percent: raised, months: bonus.minMonths });
    expect(atTerm.kind).toBe("within-authority");
    expect(atTerm.text).toContain(`+${bonus.extra} points for a ${bonus.minMonths}-month term`);

    const monthBefore = await check(tab.page, { percent: raised, months: bonus.minMonths - 1 });
    expect(monthBefore.kind).toBe("needs-approval");

    const aboveRaised = await check(tab.page, { percent: raised + 0.01, months: bonus.minMonths });
    expect(aboveRaised.kind).toBe("needs-approval");
    expect(aboveRaised.text).toContain(`Needs approval from ${role(rung(1).role).title}`);
  });

  test("a target price a cent below the floor is refused for that reason, at the floor it is not", async () => {
    const floor = deal.product.pricing.floorPrice!;
    const longest = Math.max(...deal.product.termBonus.map((bonus) => bonus.minMonths));

    const below = await check(tab.page, { price: floor - 0.01, months: longest });
    expect(below.kind).toBe("below-floor");
    expect(below.text).toContain("Not allowed: below the floor price");
    expect(below.text).toContain(money(floor - 0.01));

    const atFloor = await check(tab.page, { price: floor, months: longest });
    expect(atFloor.kind).not.toBe("below-floor");
  });

  test("an impossible input says what to fix instead of guessing", async () => {
    const answer = await check(tab.page, { percent: 10, months: 0 });
    expect(answer.kind).toBe("invalid");
    expect(answer.text).toContain(
      "The term must be a whole number of months, at least 1: 0 was entered.",
    );
  });

  test("answers without any request to another origin or script error", () => {
    expect(tab.foreignRequests()).toEqual([]);
    expect(tab.pageErrors()).toEqual([]);
  });
});

/** A quote of Edge Shield and Signal Analytics for 24 months: its second line needs the director. */
const QUOTE =
  "/deal-checker/?months=24&product=edge-shield&quantity=3&discount=12&product2=signal-analytics&quantity2=10&discount2=20";

/** Types QUOTE into an empty deal checker field by field, its second product as `second`. */
async function typeQuote(page: Page, second: string): Promise<void> {
  await page.goto("/deal-checker/");
  await page.fill("#line-1-product", "Edge Shield");
  await page.fill("#line-1-quantity", "3");
  await page.fill("#line-1-amount", "12");
  await page.fill("#deal-months", "24");
  await page.click("#add-line");
  await page.fill("#line-2-product", second);
  await page.fill("#line-2-quantity", "10");
  await page.fill("#line-2-amount", "20");
}

describe("deal checker: messages", () => {
  test("say what was typed, with the currency and roles by title", async () => {
    const page = tab.page;
    const negative = await check(page, { percent: -5, months: 12 });
    expect(negative.kind).toBe("invalid");
    expect(negative.text).toContain("A discount cannot be negative: -5%");
    expect(negative.text).not.toContain("target price");

    const floor = deal.product.pricing.floorPrice!;
    const all = await check(page, { percent: 100, months: 12 });
    expect(all.text).toContain(`${money(0)}, which is below the floor price of ${money(floor)}`);

    const top = deal.product.discounts.at(-1)!;
    const above = await check(page, { percent: top.upTo + 0.5, months: 1 });
    expect(above.text).toContain(`${role(top.role).title} up to ${top.upTo}%`);
    expect(above.text).not.toContain(`${top.role} up to`);
  });
});

describe("deal checker: quotes", () => {
  let quote: SitePage;
  beforeAll(async () => {
    quote = await built.newPage();
  });
  afterAll(async () => {
    await quote?.close();
  });

  test("a quote's approver comes from the line that needs the most, here its second", async () => {
    const { page } = quote;
    await typeQuote(page, "NWS-AN-100"); // the second product by sku
    const verdict = page.locator("#deal-verdict");
    await expect.poll(() => verdict.getAttribute("data-verdict"), UI).toBe("needs-approval");
    const director = role("director");
    expect(await verdict.locator(".verdict-title").innerText()).toBe(
      `Needs approval from ${director.title}`,
    );
    const text = await verdict.innerText();
    expect(text).toContain("Decided by line 2 (Signal Analytics).");
    expect(text).toContain(
      `${money(26438.4)} in total: the contract value over 24 months, 2 lines.`,
    );
    const lines = page.locator("#quote-lines [data-line-verdict]");
    expect(await lines.nth(0).innerText()).toContain(
      `Needs approval from ${role("manager").title}`,
    );
    expect(await lines.nth(1).innerText()).toContain(`Needs approval from ${director.title}`);
    expect(new URL(page.url()).search).toBe(QUOTE.slice("/deal-checker/".length));

    const ladder = page.locator("#quote-lines > li").nth(1).locator("[data-line-ladder]");
    await ladder.locator("summary").click();
    expect(await ladder.locator("caption").innerText()).toBe(
      "The ladder for a 24-month term, including +3 points for the term",
    );
    expect(await ladder.locator("tr.decided").innerText()).toBe(
      `${director.title} (decides this line)\t28%`,
    );
  });

  test("an address restores a quote, and the back button the quote before a change", async () => {
    const { page } = quote;
    await page.goto(QUOTE);
    await expect.poll(() => page.inputValue("#line-2-product"), UI).toBe("Signal Analytics");
    expect(await page.inputValue("#line-1-product")).toBe("Edge Shield");
    expect(await page.inputValue("#line-2-amount")).toBe("20");
    expect(await page.inputValue("#deal-months")).toBe("24");
    await expect
      .poll(() => page.locator("#deal-verdict .verdict-title").innerText(), UI)
      .toBe(`Needs approval from ${role("director").title}`);

    await page.fill("#line-2-amount", "40");
    await page.locator("#line-2-amount").blur();
    await expect
      .poll(() => page.locator("#deal-verdict").getAttribute("data-verdict"), UI)
      .toBe("not-allowed");
    await page.goBack();
    await expect.poll(() => page.inputValue("#line-2-amount"), UI).toBe("20");
    await page.reload();
    await expect.poll(() => page.inputValue("#line-2-amount"), UI).toBe("20");
    expect(await page.inputValue("#line-1-quantity")).toBe("3");
  });

  test("asks the approver by e-mail with the exact body, and copies the same text", async () => {
    const { page, context } = quote;
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(QUOTE);
    const mail = page.locator("#deal-mailto");
    await expect.poll(() => mail.getAttribute("href"), UI).toMatch(/^mailto:/);
    const href = new URL((await mail.getAttribute("href"))!);
    const director = role("director");
    expect(href.pathname).toBe(director.contact);
    expect(href.searchParams.get("subject")).toBe(
      `Approval needed: Edge Shield, Signal Analytics, 24 months, ${money(26438.4)} in total`,
    );
    const body = [
      `Hello ${director.title},`,
      "",
      "Please approve this quote for a 24-month term.",
      "",
      "1. Edge Shield (NWS-SE-300), quantity 3",
      "   List price €290.00 per protected domain per month; 12% off: €255.20 per protected domain per month",
      "   €765.60 per month; contract value €18,374.40",
      "2. Signal Analytics (NWS-AN-100), quantity 10",
      "   List price €42.00 per seat per month; 20% off: €33.60 per seat per month",
      "   €336.00 per month; contract value €8,064.00",
      "",
      "Contract value: €26,438.40 over 24 months.",
      `Needs approval from: ${director.title}.`,
      `Rule for line 2: ${director.title} may approve up to 28% (including +3 points for a 24-month term).`,
      "",
      `The check: ${built.url}${QUOTE}`,
    ].join("\n");
    expect(href.searchParams.get("body")).toBe(body);

    await page.click("#deal-copy");
    await expect.poll(() => page.locator("#deal-copy-status").innerText(), UI).toContain("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
  });

  test("on a 360×740 phone the verdict stays in view while the discount field has focus", async () => {
    const phone = await built.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
    try {
      await phone.page.goto(QUOTE);
      await expect
        .poll(() => phone.page.inputValue("#line-2-product"), UI)
        .toBe("Signal Analytics");
      for (const field of ["#line-1-amount", "#line-2-amount"]) {
        await phone.page.focus(field);
        await phone.page.fill(field, "5");
        const box = await phone.page.locator("#deal-status").boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(740);
        const field_box = (await phone.page.locator(field).boundingBox())!;
        expect(field_box.y + field_box.height).toBeLessThanOrEqual(box!.y);
      }
      expect(await phone.page.locator("#deal-status").innerText()).toContain(
        "Within your authority",
      );
    } finally {
      await phone.close();
    }
  });
});

describe("deal checker: what it hands on is the quote as it stands", () => {
  let tab2: SitePage;
  beforeAll(async () => {
    tab2 = await built.newPage();
    await tab2.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  });
  afterAll(async () => {
    await tab2?.close();
  });

  const checkLink = async (page: Page) =>
    (await page.locator("#deal-mailto").getAttribute("href"))?.match(/The%20check%3A%20(.*)$/)?.[1];

  test("the e-mail, the copied text and the address carry the last discount typed", async () => {
    const { page } = tab2;
    await typeQuote(page, "Signal Analytics");
    const expected = `${built.url}${QUOTE}`;
    await expect.poll(() => checkLink(page), UI).toBe(encodeURIComponent(expected));
    await page.click("#deal-copy");
    await expect.poll(() => page.locator("#deal-copy-status").innerText(), UI).toContain("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      `The check: ${expected}`,
    );
    expect(page.url()).toBe(expected);
  });

  test("the customer, opportunity and justification go into the address, e-mail and text", async () => {
    const { page } = tab2;
    await page.goto(QUOTE);
    await expect.poll(() => page.inputValue("#line-2-product"), UI).toBe("Signal Analytics");
    await page.click("#deal-context summary");
    await page.fill("#deal-customer", "Acme GmbH");
    await page.fill("#deal-opportunity", "https://crm.example/opp/42");
    await page.fill("#deal-justification", "Matching a competing offer");
    const href = new URL((await page.locator("#deal-mailto").getAttribute("href"))!);
    const body = href.searchParams.get("body")!;
    expect(href.searchParams.get("subject")).toMatch(/^Approval needed for Acme GmbH: /);
    expect(body).toContain(
      "Customer: Acme GmbH\nOpportunity: https://crm.example/opp/42\nWhy: Matching a competing offer",
    );
    expect(body).toContain(`The check: ${page.url()}`);
    const search = new URL(page.url()).searchParams;
    expect(search.get("customer")).toBe("Acme GmbH");
    expect(search.get("justification")).toBe("Matching a competing offer");
    await page.reload();
    await expect.poll(() => page.locator("#deal-opportunity").isVisible(), UI).toBe(true);
    await expect
      .poll(() => page.inputValue("#deal-opportunity"), UI)
      .toBe("https://crm.example/opp/42");
  });

  test("a quote survives search: a result, Back, then Esc, then a reload", async () => {
    const { page } = tab2;
    await page.goto(QUOTE);
    await expect.poll(() => page.inputValue("#line-2-product"), UI).toBe("Signal Analytics");
    await page.keyboard.press("/");
    await page.keyboard.type("refund");
    const first = page.locator("#search-results a.hit-link").first();
    await first.waitFor(UI);
    await first.click();
    await page.waitForURL((url) => url.pathname !== "/deal-checker/", UI);
    await page.goBack();
    await expect.poll(() => page.inputValue("#line-2-product"), UI).toBe("Signal Analytics");
    expect(await page.inputValue("#line-1-amount")).toBe("12");
    await page.locator("#search-input").waitFor(UI);
    await page.keyboard.press("Escape");
    await expect
      .poll(() => new URL(page.url()).search, UI)
      .toBe(QUOTE.slice("/deal-checker/".length));
    await page.reload();
    await expect.poll(() => page.inputValue("#line-2-amount"), UI).toBe("20");
  });
});

describe("deal checker: the quote survives leaving and returning", () => {
  let tab3: SitePage;
  beforeAll(async () => {
    tab3 = await built.newPage();
  });
  afterAll(async () => {
    await tab3?.close();
  });

  /** Every field of the form as the rep sees it, lines and context included. */
  const fields = (page: Page) =>
    page
      .locator("#deal-form :is(input, select, textarea)")
      .evaluateAll((controls) =>
        controls.map((control) => [
          control.id || control.getAttribute("data-field"),
          (control as HTMLInputElement).value,
        ]),
      );

  /** QUOTE with a third line and the approver's context typed in, as the address writes it. */
  async function fullQuote(page: Page): Promise<{ address: string; typed: unknown }> {
    await page.goto(QUOTE);
    await expect.poll(() => page.inputValue("#line-2-product"), UI).toBe("Signal Analytics");
    await page.click("#add-line");
    await page.fill("#line-3-product", "Trace Observability");
    await page.fill("#line-3-quantity", "4");
    await page.selectOption("#line-3-mode", "price");
    await page.fill("#line-3-amount", "27");
    await page.click("#deal-context summary");
    await page.fill("#deal-customer", "Acme GmbH");
    await page.fill("#deal-justification", "Matching a competing offer");
    await page.locator("#deal-justification").blur();
    await expect.poll(() => new URL(page.url()).searchParams.get("customer"), UI).toBe("Acme GmbH");
    return { address: page.url(), typed: await fields(page) };
  }

  test("a product sheet opened from a line, then Back, keeps every line and field", async () => {
    const { page } = tab3;
    const { address, typed } = await fullQuote(page);
    await page.getByRole("link", { name: "Signal Analytics sheet" }).click();
    await page.waitForURL((url) => url.pathname === "/products/signal-analytics/", UI);
    await page.locator("#ladder-title").waitFor(UI);
    await page.goBack();
    await expect.poll(() => fields(page), UI).toEqual(typed);
    expect(page.url()).toBe(address);
    await expect
      .poll(() => page.locator("#deal-verdict").getAttribute("data-verdict"), UI)
      .toBe("needs-approval");
  });

  test("Back then Forward across the sheet and across an edit keeps every line and field", async () => {
    const { page } = tab3;
    const { address, typed } = await fullQuote(page);
    await page.getByRole("link", { name: "Edge Shield sheet" }).click();
    await page.waitForURL((url) => url.pathname === "/products/edge-shield/", UI);
    await page.goBack();
    await expect.poll(() => fields(page), UI).toEqual(typed);
    await page.goForward();
    await page.waitForURL((url) => url.pathname === "/products/edge-shield/", UI);
    await page.goBack();
    await expect.poll(() => fields(page), UI).toEqual(typed);
    expect(page.url()).toBe(address);

    await page.fill("#line-3-amount", "25");
    await page.locator("#line-3-amount").blur();
    await expect.poll(() => new URL(page.url()).searchParams.get("price3"), UI).toBe("25");
    const edited = await fields(page);
    await page.goBack();
    await expect.poll(() => fields(page), UI).toEqual(typed);
    await page.goForward();
    await expect.poll(() => fields(page), UI).toEqual(edited);
    expect(await page.inputValue("#line-3-product")).toBe("Trace Observability");
    expect(await page.inputValue("#deal-customer")).toBe("Acme GmbH");
  });
});

describe("deal checker: messages name what was typed", () => {
  test.each([
    [{ price: -5, months: 12 }, "A target unit price cannot be negative: -€5.00 was entered."],
    [
      { percent: 10, months: 12, quantity: 0 },
      "The quantity must be a whole number, at least 1: 0 was entered.",
    ],
    [
      { percent: 10, months: 0 },
      "The term must be a whole number of months, at least 1: 0 was entered.",
    ],
  ])("%j says %s", async (input, message) => {
    const answer = await check(tab.page, input);
    expect(answer.kind).toBe("invalid");
    expect(answer.text).toContain(message);
    expect(answer.text).not.toContain("100%");
  });

  test("a term outside the sheet's terms says so in the sheet's own terms", async () => {
    const { product } = library.sheets.find((sheet) => sheet.product.pricing.terms?.maxMonths)!;
    const { minMonths, maxMonths } = product.pricing.terms!;
    const page = await built.newPage();
    try {
      const slug = library.sheets.find((sheet) => sheet.product === product)!.slug;
      await page.page.goto(`/deal-checker/?months=${maxMonths! + 12}&product=${slug}&discount=5`);
      const verdict = page.page.locator("#quote-lines > li").first().locator("[data-line-verdict]");
      await expect
        .poll(() => verdict.innerText(), UI)
        .toContain(
          `${maxMonths! + 12} months is outside the ${minMonths}–${maxMonths} month terms of ${product.title}.`,
        );
      expect(await verdict.getAttribute("data-verdict")).toBe("invalid");
    } finally {
      await page.close();
    }
  });

  test("a discount that is not a number is quoted back", async () => {
    await tab.page.selectOption("#line-1-mode", "percent");
    await tab.page.fill("#line-1-amount", "abc");
    const verdict = tab.page.locator("#quote-lines > li").first().locator("[data-line-verdict]");
    await expect
      .poll(() => verdict.innerText(), UI)
      .toContain('The discount "abc" is not a number');
  });

  test("a misspelt product is offered the nearest title", async () => {
    await tab.page.fill("#line-1-product", "signal analitics");
    const verdict = tab.page.locator("#quote-lines > li").first().locator("[data-line-verdict]");
    await expect
      .poll(() => verdict.innerText(), UI)
      .toContain('No product "signal analitics" in this library. Did you mean Signal Analytics?');
  });
});

describe("deal checker: a damaged quote address", () => {
  test("shows every line, each marked with what is wrong, and never throws", async () => {
    const page = await built.newPage();
    try {
      await page.page.goto(
        "/deal-checker/?months=0&product=no-such-product&product2=edge-shield&product2=signal-analytics&discount2=5&product3=edge-shield&discount3=abc",
      );
      const verdicts = page.page.locator("#quote-lines [data-line-verdict]");
      await expect.poll(() => verdicts.count(), UI).toBe(3);
      await expect
        .poll(() => verdicts.nth(0).innerText(), UI)
        .toContain('No product "no-such-product" in this library.');
      expect(await verdicts.nth(1).innerText()).toContain(
        'The address gives this line 2 products ("edge-shield", "signal-analytics"): the first is used.',
      );
      expect(await verdicts.nth(2).innerText()).toContain('The discount "abc" is not a number');
      expect(await verdicts.nth(1).innerText()).toContain(
        "The term must be a whole number of months, at least 1: 0 was entered.",
      );
      expect(await page.page.inputValue("#line-3-amount")).toBe("abc");
      expect(page.pageErrors()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test("on a 360×740 phone, a quote of two lines takes no more than four screens", async () => {
  const phone = await built.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
  try {
    await phone.page.goto(QUOTE);
    await expect
      .poll(() => phone.page.locator("#deal-verdict").getAttribute("data-verdict"), UI)
      .toBe("needs-approval");
    const height = await phone.page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(4 * 740);
  } finally {
    await phone.close();
  }
});
