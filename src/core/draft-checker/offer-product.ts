// Which product a discount offer in a draft is about: the nearest product named before it in its
// sentence, else in its paragraph, else the product the rep chose. A draft naming several products
// elsewhere is ambiguous: the first it names is assumed, and the rep is told so.
import { paragraphAround, sentenceAround, type Span } from "../text/sentences.ts";

/** A product named in the draft, where it is named. */
export interface Mention extends Span {
  product: number;
}

export interface OfferProduct {
  product: number;
  /** True when nothing near the offer names it: the rep should check the assumption. */
  assumed: boolean;
}

export function offerProduct(
  text: string,
  offer: Span,
  mentions: readonly Mention[],
  chosen: number | undefined,
): OfferProduct | undefined {
  const before = mentions.filter((mention) => mention.end <= offer.start);
  for (const reach of [sentenceAround, paragraphAround]) {
    const { start } = reach(text, offer.start, offer.end);
    const nearest = before.findLast((mention) => mention.start >= start);
    if (nearest) return { product: nearest.product, assumed: false };
  }
  if (chosen !== undefined) return { product: chosen, assumed: false };
  const named = [...new Set(mentions.map((mention) => mention.product))];
  if (named.length === 0) return undefined;
  return { product: named[0]!, assumed: named.length > 1 };
}
