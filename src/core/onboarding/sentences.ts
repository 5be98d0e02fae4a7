/**
 * Wrong options written the way marketers write: full sentences around an out-of-bounds phrase, as
 * long as the right answer within a factor of two, so that neither the shape nor the length of an
 * option gives the answer away.
 */
import { shuffled } from "./seeded.ts";

/** An option may be at most this many times longer, or shorter, than the right answer. */
export const LENGTH_RATIO = 2;

export function lengthFits(option: string, answer: string): boolean {
  return (
    option.length <= answer.length * LENGTH_RATIO && option.length * LENGTH_RATIO >= answer.length
  );
}

/**
 * Sentences around a phrase: `{phrase}` stands where the phrase goes (capitalised when it opens the
 * sentence), `{ending}` where an optional clause lengthens it. The phrase always follows a colon or
 * a dash, or opens the sentence, so any wording reads, whether "zero downtime" or "we connect to anything".
 */
export interface SentenceShape {
  templates: readonly string[];
  endings: readonly string[];
}

/** Instructions, like a promise's `may`: "Commit to …", "Say that …". */
export const commitment = (product: string, topic: string): SentenceShape => ({
  templates: [
    `Reassure the customer on ${topic}: {phrase}{ending}.`,
    `Commit to this on ${topic}: {phrase}{ending}.`,
    `{phrase} — commit to it on ${topic}{ending}.`,
    `{phrase}: tell the prospect that ${product} stands behind it{ending}.`,
    `When ${topic} comes up, say it with confidence — {phrase}{ending}.`,
  ],
  endings: [
    "",
    ", and confirm it in the proposal",
    ", so the deal can close this quarter",
    `, as the ${product} team would`,
    ", even before the customer asks for it in writing",
  ],
});

/** Statements about a product, like an approved claim. */
export const statement = (product: string): SentenceShape => ({
  templates: [
    `Here is what sets ${product} apart: {phrase}{ending}.`,
    `{phrase} — that is what ${product} customers get{ending}.`,
    `${product} in one line: {phrase}{ending}.`,
    `{phrase}: ask any ${product} customer and you will hear it{ending}.`,
    `Our promise to every ${product} customer — {phrase}{ending}.`,
  ],
  endings: [
    "",
    ", backed by our own figures",
    ", in every contract we sign",
    ", from the very first day",
    ", whatever the size of the customer's team",
  ],
});

/** Whether a wrong option should be longer or shorter than the right answer, where it can. */
export type Side = "longer" | "shorter";

/**
 * A sentence around `phrase` whose length fits the answer, picked at random among those closest to
 * the answer's length, on `side` of it when one is; none when even the shortest or longest
 * sentence would not fit.
 */
export function sentenceAround(
  phrase: string,
  shape: SentenceShape,
  answer: string,
  random: () => number,
  side?: Side,
): string | undefined {
  const core = phrase.trim().replace(/[.!?;:,]+$/, "");
  const opening = core.charAt(0).toUpperCase() + core.slice(1);
  const candidates = shape.templates
    .flatMap((template) =>
      shape.endings.map((ending) =>
        template
          .replace("{phrase}", () => (template.startsWith("{phrase}") ? opening : core))
          .replace("{ending}", () => ending),
      ),
    )
    .filter((sentence) => lengthFits(sentence, answer));
  const onSide = candidates.filter((sentence) =>
    side === "longer" ? sentence.length > answer.length : sentence.length < answer.length,
  );
  const closest = shuffled(side && onSide.length > 0 ? onSide : candidates, random)
    .sort((a, b) => Math.abs(a.length - answer.length) - Math.abs(b.length - answer.length))
    .slice(0, 3);
  return closest[Math.floor(random() * closest.length)];
}
