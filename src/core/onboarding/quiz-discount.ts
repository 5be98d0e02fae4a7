import { decideDeal, effectiveLadder } from "../quoting/deal.ts";
import { formatMoney, perUnit } from "../quoting/money.ts";
import type { Product } from "../schema/product.ts";
import { fingerprint } from "./fingerprint.ts";
import { formatNumber, type QuestionResult, type QuizContext } from "./question.ts";
import type { DiscountItem } from "./schema.ts";
import type { Attempt } from "./seeded.ts";

export const NOBODY = "No one may approve it, whoever is asked.";
const STANDARD_TERM = 12;

/**
 * "A customer asks for 18% off a 24-month deal: whose approval does it need?", answered by
 * `decideDeal` itself, so the answer moves with the ladder, the term bonus and the floor.
 */
export function discountQuestion(
  item: DiscountItem,
  product: Product,
  context: QuizContext,
  attempt: Attempt,
): QuestionResult {
  const { policy } = context;
  if (!context.audience.every((reader) => reader === "internal")) {
    return {
      error: {
        path: ["scenario"],
        message: "discount ladders are internal: a track for partners cannot ask about them",
        hint: "Ask about a promise or a claim instead, or make the track internal only (audience: [internal]).",
        rule: "audience",
      },
    };
  }
  const terms =
    item.months !== undefined
      ? [item.months]
      : [STANDARD_TERM, ...product.termBonus.map((bonus) => bonus.minMonths)];
  const { discount, months } = attempt.nth(
    terms.flatMap((term) =>
      (item.discount !== undefined
        ? [item.discount]
        : teachingDiscounts(context, product, term)
      ).map((percent) => ({ discount: percent, months: term })),
    ),
  )!;
  const decision = decideDeal(policy, product, { discountPercent: discount, months, quantity: 1 });
  const roleIds = policy.roles.map((role) => role.id);
  const verdict = decision.verdict;
  if (verdict.kind === "invalid") {
    return {
      error: {
        path: ["discount"],
        message: verdict.message,
        hint: "Give a discount from 0 to 100 and a term of at least 1 month.",
        rule: "quiz",
      },
    };
  }
  const answer =
    verdict.kind === "within-authority" || verdict.kind === "needs-approval"
      ? roleIds.indexOf(verdict.role.id)
      : roleIds.length;
  const [own, ...others] = policy.roles;
  const ladder = effectiveLadder(product, months).map((rung) => {
    const title = policy.roles.find((role) => role.id === rung.role)?.title ?? rung.role;
    return `${title} up to ${formatNumber(rung.limit)}%`;
  });
  const floor = product.pricing.floorPrice;
  const floorNote =
    floor === undefined
      ? ""
      : ` The floor price is ${formatMoney(floor, policy.currency)} ${perUnit(product.pricing)}.`;
  return {
    question: {
      kind: "discount",
      prompt: `A customer asks for ${formatNumber(discount)}% off a ${months}-month ${product.title} deal. Whose approval does it need?`,
      // In the order of authority, as on the ladder: the retry changes the deal instead.
      options: [
        `You may approve it yourself, as ${own?.title ?? "rep"}.`,
        ...others.map((role) => `${role.title} must approve it before you agree to it.`),
        NOBODY,
      ],
      answer,
      explain:
        `${decision.reason} The ladder for a ${months}-month ${product.title} deal: ` +
        `${ladder.length > 0 ? ladder.join(", ") : "none, so no discount may be given"}.${floorNote}`,
      fingerprint: fingerprint({
        discounts: product.discounts,
        termBonus: product.termBonus,
        listPrice: product.pricing.listPrice,
        floorPrice: product.pricing.floorPrice,
        roles: roleIds,
        discount: item.discount,
        months: item.months,
      }),
      source: { product: item.product, title: product.title, kind: "ladder" },
    },
  };
}

/**
 * Whole-number discounts that need someone's approval, so the question teaches the ladder rather
 * than "you may approve it yourself"; failing that (a one-rung ladder), those just above the ladder.
 */
function teachingDiscounts(context: QuizContext, product: Product, months: number): number[] {
  const top = effectiveLadder(product, months).at(-1)?.limit ?? 0;
  const candidates = Array.from(
    { length: Math.min(99, Math.floor(top) + 10) },
    (_, index) => index + 1,
  );
  const verdictOf = (discount: number) =>
    decideDeal(context.policy, product, { discountPercent: discount, months, quantity: 1 }).verdict
      .kind;
  const approvals = candidates.filter((discount) => verdictOf(discount) === "needs-approval");
  const refusals = candidates.filter((discount) => verdictOf(discount) !== "within-authority");
  return approvals.length > 0 ? approvals : refusals.length > 0 ? refusals : candidates;
}
