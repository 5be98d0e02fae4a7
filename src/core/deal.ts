import type { Policy, Role } from "./schema/policy.ts";
import type { Product, Rung } from "./schema/product.ts";

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

export type Verdict =
  | { kind: "within-authority"; role: Role }
  | { kind: "needs-approval"; role: Role }
  | { kind: "above-ladder" }
  | { kind: "below-floor"; floorPrice: number }
  | { kind: "invalid"; message: string };

export interface DealDecision {
  verdict: Verdict;
  discountPercent: number;
  unitPrice: number;
  totalPrice: number;
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

/** Prices are compared in cents so that 18% of 42.00 is exactly 34.44, not 34.440000000000005. */
const cents = (amount: number): number => Math.round(amount * 100);
const roundTo = (value: number, digits: number): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;

export function decideDeal(
  policy: Pick<Policy, "roles">,
  product: Product,
  input: DealInput,
): DealDecision {
  const { listPrice, floorPrice } = product.pricing;
  const discountPercent =
    input.targetPrice !== undefined
      ? roundTo((1 - input.targetPrice / listPrice) * 100, 6)
      : (input.discountPercent ?? NaN);
  const unitPrice = cents(listPrice * (1 - discountPercent / 100)) / 100;
  const totalPrice = cents(unitPrice * input.quantity) / 100;
  const termExtra = termExtraFor(product, input.months);
  const ladder = effectiveLadder(product, input.months);
  const decision = (verdict: Verdict, reason: string): DealDecision => ({
    verdict,
    discountPercent,
    unitPrice,
    totalPrice,
    termExtra,
    ladder,
    reason,
  });

  const invalid = validateInput(input, discountPercent);
  if (invalid) return decision({ kind: "invalid", message: invalid }, invalid);

  const bonusNote =
    termExtra > 0 ? ` (including +${termExtra} points for a ${input.months}-month term)` : "";
  if (floorPrice !== undefined && cents(unitPrice) < cents(floorPrice)) {
    return decision(
      { kind: "below-floor", floorPrice },
      `${format(unitPrice)} is below the floor price of ${format(floorPrice)}: no one may approve it.`,
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
        ? `${format(discountPercent)}% is above the highest rung, ${top.role} up to ${format(top.limit)}%${bonusNote}: no one may approve it.`
        : "This product has no discount ladder: no discount may be given.",
    );
  }
  const role = policy.roles.find((candidate) => candidate.id === rung.role);
  if (!role)
    return decision(
      { kind: "invalid", message: `Unknown role ${rung.role}` },
      `Unknown role ${rung.role}`,
    );
  const rule = `${role.title} may approve up to ${format(rung.limit)}%${bonusNote}.`;
  return role.id === policy.roles[0]?.id
    ? decision({ kind: "within-authority", role }, rule)
    : decision({ kind: "needs-approval", role }, rule);
}

function validateInput(input: DealInput, discountPercent: number): string | undefined {
  if (!Number.isFinite(discountPercent)) return "Enter a discount or a target price.";
  if (discountPercent < 0)
    return "The target price is above the list price: no discount is needed.";
  if (discountPercent > 100) return "A discount cannot exceed 100%.";
  if (!Number.isInteger(input.months) || input.months < 1)
    return "The term must be a whole number of months, at least 1.";
  if (!Number.isInteger(input.quantity) || input.quantity < 1)
    return "The quantity must be a whole number, at least 1.";
  return undefined;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
}
