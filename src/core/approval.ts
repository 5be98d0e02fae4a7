// The words a rep sends to the approver: the same text in the prefilled e-mail and in "Copy as text".
import { formatMoney, formatPercent, perUnit } from "./money.ts";
import type { LineDecision, QuoteDecision } from "./quote.ts";
import type { Policy, Role } from "./schema/policy.ts";
import type { PricePeriod } from "./schema/product.ts";

export interface ApprovalRequest {
  /** The approver role's contact; undefined when the role has none. */
  to: string | undefined;
  subject: string;
  body: string;
}

const PERIOD: Record<PricePeriod, string> = {
  month: "per month",
  year: "per year",
  "one-time": "one-time",
};

/** The approval a quote needs, addressed to the role that decides it; undefined if none is needed or possible. */
export function approvalRequest(
  policy: Pick<Policy, "roles" | "currency">,
  decision: QuoteDecision,
  months: number,
  link: string,
): ApprovalRequest | undefined {
  const { verdict } = decision;
  if (verdict.kind !== "needs-approval") return undefined;
  const money = (amount: number) => formatMoney(amount, policy.currency);
  const products = decision.lines.map(({ line }) => line.product.title).join(", ");
  const value =
    decision.contractValue === undefined ? "" : `, ${money(decision.contractValue)} in total`;
  return {
    to: verdict.role.contact,
    subject: `Approval needed: ${products}, ${months} months${value}`,
    body: quoteText(policy, decision, months, verdict.role, link),
  };
}

/** The quote in plain text: every line's prices, the contract value, who decides and why, and the link back. */
export function quoteText(
  policy: Pick<Policy, "roles" | "currency">,
  decision: QuoteDecision,
  months: number,
  approver: Role,
  link: string,
): string {
  const money = (amount: number) => formatMoney(amount, policy.currency);
  const { verdict } = decision;
  const deciding = verdict.kind === "needs-approval" ? verdict.lines : [];
  const lines = decision.lines.map((entry, index) => lineText(entry, index, money));
  const total =
    decision.contractValue === undefined
      ? "Contract value: not known (a product's price period is not set)."
      : `Contract value: ${money(decision.contractValue)} over ${months} months.`;
  const rules = deciding.map(
    (index) => `Rule for line ${index + 1}: ${decision.lines[index]!.decision.reason}`,
  );
  return [
    `Hello ${approver.title},`,
    "",
    `Please approve this quote for a ${months}-month term.`,
    "",
    ...lines,
    "",
    total,
    `Needs approval from: ${approver.title}.`,
    ...rules,
    "",
    `The check: ${link}`,
  ].join("\n");
}

function lineText(
  { line, decision }: LineDecision,
  index: number,
  money: (amount: number) => string,
): string {
  const { pricing } = line.product;
  const per = perUnit(pricing);
  const period = pricing.per === undefined ? "" : ` ${PERIOD[pricing.per]}`;
  const value =
    decision.contractValue === undefined ? "" : `; contract value ${money(decision.contractValue)}`;
  return [
    `${index + 1}. ${line.product.title} (${line.product.sku}), quantity ${line.quantity}`,
    `   List price ${money(pricing.listPrice)} ${per}; ${formatPercent(decision.discountPercent)} off: ${money(decision.unitPrice)} ${per}`,
    `   ${money(decision.periodPrice)}${period}${value}`,
  ].join("\n");
}

/** A mailto: link with the request's subject and body; the mail app queues it when offline. */
export function mailtoLink(request: ApprovalRequest): string {
  const query = `subject=${encodeURIComponent(request.subject)}&body=${encodeURIComponent(request.body)}`;
  return `mailto:${request.to ?? ""}?${query}`;
}
