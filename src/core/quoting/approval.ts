// The words a rep sends to the approver: the same text in the prefilled e-mail and in "Copy as text".
import { formatMoney, formatPercent, perUnit } from "./money.ts";
import type { LineDecision, QuoteDecision } from "./quote.ts";
import { quoteSearch, type QuoteContext, type QuoteRequest } from "./quote-address.ts";
import type { Policy, Role } from "../schema/policy.ts";
import type { PricePeriod } from "../schema/product.ts";

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
  context?: QuoteContext,
): ApprovalRequest | undefined {
  const { verdict } = decision;
  if (verdict.kind !== "needs-approval") return undefined;
  const money = (amount: number) => formatMoney(amount, policy.currency);
  const products = decision.lines.map(({ line }) => line.product.title).join(", ");
  const value =
    decision.contractValue === undefined ? "" : `, ${money(decision.contractValue)} in total`;
  const customer = context?.customer.trim() ?? "";
  return {
    to: verdict.role.contact,
    subject: `Approval needed${customer === "" ? "" : ` for ${customer}`}: ${products}, ${months} months${value}`,
    body: quoteText(policy, decision, months, verdict.role, link, context),
  };
}

/** Everything the deal checker hands on, from the quote as it stands: one source, never a step behind. */
export interface QuoteHandoff {
  /** The page address's query for this quote. */
  search: string;
  /** The full address of the check, for the approver. */
  link: string;
  /** The e-mail to the approver and its mailto: link; undefined when no approval is needed. */
  approval?: ApprovalRequest & { mailto: string };
  /** The same text as the e-mail's body, for "Copy as text"; empty when no approval is needed. */
  text: string;
}

/** The address, approval e-mail and copied text of `request`, decided as `decision`, on the page at `page`. */
export function quoteHandoff(
  policy: Pick<Policy, "roles" | "currency">,
  request: QuoteRequest,
  decision: QuoteDecision,
  months: number,
  page: string,
): QuoteHandoff {
  const search = quoteSearch(request);
  const link = new URL(search, page).href;
  const approval = approvalRequest(policy, decision, months, link, request.context);
  if (!approval) return { search, link, text: "" };
  return {
    search,
    link,
    approval: { ...approval, mailto: mailtoLink(approval) },
    text: approval.body,
  };
}

/** The quote in plain text: every line's prices, the contract value, who decides and why, and the link back. */
function quoteText(
  policy: Pick<Policy, "roles" | "currency">,
  decision: QuoteDecision,
  months: number,
  approver: Role,
  link: string,
  context?: QuoteContext,
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
    ...contextText(context),
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

/** The customer, opportunity and justification the rep gave, each on its own line. */
function contextText(context: QuoteContext | undefined): string[] {
  if (!context) return [];
  const said = [
    ["Customer", context.customer],
    ["Opportunity", context.opportunity],
    ["Why", context.justification],
  ].flatMap(([label, value]) => (value!.trim() === "" ? [] : [`${label}: ${value!.trim()}`]));
  return said.length === 0 ? [] : ["", ...said];
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
