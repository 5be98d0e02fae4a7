// What to say instead of each finding of the draft checker, for where the draft is going. Advice
// reads the sheets the finding concerns; a sheet not yet at hand is asked for (`needs`), so a page
// can fetch only the few sheets a draft touches.
import { reaches } from "../guardrails/audience.ts";
import { decideDeal, type DealDecision } from "../quoting/deal.ts";
import { nearestFigures, type DraftCheck, type DraftFinding, type DraftMatcher } from "./draft.ts";
import { DEFAULT_MONTHS, offerDeal } from "../quoting/offers.ts";
import { quoteSearch } from "../quoting/quote-address.ts";
import type { Channel, Claim, Product, PromiseBoundary } from "../schema/product.ts";
import { findPercentages } from "../text/figures.ts";
import { foldPhrase } from "../text/normalize.ts";
import { clauseAround, type Span } from "../text/sentences.ts";
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
  /**
   * Set when a draft is checked in a language this claim is not approved in: the claim is in the
   * source wording (src/core/translations/draft-language.ts).
   */
  notApprovedIn?: { title: string; source: string };
}

/**
 * Why no approved wording is offered: claims answer the same thing but none may be used where the
 * draft goes (`destination`); no claim of the sheet answers the promise topic (`topic`); the
 * draft's clause names none of the sheet's promise topics, so nothing is known to answer it (`unsaid`).
 */
type NoneFits = "destination" | "topic" | "unsaid";

/** The approved wording to use instead, or why there is none here and whom to ask. */
export type Instead =
  | { kind: "claim"; wording: Wording }
  | {
      kind: "none-fits";
      why: NoneFits;
      sheet: string;
      /** Who decides what may be said: the boundary's escalation, else the sheet's owner (a role id or an address). */
      owner: string;
      topic?: string;
    }
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
  /** The check of the draft the finding is in: the advice reads the clause around it. */
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
  if (finding.kind === "figure") return figureAdvice(finding, context);
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
    const about = context.check.about.map((product) => index.products[product]![0]);
    const instead = insteadOrTopic(finding.company.insteadSay, about, finding, context);
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
    const instead = insteadOrTopic(rule.insteadSay, [slug], finding, context, slug);
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
    // Given a promise, topicClaim always answers: a claim, or why none.
    instead: topicClaim({ slug, sheet }, [promise], context)!,
    others,
  };
}

/** Words of a topic ("Security and compliance") that say nothing of what it is about. */
const LINKING_WORDS = new Set(["and", "or", "of", "the", "for", "with", "to", "a", "an"]);

/** Text folded to its words, padded with spaces, so that ` word ` finds whole words only. */
const wordsOf = (text: string) => ` ${foldPhrase(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;

/** The words that say a topic: each of its words and their synonyms, without linking words. */
function topicWords(topic: string, context: AdviceContext): string[] {
  return topic
    .split(/\s+/)
    .flatMap((word) => alternativesOf(word, context.matcher.index.synonyms))
    .filter((word) => !LINKING_WORDS.has(word))
    .map((word) => ` ${foldPhrase(word)} `);
}

const speaks = (text: string, words: readonly string[]) => {
  const padded = wordsOf(text);
  return words.some((word) => padded.includes(word));
};

interface SheetAt {
  slug: string;
  sheet: Product;
}

/**
 * The sheet's first claim that answers one of `promises`' topics (in any word of its synonym group)
 * and fits the destination, those stating the figure nearest `value` first; if there is none, why,
 * naming the boundary's escalation. Undefined when `promises` is empty.
 */
function topicClaim(
  { slug, sheet }: SheetAt,
  promises: readonly PromiseBoundary[],
  context: AdviceContext,
  value?: number,
): Exclude<Instead, { kind: "none" }> | undefined {
  const [first] = promises;
  if (!first) return undefined;
  const words = promises.flatMap((promise) => topicWords(promise.topic, context));
  const distance = (claim: Claim) =>
    value === undefined
      ? 0
      : Math.min(
          Infinity,
          ...findPercentages(claim.text).map((figure) => Math.abs(figure.value - value)),
        );
  const answering = sheet.claims
    .filter((claim) => speaks(claim.text, words))
    .sort((a, b) => distance(a) - distance(b));
  const claim = answering.find((candidate) => claimFits(candidate, sheet, context.destination));
  if (claim) return { kind: "claim", wording: { claim, slug, sheet: sheet.title } };
  return {
    kind: "none-fits",
    why: answering.length === 0 ? "topic" : "destination",
    sheet: sheet.title,
    owner: first.escalate,
    topic: first.topic,
  };
}

/** The promises of the sheet whose topic the clause around the finding speaks of. */
function spokenPromises(sheet: Product, finding: Span, context: AdviceContext): PromiseBoundary[] {
  const { text } = context.check;
  const clause = clauseAround(text, finding.start, finding.end);
  const said = text.slice(clause.start, clause.end);
  return sheet.promises.filter((promise) => speaks(said, topicWords(promise.topic, context)));
}

/**
 * Wording that answers the same thing as the finding, from the first of `sheets` that has some: a
 * claim on a promise topic the finding's clause speaks of. Otherwise why not, on the first sheet
 * whose topic is spoken of, else on the first sheet, naming its owner.
 */
function sameTopic(
  sheets: readonly SheetAt[],
  finding: Span,
  context: AdviceContext,
  value?: number,
): Exclude<Instead, { kind: "none" }> | undefined {
  let missing: Exclude<Instead, { kind: "none" }> | undefined;
  for (const entry of sheets) {
    const found = topicClaim(entry, spokenPromises(entry.sheet, finding, context), context, value);
    if (found?.kind === "claim") return found;
    missing ??= found;
  }
  const [first] = sheets;
  if (missing || !first) return missing;
  return { kind: "none-fits", why: "unsaid", sheet: first.sheet.title, owner: first.sheet.owner };
}

/**
 * Marketing's chosen wording (`insteadSay`) where it may be used, else a claim of `slugs`' sheets on
 * the same promise topic; if neither, why the chosen wording does not fit, or why none answers.
 */
function insteadOrTopic(
  claimId: string | undefined,
  slugs: readonly string[],
  finding: Span,
  context: AdviceContext,
  /** The sheet of the rule: its claims are not listed in the index. */
  ruleSheet?: string,
): Instead | { needs: string[] } {
  const chosen = insteadOf(claimId, context, ruleSheet);
  if ("needs" in chosen || chosen.kind === "claim") return chosen;
  const loaded = sheetsOf(slugs, context);
  if ("needs" in loaded) return loaded;
  const sheets = loaded.sheets.map((sheet, at) => ({ slug: slugs[at]!, sheet }));
  const topical = sameTopic(sheets, finding, context);
  if (topical?.kind === "claim") return topical;
  if (chosen.kind === "none-fits") return chosen;
  return topical ?? chosen;
}

function insteadOf(
  claimId: string | undefined,
  context: AdviceContext,
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
  return { kind: "none-fits", why: "destination", sheet: sheet.title, owner: sheet.owner };
}

/** At most this many sheets are read for a figure in a draft that names no product. */
const FIGURE_SHEETS = 3;

/**
 * A claim on the promise topic the figure's clause speaks of, stating the nearest figure first:
 * never a claim with a nearer figure on another topic. The sheets are those the draft is about,
 * or, if it names none, those stating the figures nearest the draft's.
 */
function figureAdvice(
  finding: Extract<DraftFinding, { kind: "figure" }>,
  context: AdviceContext,
): FigureAdvice | { needs: string[] } {
  const { index } = context.matcher;
  const products =
    context.check.about.length > 0
      ? context.check.about
      : [
          ...new Set(
            nearestFigures(context.matcher, finding.value, context.check).flatMap(
              (figure) => figure.products,
            ),
          ),
        ].slice(0, FIGURE_SHEETS);
  const slugs = products.map((product) => index.products[product]![0]);
  const loaded = sheetsOf(slugs, context);
  if ("needs" in loaded) return loaded;
  const sheets = loaded.sheets.map((sheet, at) => ({ slug: slugs[at]!, sheet }));
  const instead = sameTopic(sheets, finding, context, finding.value) ?? { kind: "none" };
  // With no product named, words that name no topic leave no one in particular to ask.
  const unanswered =
    context.check.about.length === 0 && instead.kind === "none-fits" && instead.why === "unsaid";
  return { kind: "figure", instead: unanswered ? { kind: "none" } : instead };
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

/**
 * Replacing the clause that holds a finding (or its sentence, if that has one clause) with approved
 * wording: never a claim spliced into the middle of what the rep wrote.
 */
export interface Swap extends Span {
  unit: "clause" | "sentence";
  before: string;
  after: string;
}

export function suggestionSwap(text: string, finding: Span, wording: string): Swap {
  const clause = clauseAround(text, finding.start, finding.end);
  // A claim is written as a sentence: before another clause its closing stop would end the
  // sentence early, so only a last clause keeps it.
  const after = clause.last ? wording : wording.replace(/[.!?]+$/u, "");
  return {
    start: clause.start,
    end: clause.end,
    unit: clause.whole ? "sentence" : "clause",
    before: text.slice(clause.start, clause.end),
    after,
  };
}
