import { cents, contractValue, formatMoney, formatPercent, roundCents } from "./money.ts";
import type { Policy, Role } from "../schema/policy.ts";
import type { Product, Rung } from "../schema/product.ts";

export interface DealInput {
  /** Either a discount in percent or a target unit price. */
  discountPercent?: number;
  targetPrice?: number;
  months: number;
  quantity: number;
}

/** A rung as it applies to one deal: its base limit raised by the term bonus. */
export interface EffectiveRung extends Rung {
  limit: number;
  role: string;
}

type Verdict =
  | { kind: "within-authority"; role: Role }
  | { kind: "needs-approval"; role: Role }
  | { kind: "above-ladder" }
  | { kind: "below-floor"; floorPrice: number }
  | { kind: "invalid"; message: string };

export interface DealDecision {
  verdict: Verdict;
  discountPercent: number;
  unitPrice: number;
  /** The unit price times the quantity: what is paid each period (or once, for one-time prices). */
  periodPrice: number;
  /** What the deal is worth over its whole term; undefined when the sheet does not say `pricing.per`. */
  contractValue: number | undefined;
  /** Extra points the term earns on every rung. */
  termExtra: number;
  ladder: EffectiveRung[];
  /** The rule that decided, in words. */
  reason: string;
}

/** The term bonus for a contract of `months`: the largest one whose minimum it reaches. */
export function termExtraFor(product: Pick<Product, "termBonus">, months: number): number {
  return product.termBonus.reduce(
    (best, bonus) => (months >= bonus.minMonths ? Math.max(best, bonus.extra) : best),
    0,
  );
}

export function effectiveLadder(
  product: Pick<Product, "discounts" | "termBonus">,
  months: number,
): EffectiveRung[] {
  const extra = termExtraFor(product, months);
  return product.discounts.map((rung) => ({ ...rung, limit: Math.min(100, rung.upTo + extra) }));
}

const roundTo = (value: number, digits: number): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;

export function decideDeal(
  policy: Pick<Policy, "roles" | "currency">,
  product: Product,
  input: DealInput,
): DealDecision {
  const { listPrice, floorPrice, per } = product.pricing;
  const money = (amount: number) => formatMoney(amount, policy.currency);
  const discountPercent =
    input.targetPrice !== undefined
      ? roundTo((1 - input.targetPrice / listPrice) * 100, 6)
      : (input.discountPercent ?? NaN);
  const unitPrice = roundCents(listPrice * (1 - discountPercent / 100));
  const termExtra = termExtraFor(product, input.months);
  const ladder = effectiveLadder(product, input.months);
  const decision = (verdict: Verdict, reason: string): DealDecision => ({
    verdict,
    discountPercent,
    unitPrice,
    periodPrice: roundCents(unitPrice * input.quantity),
    contractValue: contractValue(per, unitPrice, input.quantity, input.months),
    termExtra,
    ladder,
    reason,
  });
  const titleOf = (roleId: string) =>
    policy.roles.find((role) => role.id === roleId)?.title ?? roleId;

  const invalid =
    validateInput(input, discountPercent, listPrice, money) ?? outsideTerms(product, input.months);
  if (invalid) return decision({ kind: "invalid", message: invalid }, invalid);

  const bonusNote =
    termExtra > 0 ? ` (including +${termExtra} points for a ${input.months}-month term)` : "";
  if (floorPrice !== undefined && cents(unitPrice) < cents(floorPrice)) {
    const asked =
      input.targetPrice !== undefined
        ? `A target price of ${money(input.targetPrice)}`
        : `${formatPercent(discountPercent)} off makes the unit price ${money(unitPrice)}, which`;
    return decision(
      { kind: "below-floor", floorPrice },
      `${asked} is below the floor price of ${money(floorPrice)}: no one may approve it.`,
    );
  }
  const firstRole = policy.roles[0];
  // Selling at the list price needs nobody's approval, whatever the ladder says about discounts.
  if (discountPercent === 0 && firstRole) {
    return decision(
      { kind: "within-authority", role: firstRole },
      `${firstRole.title} may sell at the list price.`,
    );
  }
  const rung = ladder.find((candidate) => discountPercent <= candidate.limit);
  if (!rung) {
    const top = ladder.at(-1);
    return decision(
      { kind: "above-ladder" },
      top
        ? `${formatPercent(discountPercent)} is above the highest rung, ${titleOf(top.role)} up to ${formatPercent(top.limit)}${bonusNote}: no one may approve it.`
        : "This product has no discount ladder: no discount may be given.",
    );
  }
  const role = policy.roles.find((candidate) => candidate.id === rung.role);
  if (!role)
    return decision(
      { kind: "invalid", message: `Unknown role ${rung.role}` },
      `Unknown role ${rung.role}`,
    );
  const rule = `${role.title} may approve up to ${formatPercent(rung.limit)}${bonusNote}.`;
  return role.id === policy.roles[0]?.id
    ? decision({ kind: "within-authority", role }, rule)
    : decision({ kind: "needs-approval", role }, rule);
}

/** What is wrong with the numbers as typed, in the reader's own terms, naming what was entered. */
function validateInput(
  input: DealInput,
  discountPercent: number,
  listPrice: number,
  money: (amount: number) => string,
): string | undefined {
  const price = input.targetPrice;
  if (price !== undefined && Number.isFinite(price) && price < 0)
    return `A target unit price cannot be negative: ${money(price)} was entered.`;
  if (!Number.isFinite(discountPercent))
    return price !== undefined
      ? "Enter a target unit price."
      : "Enter a discount or a target price.";
  if (price !== undefined && discountPercent < 0)
    return `The target price of ${money(price)} is above the list price of ${money(listPrice)}: no discount is needed.`;
  if (discountPercent < 0)
    return `A discount cannot be negative: ${formatPercent(discountPercent)} would raise the price above the list price of ${money(listPrice)}.`;
  if (discountPercent > 100)
    return `A discount cannot exceed 100%: ${formatPercent(discountPercent)} was entered.`;
  if (!Number.isInteger(input.months) || input.months < 1)
    return `The term must be a whole number of months, at least 1${entered(input.months)}.`;
  if (!Number.isInteger(input.quantity) || input.quantity < 1)
    return `The quantity must be a whole number, at least 1${entered(input.quantity)}.`;
  return undefined;
}

/** A term the product is not sold on, in the words of its `pricing.terms`. */
function outsideTerms(product: Product, months: number): string | undefined {
  const { terms } = product.pricing;
  if (!terms) return undefined;
  const { minMonths, maxMonths } = terms;
  const below = minMonths !== undefined && months < minMonths;
  const above = maxMonths !== undefined && months > maxMonths;
  if (!below && !above) return undefined;
  const term = `${months} ${months === 1 ? "month" : "months"}`;
  if (minMonths !== undefined && maxMonths !== undefined)
    return `${term} is outside the ${minMonths}–${maxMonths} month terms of ${product.title}.`;
  return below
    ? `${term} is shorter than the ${minMonths}-month minimum term of ${product.title}.`
    : `${term} is longer than the ${maxMonths}-month maximum term of ${product.title}.`;
}

const entered = (value: number) => (Number.isFinite(value) ? `: ${value} was entered` : "");
