import { applicablePhrases, type PhraseRule } from "./guardrails.ts";
import type { Policy } from "./schema/policy.ts";
import type { Claim, Product } from "./schema/product.ts";
import { findPercentages, unstatedPercentages } from "./text/figures.ts";
import { findPhrases } from "./text/phrases.ts";

export type DraftFinding =
  | { kind: "phrase"; start: number; end: number; rule: PhraseRule; instead?: Claim }
  | { kind: "figure"; start: number; end: number; written: string; nearest?: NearestFigure };

/** The approved claim whose percentage is nearest to an unstated one: what to say instead. */
export interface NearestFigure {
  claim: Claim;
  product: Product;
}

/**
 * Everything out of bounds in a rep's draft: forbidden and may-not phrases (the same matcher as the
 * build's body check) and percentages that no approved claim of the chosen products states.
 */
export function checkDraft(
  text: string,
  policy: Pick<Policy, "forbidden">,
  products: readonly Product[],
  /** Where suggested wording is looked up: a company-wide rule may point at any product's claim. */
  library: readonly Product[] = products,
): DraftFinding[] {
  const claims = new Map(
    library.flatMap((product) => product.claims.map((claim) => [claim.id, claim] as const)),
  );
  const scopeClaims = products.flatMap((product) => product.claims.map((claim) => claim.text));
  const approvedFigures = products.flatMap((product) =>
    product.claims.flatMap((claim) =>
      findPercentages(claim.text).map((figure) => ({ value: figure.value, claim, product })),
    ),
  );
  const phrases: DraftFinding[] = findPhrases(
    text,
    applicablePhrases(policy, products),
    (rule) => rule.phrase,
  ).map((match) => ({
    kind: "phrase",
    start: match.start,
    end: match.end,
    rule: match.rule,
    instead: match.rule.insteadSay === undefined ? undefined : claims.get(match.rule.insteadSay),
  }));
  const figures: DraftFinding[] = unstatedPercentages(text, scopeClaims).map((figure) => ({
    kind: "figure",
    start: figure.start,
    end: figure.end,
    written: figure.written,
    nearest: nearestFigure(approvedFigures, figure.value),
  }));
  return withoutOverlaps(
    [...phrases, ...figures].sort((a, b) => a.start - b.start || b.end - a.end),
  );
}

/** Where two findings overlap ("99.99% uptime" is both a may-not phrase and a figure), the first and longer wins. */
function withoutOverlaps(findings: DraftFinding[]): DraftFinding[] {
  const kept: DraftFinding[] = [];
  for (const finding of findings) {
    const previous = kept.at(-1);
    if (previous && finding.start < previous.end) continue;
    kept.push(finding);
  }
  return kept;
}

function nearestFigure(
  approved: readonly (NearestFigure & { value: number })[],
  value: number,
): NearestFigure | undefined {
  let best: (NearestFigure & { value: number }) | undefined;
  for (const candidate of approved) {
    if (!best || Math.abs(candidate.value - value) < Math.abs(best.value - value)) best = candidate;
  }
  return best && { claim: best.claim, product: best.product };
}
