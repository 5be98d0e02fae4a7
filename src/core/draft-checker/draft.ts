// The draft checker's rules: which phrases, figures and discount offers in a rep's draft are out of
// bounds, which products the draft is about, and what to say instead where the draft is going.
// The library is read through a compact index (every phrase once, with the products that rule it
// out), so a page can check a draft against thousands of sheets and fetch a sheet only to explain.
import { offerProduct, type OfferProduct } from "./offer-product.ts";
import { findOffers, type Offer } from "../quoting/offers.ts";
import type { Partners, Policy, Role } from "../schema/policy.ts";
import type { ForbiddenPhrase } from "../schema/common.ts";
import type { Product } from "../schema/product.ts";
import { findPercentages } from "../text/figures.ts";
import { phraseFinder } from "../text/phrases.ts";
import { variantsOf } from "../text/synonyms.ts";

/** What the draft checker knows of the whole library before it explains any one finding. */
export interface DraftIndex {
  currency: string;
  /** The policy's roles, least authority first: who approves an offer, whom to escalate to. */
  roles: Role[];
  /** Every product: [slug, title, sku], in title order; findings name products by index here. */
  products: [string, string, string][];
  /** Company-wide forbidden phrases. */
  forbidden: ForbiddenPhrase[];
  /** Each product-specific forbidden or may-not phrase once, with the products that rule it out. */
  phrases: [string, ...number[]][];
  /**
   * Each claim that states percentages: its id, its product, its expiry ("" if none) and the
   * percentages, so that a device counts a figure approved only while a claim stating it may be used.
   */
  claimFigures: [string, number, string, ...number[]][];
  /** The sheet an `insteadSay` claim is on, where that is not the rule's own sheet. */
  insteadSheets: Record<string, string>;
  /** Another way to say a ruled-out phrase (policy.yaml's synonyms), with the phrase it stands for. */
  variants: [string, string][];
  /** policy.yaml's synonyms: a claim answers a promise topic in any word of the topic's group. */
  synonyms: string[][];
  /** The partner team, named by its title where a partner build's advice names its address. */
  partners?: Partners;
}

export function draftIndex(
  policy: Pick<Policy, "forbidden" | "currency" | "roles" | "synonyms" | "partners">,
  products: readonly { slug: string; product: Product }[],
): DraftIndex {
  const phrases = new Map<string, number[]>();
  const claimFigures: DraftIndex["claimFigures"] = [];
  const insteadSheets: Record<string, string> = {};
  const add = <K>(map: Map<K, number[]>, key: K, index: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (list.at(-1) !== index) list.push(index);
  };
  const claimSheets = new Map(
    products.flatMap(({ slug, product }) => product.claims.map((claim) => [claim.id, slug])),
  );
  // A sheet's own rules mostly point at its own claims, found on the sheet itself: only the claims
  // of company-wide rules and those on another sheet are listed, which keeps the index small.
  const insteadIds = [
    ...policy.forbidden.flatMap((rule) => rule.insteadSay ?? []),
    ...products.flatMap(({ product }) =>
      product.forbidden.flatMap((rule) =>
        rule.insteadSay === undefined ||
        product.claims.some((claim) => claim.id === rule.insteadSay)
          ? []
          : [rule.insteadSay],
      ),
    ),
  ];
  for (const id of insteadIds) {
    const sheet = claimSheets.get(id);
    if (sheet !== undefined) insteadSheets[id] = sheet;
  }
  products.forEach(({ product }, index) => {
    for (const rule of product.forbidden) add(phrases, rule.phrase, index);
    for (const promise of product.promises)
      for (const phrase of promise.mayNot) add(phrases, phrase, index);
    for (const claim of product.claims) {
      const values = findPercentages(claim.text).map((figure) => figure.value);
      if (values.length > 0) claimFigures.push([claim.id, index, claim.expires ?? "", ...values]);
    }
  });
  return {
    currency: policy.currency,
    roles: policy.roles,
    products: products.map(({ slug, product }) => [slug, product.title, product.sku]),
    forbidden: policy.forbidden,
    phrases: [...phrases].map(([phrase, owners]) => [phrase, ...owners]),
    claimFigures,
    insteadSheets,
    synonyms: policy.synonyms,
    ...(policy.partners ? { partners: policy.partners } : {}),
    variants: [...policy.forbidden.map((rule) => rule.phrase), ...phrases.keys()].flatMap(
      (phrase) =>
        variantsOf(phrase, policy.synonyms).map((variant): [string, string] => [variant, phrase]),
    ),
  };
}

/** What a phrase found in a draft stands for, with the text looked for and the phrase it says. */
type Needle = { text: string; phrase: string } & (
  | { kind: "company"; rule: ForbiddenPhrase }
  | { kind: "product"; products: number[] }
  | { kind: "mention"; product: number }
);

/** The index with every phrase, title and sku folded once: compile it once, check at every keystroke. */
export interface DraftMatcher {
  index: DraftIndex;
  find(text: string): { start: number; end: number; rule: Needle }[];
  /** Which products state each approved percentage. */
  figures: Map<number, number[]>;
}

/** Whether a claim may still be used where the draft is checked (the device's day and list). */
export type ClaimUsable = (slug: string, claimId: string, expires: string | undefined) => boolean;

export function compileDraftIndex(
  index: DraftIndex,
  usable: ClaimUsable = () => true,
): DraftMatcher {
  const rules: Needle[] = [
    ...index.forbidden.map((rule): Needle => ({
      kind: "company",
      text: rule.phrase,
      phrase: rule.phrase,
      rule,
    })),
    ...index.phrases.map(([text, ...products]): Needle => ({
      kind: "product",
      text,
      phrase: text,
      products,
    })),
  ];
  const byPhrase = new Map(rules.map((needle) => [needle.phrase, needle]));
  const needles: Needle[] = [
    ...rules,
    // A variant is ruled out by the same rule as the phrase it says another way.
    ...index.variants.flatMap(([text, phrase]): Needle[] => {
      const rule = byPhrase.get(phrase);
      return rule ? [{ ...rule, text }] : [];
    }),
    ...index.products.flatMap(([, title, sku], product): Needle[] => [
      { kind: "mention", text: title, phrase: title, product },
      { kind: "mention", text: sku, phrase: sku, product },
    ]),
  ];
  return {
    index,
    find: phraseFinder(needles, (needle) => needle.text),
    figures: approvedFigures(index, usable),
  };
}

/** Which products state each percentage in a claim that may still be used. */
function approvedFigures(index: DraftIndex, usable: ClaimUsable): Map<number, number[]> {
  const figures = new Map<number, number[]>();
  for (const [id, product, expires, ...values] of index.claimFigures) {
    if (!usable(index.products[product]![0], id, expires || undefined)) continue;
    for (const value of values) {
      const owners = figures.get(value) ?? [];
      if (!owners.includes(product))
        figures.set(
          value,
          [...owners, product].sort((a, b) => a - b),
        );
    }
  }
  return figures;
}

export type DraftFinding =
  | {
      kind: "phrase";
      start: number;
      end: number;
      /** A company-wide rule, which binds every product. */
      company?: ForbiddenPhrase;
      /** The products whose sheets rule the phrase out: those the draft is about first. */
      products: number[];
      /** The phrase as the sheets write it. */
      phrase: string;
    }
  | { kind: "figure"; start: number; end: number; written: string; value: number }
  | {
      kind: "offer";
      start: number;
      end: number;
      offer: Offer;
      /** The product the offer is judged for; undefined when the draft names none and none is chosen. */
      about?: OfferProduct;
    };

export interface DraftCheck {
  /** The draft as checked: the findings' offsets are into it. */
  text: string;
  /** The products the draft is about: the one chosen, then those it names by title or sku. */
  about: number[];
  findings: DraftFinding[];
}

/**
 * Everything out of bounds in a rep's draft. With a product chosen, only the rules of the products
 * the draft is about apply; with none, every product's rules do, credited to the products the draft
 * names before any other. Discount offers are reported as offers, never as unapproved figures.
 */
export function checkDraft(
  text: string,
  matcher: DraftMatcher,
  options: { chosen?: number } = {},
): DraftCheck {
  const matches = text.trim() === "" ? [] : matcher.find(text);
  const about: number[] = options.chosen === undefined ? [] : [options.chosen];
  for (const { rule } of matches) {
    if (rule.kind === "mention" && !about.includes(rule.product)) about.push(rule.product);
  }
  const scoped = options.chosen !== undefined;
  const aboutRank = (product: number) => {
    const rank = about.indexOf(product);
    return rank === -1 ? about.length : rank;
  };

  const phrases: DraftFinding[] = [];
  for (const { start, end, rule } of matches) {
    if (rule.kind === "mention") continue;
    if (rule.kind === "company") {
      phrases.push({
        kind: "phrase",
        start,
        end,
        company: rule.rule,
        products: [],
        phrase: rule.phrase,
      });
      continue;
    }
    const products = (scoped ? rule.products.filter((p) => about.includes(p)) : rule.products)
      .slice()
      .sort((a, b) => aboutRank(a) - aboutRank(b) || a - b);
    if (products.length > 0)
      phrases.push({ kind: "phrase", start, end, products, phrase: rule.phrase });
  }

  const offers = findOffers(text, matcher.index.currency);
  const mentions = matches.flatMap(({ start, end, rule }) =>
    rule.kind === "mention" ? [{ start, end, product: rule.product }] : [],
  );
  const inOffer = (start: number) =>
    offers.some((offer) => start >= offer.start && start < offer.end);
  // A figure is approved if a claim of a product the draft is about states it; a draft about no
  // product in particular is held to every product's claims.
  const stated = (value: number) => {
    const products = matcher.figures.get(value);
    return (
      products !== undefined && (about.length === 0 || products.some((p) => about.includes(p)))
    );
  };
  const figures: DraftFinding[] = findPercentages(text)
    .filter((figure) => !inOffer(figure.start) && !stated(figure.value))
    .map((figure) => ({ kind: "figure", ...figure }));

  const findings = [
    ...phrases,
    ...offers.map((offer): DraftFinding => {
      const product = offerProduct(text, offer, mentions, options.chosen);
      return {
        kind: "offer",
        start: offer.start,
        end: offer.end,
        offer,
        ...(product ? { about: product } : {}),
      };
    }),
    ...figures,
  ];
  return {
    text,
    about,
    findings: withoutOverlaps(findings.sort((a, b) => a.start - b.start || b.end - a.end)),
  };
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

/**
 * The approved percentages nearest to `value` that the products the draft is about state (or any
 * product, if it is about none), nearest first, with the products stating each: where to look for
 * wording instead.
 */
export function nearestFigures(
  matcher: DraftMatcher,
  value: number,
  check: DraftCheck,
): { value: number; products: number[] }[] {
  const candidates: { value: number; products: number[] }[] = [];
  const inAbout = check.about.length > 0;
  for (const [stated, products] of matcher.figures) {
    const inScope = inAbout ? products.filter((p) => check.about.includes(p)) : products;
    if (inScope.length > 0) candidates.push({ value: stated, products: inScope });
  }
  return candidates.sort(
    (a, b) => Math.abs(a.value - value) - Math.abs(b.value - value) || a.value - b.value,
  );
}
