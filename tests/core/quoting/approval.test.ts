import { describe, expect, it } from "vitest";
import { approvalRequest, mailtoLink, quoteHandoff } from "../../../src/core/quoting/approval.ts";
import { decideQuote } from "../../../src/core/quoting/quote.ts";
import { ANALYTICS, libraryOf, MONITORING, sheetOf, validLibrary } from "../fixture-library.ts";

const library = libraryOf(validLibrary());
const policy = library.policy.policy;
const monthly = (path: string) => {
  const { product } = sheetOf(library, path);
  const unit = product.pricing.unit.replace(" / month", "");
  return { ...product, pricing: { ...product.pricing, unit, per: "month" as const } };
};
const LINK = "https://fieldguide.example/deal-checker/?months=24&product=monitoring";

describe("approvalRequest", () => {
  const decision = decideQuote(policy, {
    months: 24,
    lines: [
      { slug: "monitoring", product: monthly(MONITORING), quantity: 10, discountPercent: 5 },
      { slug: "analytics", product: monthly(ANALYTICS), quantity: 2, discountPercent: 27 },
    ],
  });
  const request = approvalRequest(policy, decision, 24, LINK);

  it("is addressed to the approver role's contact, with the products, term and contract value", () => {
    expect(request?.to).toBeUndefined(); // Sales director has no contact in the fixture policy
    expect(request?.subject).toBe(
      "Approval needed: Monitoring, Analytics, 24 months, €8,064.00 in total",
    );
  });

  it("says every price, the contract value, the deciding rule and the link back", () => {
    expect(request?.body).toBe(
      [
        "Hello Sales director,",
        "",
        "Please approve this quote for a 24-month term.",
        "",
        "1. Monitoring (EX-MO-1), quantity 10",
        "   List price €20.00 per check per month; 5% off: €19.00 per check per month",
        "   €190.00 per month; contract value €4,560.00",
        "2. Analytics (EX-AN-1), quantity 2",
        "   List price €100.00 per seat per month; 27% off: €73.00 per seat per month",
        "   €146.00 per month; contract value €3,504.00",
        "",
        "Contract value: €8,064.00 over 24 months.",
        "Needs approval from: Sales director.",
        "Rule for line 2: Sales director may approve up to 30% (including +5 points for a 24-month term).",
        "",
        `The check: ${LINK}`,
      ].join("\n"),
    );
  });

  it("is none when the rep may agree the quote", () => {
    const own = decideQuote(policy, {
      months: 12,
      lines: [
        { slug: "monitoring", product: monthly(MONITORING), quantity: 1, discountPercent: 5 },
      ],
    });
    expect(approvalRequest(policy, own, 12, LINK)).toBeUndefined();
  });

  it("becomes a mailto: link with the subject and body encoded", () => {
    expect(mailtoLink({ to: "managers@example.com", subject: "A & B", body: "1\n2" })).toBe(
      "mailto:managers@example.com?subject=A%20%26%20B&body=1%0A2",
    );
  });
});

describe("quoteHandoff", () => {
  const PAGE = "https://fieldguide.example/deal-checker/";
  const request = {
    months: "24",
    lines: [
      { slug: "monitoring", quantity: "10", mode: "percent" as const, amount: "5" },
      { slug: "analytics", quantity: "2", mode: "percent" as const, amount: "27" },
    ],
    context: { customer: "Acme", opportunity: "OPP-42", justification: "" },
  };
  const decision = decideQuote(policy, {
    months: 24,
    lines: [
      { slug: "monitoring", product: monthly(MONITORING), quantity: 10, discountPercent: 5 },
      { slug: "analytics", product: monthly(ANALYTICS), quantity: 2, discountPercent: 27 },
    ],
  });
  const handoff = quoteHandoff(policy, request, decision, 24, PAGE);

  it("links to the quote as typed, every line's last field included", () => {
    expect(handoff.link).toBe(
      `${PAGE}?months=24&product=monitoring&quantity=10&discount=5&product2=analytics&quantity2=2&discount2=27&customer=Acme&opportunity=OPP-42`,
    );
  });

  it("gives the e-mail and the copied text the same body, with the customer and opportunity", () => {
    expect(handoff.approval?.subject).toBe(
      "Approval needed for Acme: Monitoring, Analytics, 24 months, €8,064.00 in total",
    );
    expect(handoff.text).toBe(handoff.approval?.body);
    expect(handoff.text).toContain(
      "Please approve this quote for a 24-month term.\n\nCustomer: Acme\nOpportunity: OPP-42\n\n1. Monitoring",
    );
    expect(handoff.text).not.toContain("Why:");
    expect(handoff.text.endsWith(`The check: ${handoff.link}`)).toBe(true);
    expect(handoff.approval?.mailto).toBe(mailtoLink(handoff.approval!));
  });
});
