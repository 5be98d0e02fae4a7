// A quote: several lines, each a product, a quantity and a discount or target price, over one term.
// Each line is decided by decideDeal; the quote needs the highest approval any line needs.
import { decideDeal, type DealDecision, type DealInput } from "./deal.ts";
import { roundCents } from "./money.ts";
import type { Policy, Role } from "../schema/policy.ts";
import type { Product } from "../schema/product.ts";

export interface QuoteLine {
  slug: string;
  product: Product;
  quantity: number;
  /** Either a discount in percent or a target unit price, as for one deal. */
  discountPercent?: number;
  targetPrice?: number;
}

export interface Quote {
  months: number;
  lines: QuoteLine[];
}

export interface LineDecision {
  line: QuoteLine;
  decision: DealDecision;
}

type QuoteVerdict =
  | { kind: "within-authority"; role: Role }
  /** `lines`: the indexes of the lines that need this role, the highest any line needs. */
  | { kind: "needs-approval"; role: Role; lines: number[] }
  /** `lines`: the indexes of the lines no one may approve. */
  | { kind: "not-allowed"; lines: number[] }
  | { kind: "invalid"; lines: number[] }
  | { kind: "empty" };

export interface QuoteDecision {
  verdict: QuoteVerdict;
  lines: LineDecision[];
  /** The lines' contract values added up; undefined if any line's sheet lacks `pricing.per`. */
  contractValue: number | undefined;
}

function lineInput(line: QuoteLine, months: number): DealInput {
  return {
    months,
    quantity: line.quantity,
    ...(line.targetPrice !== undefined
      ? { targetPrice: line.targetPrice }
      : { discountPercent: line.discountPercent }),
  };
}

/** Each line's decision, and the quote's: invalid or not allowed if any line is, else the highest approver. */
export function decideQuote(
  policy: Pick<Policy, "roles" | "currency">,
  quote: Quote,
): QuoteDecision {
  const lines = quote.lines.map((line) => ({
    line,
    decision: decideDeal(policy, line.product, lineInput(line, quote.months)),
  }));
  const values = lines.map(({ decision }) => decision.contractValue);
  const contractValue = values.every((value) => value !== undefined)
    ? roundCents(values.reduce<number>((sum, value) => sum + value, 0))
    : undefined;
  return { verdict: quoteVerdict(policy, lines), lines, contractValue };
}

function quoteVerdict(policy: Pick<Policy, "roles">, lines: LineDecision[]): QuoteVerdict {
  const where = (test: (decision: DealDecision) => boolean) =>
    lines.flatMap(({ decision }, index) => (test(decision) ? [index] : []));
  if (lines.length === 0) return { kind: "empty" };
  const invalid = where(({ verdict }) => verdict.kind === "invalid");
  if (invalid.length > 0) return { kind: "invalid", lines: invalid };
  const refused = where(
    ({ verdict }) => verdict.kind === "above-ladder" || verdict.kind === "below-floor",
  );
  if (refused.length > 0) return { kind: "not-allowed", lines: refused };
  const rank = ({ verdict }: DealDecision) =>
    "role" in verdict ? policy.roles.findIndex((role) => role.id === verdict.role.id) : -1;
  const highest = Math.max(...lines.map(({ decision }) => rank(decision)));
  const role = policy.roles[highest]!;
  if (highest === 0) return { kind: "within-authority", role };
  return {
    kind: "needs-approval",
    role,
    lines: where((decision) => rank(decision) === highest),
  };
}
