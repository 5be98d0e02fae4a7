import { decideDeal, effectiveLadder } from "../core/quoting/index.ts";
import type { Policy, Role, Product } from "../core/schema/index.ts";

/** One rung's limit for one term, and the lowest unit price that limit allows. */
interface LadderCell {
  limit: number;
  lowestPrice: number;
  /** The floor price, not the percentage, sets the lowest price. */
  floorBinds: boolean;
}

interface LadderRow {
  role: Role;
  base: LadderCell;
  /** One per term bonus, in the order of `LadderView.terms`. */
  withTerm: LadderCell[];
}

export interface LadderView {
  terms: Product["termBonus"];
  rows: LadderRow[];
  /** The discount at which the floor price is reached, when there is a floor. */
  floorDiscount?: number;
  /** The right end of the chart's axis, in percent. */
  axisMax: number;
}

/**
 * The discount ladder as a rep reads it: who approves up to what, with each term bonus, and the
 * lowest unit price each limit allows. Every figure comes from the core's deal rules.
 */
export function ladderView(
  policy: Pick<Policy, "roles" | "currency">,
  product: Product,
): LadderView {
  const terms = [...product.termBonus].sort((a, b) => a.minMonths - b.minMonths);
  const cell = (limit: number, months: number): LadderCell => {
    const decision = decideDeal(policy, product, { discountPercent: limit, months, quantity: 1 });
    return decision.verdict.kind === "below-floor"
      ? { limit, lowestPrice: decision.verdict.floorPrice, floorBinds: true }
      : { limit, lowestPrice: decision.unitPrice, floorBinds: false };
  };
  const rows = product.discounts.map((rung, index) => ({
    role: roleOf(policy, rung.role),
    base: cell(rung.upTo, 1),
    withTerm: terms.map((term) =>
      cell(effectiveLadder(product, term.minMonths)[index]!.limit, term.minMonths),
    ),
  }));
  const { listPrice, floorPrice } = product.pricing;
  const floorDiscount = floorPrice === undefined ? undefined : (1 - floorPrice / listPrice) * 100;
  const highest = Math.max(
    0,
    ...rows.flatMap((row) => [row.base.limit, ...row.withTerm.map((term) => term.limit)]),
    floorDiscount ?? 0,
  );
  return {
    terms,
    rows,
    floorDiscount,
    axisMax: Math.min(100, Math.max(10, Math.ceil(highest / 10) * 10)),
  };
}

function roleOf(policy: Pick<Policy, "roles">, id: string): Role {
  const role = policy.roles.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`The ladder names role "${id}", which policy.yaml does not define`);
  return role;
}
