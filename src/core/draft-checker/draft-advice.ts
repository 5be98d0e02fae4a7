// What to say instead of each finding of the draft checker, for where the draft is going. Advice
// reads the sheets the finding concerns; a sheet not yet at hand is asked for (`needs`), so a page
// can fetch only the few sheets a draft touches.
import { reaches } from "../guardrails/audience.ts";
import { decideDeal, type DealDecision } from "../quoting/deal.ts";
import { nearestFigures, type DraftCheck, type DraftFinding, type DraftMatcher } from "./draft.ts";
import { DEFAULT_MONTHS, offerDeal } from "../quoting/offers.ts";
import { quoteSearch } from "../quoting/quote-address.ts";
import type { Channel, Claim, Product } from "../schema/product.ts";
import { findPercentages } from "../text/figures.ts";
import { foldPhrase } from "../text/normalize.ts";
import { sentenceAround, type Span } from "../text/sentences.ts";
import { alternativesOf } from "../text/synonyms.ts";

export const READERS = ["customer", "partner"] as const;
type Reader = (typeof READERS)[number];

/** Where a draft goes: the channel, and who reads it. */
export interface Destination {
  channel: Channel;
  reader: Reader;
}

export const DEFAULT_DESTINATION: Destination = { channel: "email", reader: "customer" };

/** A claim may be used where its channels allow (all, if it lists none) and for a reader it reaches. */
function claimFits(claim: Claim, sheet: Product, destination: Destination): boolean {
  if (claim.channels !== undefined && !claim.channels.includes(destination.channel)) return false;
  return destination.reader !== "partner" || reaches(claim.audience ?? sheet.audience, "partner");
}

export interface Wording {
  claim: Claim;
  slug: string;
  sheet: string;
}

/** The approved wording to use instead, or why there is none here and whom to ask. */
export type Instead =
  | { kind: "claim"; wording: Wording }
  /** `topic`: no claim of the sheet answers the promise topic at all (else none fits the destination). */
  | { kind: "none-fits"; sheet: string; owner: string; topic?: string }
  | { kind: "none" };

export type PhraseAdvice =
  | {
      kind: "forbidden";
      phrase: string;
      why: string;
      /** The product whose sheet forbids it; undefined for a company-wide rule. */
      product?: string;
      instead: Instead;
      others: string[];
    }
  | {
      kind: "may-not";
      phrase: string;
      product: string;
      topic: string;
      may: string;
      escalate: string;
      /** An approved claim of the sheet on the same topic, to say instead. */
      instead: Exclude<Instead, { kind: "none" }>;
      others: string[];
    };

interface FigureAdvice {
  kind: "figure";
  instead: Instead;
}

export interface OfferAdvice {
  kind: "offer";
  months: number;
  /** Whether the draft names the term, or the default term was assumed. */
  monthsStated: boolean;
  /** The offer judged for the product it is about; none when the draft names no product. */
  verdict?: {
    slug: string;
    title: string;
    decision: DealDecision;
    /** Nothing near the offer names the product: the first the draft names was assumed. */
    assumed: boolean;
  };
  /** The deal checker's address query for this offer on that product. */
  search: string;
}

export type Advice = PhraseAdvice | FigureAdvice | OfferAdvice;

export interface AdviceContext {
  matcher: DraftMatcher;
  check: DraftCheck;
  destination: Destination;
  /** A sheet by slug, if it is at hand. */
  sheet(slug: string): Product | undefined;
}

/** The advice for one finding, or the sheets it needs first. */
export function adviseOn(
  finding: DraftFinding,
  context: AdviceContext,
): Advice | { needs: string[] } {
  if (finding.kind === "phrase") return phraseAdvice(finding, context);
  if (finding.kind === "figure") return figureAdvice(finding.value, context);
  return offerAdvice(finding, context);
}

type Sheets = { needs: string[] } | { sheets: Product[] };

function sheetsOf(slugs: readonly string[], context: AdviceContext): Sheets {
  const needs = slugs.filter((slug) => context.sheet(slug) === undefined);
  return needs.length > 0 ? { needs } : { sheets: slugs.map((slug) => context.sheet(slug)!) };
}

function phraseAdvice(
  finding: Extract<DraftFinding, { kind: "phrase" }>,
  context: AdviceContext,
): PhraseAdvice | { needs: string[] } {
  const { index } = context.matcher;
  if (finding.company) {
    const instead = insteadOf(finding.company.insteadSay, context);
    if ("needs" in instead) return instead;
    return {
      kind: "forbidden",
      phrase: finding.phrase,
      why: finding.company.why,
      instead,
      others: [],
    };
  }
  const [first, ...rest] = finding.products.map((product) => index.products[product]!);
  const slug = first![0];
  const loaded = sheetsOf([slug], context);
  if ("needs" in loaded) return loaded;
  const sheet = loaded.sheets[0]!;
  const others = rest.map(([, title]) => title);
  const folded = foldPhrase(finding.phrase);
  const rule = sheet.forbidden.find((candidate) => foldPhrase(candidate.phrase) === folded);
  if (rule) {
    const instead = insteadOf(rule.insteadSay, context, slug);
    if ("needs" in instead) return instead;
    return {
      kind: "forbidden",
      phrase: rule.phrase,
      why: rule.why,
      product: sheet.title,
      instead,
      others,
    };
  }
  const promise = sheet.promises.find((candidate) =>
    candidate.mayNot.some((phrase) => foldPhrase(phrase) === folded),
  )!;
  return {
    kind: "may-not",
    phrase: finding.phrase,
    product: sheet.title,
    topic: promise.topic,
    may: promise.may,
    escalate: promise.escalate,
    instead: topicClaim(sheet, slug, promise.topic, context),
    others,
  };
}

/** Words of a topic ("Security and compliance") that say nothing of what it is about. */
const LINKING_WORDS = new Set(["and", "or", "of", "the", "for", "with", "to", "a", "an"]);

/** The sheet's first claim that answers `topic` (in any word of its synonym group) and fits the destination. */
function topicClaim(
  sheet: Product,
  slug: string,
  topic: string,
  context: AdviceContext,
): Exclude<Instead, { kind: "none" }> {
  const words = topic
    .split(/\s+/)
    .flatMap((word) => alternativesOf(word, context.matcher.index.synonyms))
    .filter((word) => !LINKING_WORDS.has(word));
  const answering = sheet.claims.filter((claim) => {
    const text = ` ${foldPhrase(claim.text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
    return words.some((word) => text.includes(` ${foldPhrase(word)} `));
  });
  const claim = answering.find((candidate) => claimFits(candidate, sheet, context.destination));
  if (claim) return { kind: "claim", wording: { claim, slug, sheet: sheet.title } };
  return {
    kind: "none-fits",
    sheet: sheet.title,
    owner: sheet.owner,
    ...(answering.length === 0 ? { topic } : {}),
  };
}

function insteadOf(
  claimId: string | undefined,
  context: AdviceContext,
  /** The sheet of the rule: its claims are not listed in the index. */
  ruleSheet?: string,
): Instead | { needs: string[] } {
  if (claimId === undefined) return { kind: "none" };
  const slug = context.matcher.index.insteadSheets[claimId] ?? ruleSheet;
  if (slug === undefined) return { kind: "none" };
  const loaded = sheetsOf([slug], context);
  if ("needs" in loaded) return loaded;
  const sheet = loaded.sheets[0]!;
  const claim = sheet.claims.find((candidate) => candidate.id === claimId);
  if (claim && claimFits(claim, sheet, context.destination))
    return { kind: "claim", wording: { claim, slug, sheet: sheet.title } };
  return { kind: "none-fits", sheet: sheet.title, owner: sheet.owner };
}

/** The approved claim stating the figure nearest to `value`, among those that fit the destination. */
function figureAdvice(value: number, context: AdviceContext): FigureAdvice | { needs: string[] } {
  const [nearest] = nearestFigures(context.matcher, value, context.check);
  if (!nearest) return { kind: "figure", instead: { kind: "none" } };
  const slug = context.matcher.index.products[nearest.products[0]!]![0];
  const loaded = sheetsOf([slug], context);
  if ("needs" in loaded) return loaded;
  const sheet = loaded.sheets[0]!;
  const stating = sheet.claims.filter((claim) =>
    findPercentages(claim.text).some((figure) => figure.value === nearest.value),
  );
  const claim = stating.find((candidate) => claimFits(candidate, sheet, context.destination));
  return {
    kind: "figure",
    instead: claim
      ? { kind: "claim", wording: { claim, slug, sheet: sheet.title } }
      : { kind: "none-fits", sheet: sheet.title, owner: sheet.owner },
  };
}

/** The offer checked with decideDeal for the one product it is about, for one unit. */
function offerAdvice(
  finding: Extract<DraftFinding, { kind: "offer" }>,
  context: AdviceContext,
): OfferAdvice | { needs: string[] } {
  const { index } = context.matcher;
  const { offer, about } = finding;
  const months = offer.months ?? DEFAULT_MONTHS;
  const advice = { kind: "offer", months, monthsStated: offer.months !== undefined } as const;
  if (!about) return { ...advice, search: quoteSearch({ months: String(months), lines: [] }) };
  const slug = index.products[about.product]![0];
  const loaded = sheetsOf([slug], context);
  if ("needs" in loaded) return loaded;
  const sheet = loaded.sheets[0]!;
  const policy = { roles: index.roles, currency: index.currency };
  const decision = decideDeal(policy, sheet, offerDeal(offer, sheet.pricing.listPrice));
  const search = quoteSearch({
    months: String(months),
    lines: [
      {
        slug,
        quantity: "1",
        mode: offer.amountOff !== undefined ? "price" : "percent",
        amount:
          offer.amountOff !== undefined
            ? String(Math.round((sheet.pricing.listPrice - offer.amountOff) * 100) / 100)
            : String(offer.percent),
      },
    ],
  });
  return {
    ...advice,
    verdict: { slug, title: sheet.title, decision, assumed: about.assumed },
    search,
  };
}

/** Replacing a finding's whole sentence with approved wording: never a claim spliced into a sentence. */
export interface SentenceSwap extends Span {
  before: string;
  after: string;
}

export function sentenceSwap(text: string, finding: Span, wording: string): SentenceSwap {
  const sentence = sentenceAround(text, finding.start, finding.end);
  return { ...sentence, before: text.slice(sentence.start, sentence.end), after: wording };
}
