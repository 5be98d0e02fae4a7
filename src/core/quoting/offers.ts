// Discount offers written in a draft ("18% off", "a 20% discount", "€30 off per seat", with an
// optional "24-month" term): recognised so that they are checked against the ladder, not reported
// as percentages no claim states.
import type { DealInput } from "./deal.ts";
import { sentenceAround } from "../text/sentences.ts";

export interface Offer {
  /** Offsets in the draft: `text.slice(start, end)` is the offer as written. */
  start: number;
  end: number;
  written: string;
  /** Either a discount in percent or an amount off the unit price, in the policy currency. */
  percent?: number;
  amountOff?: number;
  /** The term the sentence names ("24-month", "for 36 months"), if it names one. */
  months?: number;
}

/** The term a deal is checked for when the draft names none: the deal checker's default too. */
export const DEFAULT_MONTHS = 12;

const NUMBER = String.raw`\d{1,3}(?:[.,]\d+)?`;
const PERCENT = String.raw`(${NUMBER})\s?(?:%|percent\b|per cent\b)`;
const PERCENT_OFFERS = [
  new RegExp(String.raw`(?<![\d.,])${PERCENT}\s+(?:off\b|discount\b)`, "giu"),
  new RegExp(String.raw`\bdiscount\s+of\s+${PERCENT}`, "giu"),
];
const AMOUNT = String.raw`(\d{1,7}(?:[.,]\d{1,2})?)`;
const TERM = /\b(\d{1,3})[-\s\u2011]?months?\b/iu;

const SYMBOLS: Record<string, string> = { "€": "EUR", $: "USD", "£": "GBP", "¥": "JPY" };

function amountOffers(currency: string): RegExp {
  const marks = [currency, ...Object.keys(SYMBOLS).filter((symbol) => SYMBOLS[symbol] === currency)]
    .map((mark) => mark.replace(/[$]/g, "\\$"))
    .join("|");
  return new RegExp(
    String.raw`(?:(?:${marks})\s?${AMOUNT}|(?<![\d.,])${AMOUNT}\s?(?:${marks}))\s+off\b(?:\s+(?:per|a|each)\s+[\p{L}-]+)?`,
    "gu",
  );
}

const toNumber = (written: string) => Number(written.replace(",", "."));

/** Every discount offer in `text`, in order; amounts only in the policy currency, the one prices are in. */
export function findOffers(text: string, currency: string): Offer[] {
  const offers: Offer[] = [];
  for (const pattern of PERCENT_OFFERS) {
    for (const match of text.matchAll(pattern)) {
      offers.push(offer(text, match, { percent: toNumber(match[1]!) }));
    }
  }
  for (const match of text.matchAll(amountOffers(currency))) {
    offers.push(offer(text, match, { amountOff: toNumber(match[1] ?? match[2]!) }));
  }
  return offers
    .sort((a, b) => a.start - b.start)
    .filter((candidate, index, all) => index === 0 || candidate.start >= all[index - 1]!.end);
}

function offer(
  text: string,
  match: RegExpMatchArray,
  amount: Pick<Offer, "percent" | "amountOff">,
): Offer {
  const start = match.index!;
  const end = start + match[0].length;
  // A term belongs to the offer when it is in the same sentence.
  const sentence = sentenceAround(text, start, end);
  const term = TERM.exec(text.slice(sentence.start, sentence.end));
  return {
    start,
    end,
    written: match[0],
    ...amount,
    ...(term ? { months: Number(term[1]) } : {}),
  };
}

/** The deal an offer stands for, for one unit of a product at `listPrice`. */
export function offerDeal(offer: Offer, listPrice: number): DealInput {
  return {
    months: offer.months ?? DEFAULT_MONTHS,
    quantity: 1,
    ...(offer.amountOff !== undefined
      ? { targetPrice: listPrice - offer.amountOff }
      : { discountPercent: offer.percent }),
  };
}
