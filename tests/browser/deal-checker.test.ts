// The deal checker at the exact edges of a ladder. Every expected verdict is read from the sample
// library's YAML (rungs, term bonus, floor), so the test follows the content, not magic numbers.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Library, SheetEntry } from "../../src/core/library.ts";
import type { Role } from "../../src/core/schema/policy.ts";
import { formatMoney } from "../../src/site/format.ts";
import type { SitePage } from "./harness.ts";
import { useBuiltSite } from "./built-site.ts";
import { sampleLibrary } from "./sample-library.ts";

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
      product.termBonus.length > 0 &&
      product.pricing.floorPrice !== undefined,
  );
  if (!candidate) throw new Error("The sample library has no product with a full ladder");
  deal = candidate;
  tab = await built.newPage();
  await tab.page.goto(`/deal-checker/?product=${deal.slug}`);
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

async function check(
  page: Page,
  input: { percent?: number; price?: number; months: number; quantity?: number },
): Promise<Answer> {
  await page.check(
    `input[name="mode"][value="${input.price === undefined ? "percent" : "price"}"]`,
  );
  if (input.price === undefined) await page.fill("#deal-percent", String(input.percent));
  else await page.fill("#deal-price", String(input.price));
  await page.fill("#deal-months", String(input.months));
  await page.fill("#deal-quantity", String(input.quantity ?? 1));
  const verdict = page.locator("#deal-verdict");
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
    expect(answer.text).toContain(manager.contact!);
    expect(answer.text).toContain(`${money(unit)} per ${deal.product.pricing.unit}`);
    expect(answer.text).toContain(`${money(Math.round(unit * 3 * 100) / 100)} in total for 3`);
    expect(answer.text).toContain(`Rule: ${manager.title} may approve up to ${rung(1).upTo}%.`);
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
    expect(answer.text).toContain("The term must be a whole number of months, at least 1.");
  });

  test("answers without any request to another origin or script error", () => {
    expect(tab.foreignRequests()).toEqual([]);
    expect(tab.pageErrors()).toEqual([]);
  });
});
