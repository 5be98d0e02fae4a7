import type { Claim, Product, PromiseBoundary } from "../schema/product.ts";
import { listWords, pairBy, sameList, type Change } from "./change.ts";
import { diffForbidden } from "./forbidden.ts";
import { evidenceWords } from "./sheet-contents.ts";
import { diffWithdrawals } from "./withdrawal.ts";

/**
 * Every guardrail difference between two versions of a product's frontmatter: withdrawals first,
 * then in sheet order.
 */
export function diffProducts(before: Product, after: Product): Change[] {
  return [
    ...diffWithdrawals(before, after),
    ...diffDetails(before, after),
    ...diffPricing(before.pricing, after.pricing),
    ...diffLadder(before.discounts, after.discounts),
    ...diffTermBonus(before.termBonus, after.termBonus),
    ...diffClaims(before.claims, after.claims),
    ...diffPromises(before.promises, after.promises),
    ...diffForbidden(before.forbidden, after.forbidden),
  ];
}

function diffDetails(before: Product, after: Product): Change[] {
  const changes: Change[] = [];
  const field = (label: string, old: string, now: string) => {
    if (old !== now) changes.push({ area: "details", text: `${label}: ${old} → ${now}` });
  };
  field("title", before.title, after.title);
  field("sku", before.sku, after.sku);
  field("category", before.category, after.category);
  if (before.summary !== after.summary) {
    changes.push({
      area: "details",
      text: "summary changed",
      before: before.summary,
      after: after.summary,
    });
  }
  field("owner", before.owner, after.owner);
  field("last reviewed", before.lastReviewed, after.lastReviewed);
  field("audience", listWords(before.audience), listWords(after.audience));
  return changes;
}

function diffPricing(before: Product["pricing"], after: Product["pricing"]): Change[] {
  const changes: Change[] = [];
  if (before.listPrice !== after.listPrice) {
    changes.push({ area: "pricing", text: `list price: ${before.listPrice} → ${after.listPrice}` });
  }
  if (before.unit !== after.unit)
    changes.push({ area: "pricing", text: `unit: ${before.unit} → ${after.unit}` });
  if (before.per !== after.per)
    changes.push({
      area: "pricing",
      text: `paid per: ${before.per ?? "not set"} → ${after.per ?? "not set"}`,
    });
  if (before.floorPrice !== after.floorPrice) {
    const text =
      before.floorPrice === undefined
        ? `floor price ${after.floorPrice} added`
        : after.floorPrice === undefined
          ? `floor price ${before.floorPrice} removed`
          : `floor price: ${before.floorPrice} → ${after.floorPrice}`;
    changes.push({ area: "pricing", text });
  }
  return changes;
}

function diffLadder(before: Product["discounts"], after: Product["discounts"]): Change[] {
  const { removed, added, kept } = pairBy(before, after, (rung) => rung.role);
  return [
    ...kept
      .filter(([old, now]) => old.upTo !== now.upTo)
      .map(([old, now]): Change => ({
        area: "ladder",
        text: `discount ladder: ${now.role} ${old.upTo}% → ${now.upTo}%`,
      })),
    ...added.map((rung): Change => ({
      area: "ladder",
      text: `discount ladder: ${rung.role} up to ${rung.upTo}% added`,
    })),
    ...removed.map((rung): Change => ({
      area: "ladder",
      text: `discount ladder: ${rung.role} (up to ${rung.upTo}%) removed`,
    })),
  ];
}

function diffTermBonus(before: Product["termBonus"], after: Product["termBonus"]): Change[] {
  const { removed, added, kept } = pairBy(before, after, (bonus) => bonus.minMonths);
  const term = (months: number) => `term bonus for ${months}+ months`;
  return [
    ...kept
      .filter(([old, now]) => old.extra !== now.extra)
      .map(([old, now]): Change => ({
        area: "term-bonus",
        text: `${term(now.minMonths)}: +${old.extra} → +${now.extra} points`,
      })),
    ...added.map((bonus): Change => ({
      area: "term-bonus",
      text: `${term(bonus.minMonths)} (+${bonus.extra} points) added`,
    })),
    ...removed.map((bonus): Change => ({
      area: "term-bonus",
      text: `${term(bonus.minMonths)} (+${bonus.extra} points) removed`,
    })),
  ];
}

function diffClaims(before: readonly Claim[], after: readonly Claim[]): Change[] {
  const { removed, added, kept } = pairBy(before, after, (claim) => claim.id);
  const changes: Change[] = [];
  for (const [old, now] of kept) {
    const claim = `claim ${now.id}`;
    if (old.text !== now.text) {
      changes.push({
        area: "claim",
        text: `${claim} text changed`,
        before: old.text,
        after: now.text,
      });
    }
    if (JSON.stringify(old.evidence) !== JSON.stringify(now.evidence)) {
      changes.push({
        area: "claim",
        text: `${claim} evidence changed`,
        before: evidenceWords(old.evidence),
        after: evidenceWords(now.evidence),
      });
    }
    if (old.expires !== now.expires) {
      const text =
        old.expires === undefined
          ? `${claim} now expires ${now.expires}`
          : now.expires === undefined
            ? `${claim} no longer expires (was ${old.expires})`
            : `${claim} expiry: ${old.expires} → ${now.expires}`;
      changes.push({ area: "claim", text });
    }
    if (!sameList(old.channels, now.channels)) {
      changes.push({
        area: "claim",
        text: `${claim} channels: ${listWords(old.channels, "all")} → ${listWords(now.channels, "all")}`,
      });
    }
    if (!sameList(old.audience, now.audience)) {
      changes.push({
        area: "claim",
        text: `${claim} audience: ${listWords(old.audience, "as the sheet")} → ${listWords(now.audience, "as the sheet")}`,
      });
    }
  }
  changes.push(
    ...added.map((claim): Change => ({
      area: "claim",
      text: `claim ${claim.id} added`,
      after: claim.text,
    })),
    ...removed.map((claim): Change => ({
      area: "claim",
      text: `claim ${claim.id} removed`,
      before: claim.text,
    })),
  );
  return changes;
}

function diffPromises(
  before: readonly PromiseBoundary[],
  after: readonly PromiseBoundary[],
): Change[] {
  const { removed, added, kept } = pairBy(before, after, (promise) => promise.topic.toLowerCase());
  const changes: Change[] = [];
  for (const [old, now] of kept) {
    const promise = `promise '${now.topic}'`;
    if (old.may !== now.may) {
      changes.push({
        area: "promise",
        text: `${promise}: what may be said changed`,
        before: old.may,
        after: now.may,
      });
    }
    const phrases = pairBy(old.mayNot, now.mayNot, (phrase) => phrase.toLowerCase());
    for (const phrase of phrases.added)
      changes.push({ area: "promise", text: `${promise}: may not say "${phrase}" added` });
    for (const phrase of phrases.removed) {
      changes.push({ area: "promise", text: `${promise}: may not say "${phrase}" removed` });
    }
    if (old.escalate !== now.escalate) {
      changes.push({
        area: "promise",
        text: `${promise}: escalate to ${old.escalate} → ${now.escalate}`,
      });
    }
    if (!sameList(old.audience, now.audience)) {
      changes.push({
        area: "promise",
        text: `${promise} audience: ${listWords(old.audience, "as the sheet")} → ${listWords(now.audience, "as the sheet")}`,
      });
    }
  }
  changes.push(
    ...added.map((promise): Change => ({
      area: "promise",
      text: `promise '${promise.topic}' added`,
      after: promise.may,
    })),
    ...removed.map((promise): Change => ({
      area: "promise",
      text: `promise '${promise.topic}' removed`,
    })),
  );
  return changes;
}
