import { applicablePhrases, type PhraseRule } from "../guardrails/guardrails.ts";
import type { Claim, Product } from "../schema/product.ts";
import { foldPhrase } from "../text/normalize.ts";
import { fingerprint } from "./fingerprint.ts";
import {
  quote,
  visibleTo,
  type QuestionResult,
  type QuizContext,
  type QuizError,
} from "./question.ts";
import { didYouMean } from "../text/nearest.ts";
import type { ClaimItem, PromiseItem } from "./schema.ts";
import { nudgedFigure } from "./figures.ts";
import { shuffled, type Attempt } from "./seeded.ts";
import {
  commitment,
  LENGTH_RATIO,
  lengthFits,
  sentenceAround,
  statement,
  type SentenceShape,
  type Side,
} from "./sentences.ts";

const DISTRACTORS = 3;

/**
 * The product as the track's readers may be taught it: claims and promises narrowed by their
 * audience, withdrawn ones left out.
 */
function scoped(product: Product, context: QuizContext): Product {
  return {
    ...product,
    claims: product.claims.filter(
      (claim) =>
        !claim.withdrawn && visibleTo(claim.audience ?? product.audience, context.audience),
    ),
    promises: product.promises.filter(
      (promise) =>
        !promise.withdrawn && visibleTo(promise.audience ?? product.audience, context.audience),
    ),
  };
}

/** The claims still approved on the build's day, which a question may pick or borrow. */
function taught(product: Product, context: QuizContext): Claim[] {
  return product.claims.filter(
    (claim) => claim.expires === undefined || claim.expires >= context.asOf,
  );
}

function withdrawnItem(
  field: "claim" | "topic",
  what: string,
  withdrawn: { on: string },
  hint: string,
): QuizError {
  return {
    path: [field],
    message: `${what} was withdrawn on ${withdrawn.on}: it may not be taught`,
    hint,
    rule: "withdrawn-reference",
  };
}

/** Another sheet's boundary or claim, offered as a wrong option. */
interface Borrowed {
  text: string;
  from: string;
}

/** The right answer with one figure misremembered. */
interface Misremembered {
  figure: string;
}

type Entry = PhraseRule | Borrowed | Misremembered;

/** A wrong option and what it was made of. */
interface Wrong {
  entry: Entry;
  sentence: string;
}

/**
 * "Which of these may you commit to about <topic>?": the promise's `may` among sentences that
 * commit to what it rules out, to what other products rule out on the topic, or use a forbidden phrase.
 */
export function promiseQuestion(
  item: PromiseItem,
  product: Product,
  context: QuizContext,
  attempt: Attempt,
): QuestionResult {
  const visible = scoped(product, context);
  const sameTopic = (topic: string) =>
    topic.trim().toLowerCase() === item.topic.trim().toLowerCase();
  const promise = visible.promises.find((candidate) => sameTopic(candidate.topic));
  if (!promise) return { error: unknownTopic(item, product, visible, sameTopic) };

  const answerText = promise.may;
  const rules = applicablePhrases(context.policy, [{ ...visible, promises: [promise] }]);
  const own = rules.filter((rule) => rule.kind === "may-not");
  const forbidden = rules.filter((rule) => rule.kind === "forbidden");
  // A figure one product rules out may be what another promises (99.99% uptime), so only
  // other products' phrases without a figure ("zero downtime") are out of bounds for any product.
  const elsewhere = applicablePhrases(
    { forbidden: [] },
    otherProducts(item.product, context).map((other) => ({
      ...other,
      forbidden: [],
      promises: other.promises.filter((candidate) => sameTopic(candidate.topic)),
    })),
  ).filter((rule) => !/\d/.test(rule.phrase));
  const shape = commitment(product.title, promise.topic);
  const retold = borrowed(item.product, product, context, (other) =>
    other.promises.filter((candidate) => sameTopic(candidate.topic)).map((entry) => entry.may),
  ).filter((entry) => foldPhrase(entry.text) !== foldPhrase(answerText));
  // Just past the boundary first, then the answer misremembered, then other products' wording;
  // a forbidden word only when the sheet gives nothing else.
  const wrong = wrongOptions(
    [own, misremembered(answerText, attempt), retold, elsewhere, forbidden],
    shape,
    answerText,
    attempt,
  );
  if (wrong.length === 0) return { error: nothingToAsk(product, promise.topic, own) };
  const options = shuffled([answerText, ...wrong.map((option) => option.sentence)], attempt.random);
  const escalation =
    context.policy.roles.find((role) => role.id === promise.escalate)?.title ?? promise.escalate;
  return {
    question: {
      kind: "promise",
      prompt: `A prospect asks what ${product.title} can promise on ${promise.topic}. Which of these may you commit to?`,
      options,
      answer: options.indexOf(answerText),
      explain:
        `On ${promise.topic}, you may: ${promise.may} Out of bounds: ${promise.mayNot.map(quote).join(", ") || "nothing listed"}. ` +
        `Escalate anything beyond that to ${escalation}.` +
        explainWrong(
          wrong.filter((option) => !own.includes(option.entry as PhraseRule)),
          product,
        ),
      fingerprint: fingerprint({
        promise: {
          topic: promise.topic,
          may: promise.may,
          mayNot: promise.mayNot,
          escalate: promise.escalate,
        },
        forbidden: forbidden.map((rule) => rule.phrase),
      }),
      source: {
        product: item.product,
        title: product.title,
        kind: "promise",
        topic: promise.topic,
      },
    },
  };
}

function nothingToAsk(product: Product, topic: string, own: readonly PhraseRule[]): QuizError {
  return own.length === 0
    ? {
        path: ["topic"],
        message: `the ${topic} promise of ${product.title} rules nothing out, so there is nothing to ask`,
        hint: "Add the commitments that are out of bounds to its mayNot list, or ask about another topic.",
        rule: "quiz",
      }
    : {
        path: ["topic"],
        message: `the ${topic} promise of ${product.title} is too short or too long to ask about: no wrong option could be within ${LENGTH_RATIO}× its length`,
        hint: "Write what may be promised as one full sentence a rep can follow, or ask about another topic.",
        rule: "quiz",
      };
}

function unknownTopic(
  item: PromiseItem,
  product: Product,
  visible: Product,
  sameTopic: (topic: string) => boolean,
): QuizError {
  const topics = visible.promises.map((promise) => promise.topic);
  const withdrawn = product.promises.find((promise) => sameTopic(promise.topic))?.withdrawn;
  if (withdrawn) {
    return withdrawnItem(
      "topic",
      `the ${item.topic} promise of ${product.title}`,
      withdrawn,
      topics.length > 0 ? `Ask about one of: ${topics.join(", ")}.` : "Ask about another product.",
    );
  }
  if (product.promises.some((promise) => sameTopic(promise.topic))) {
    return {
      path: ["topic"],
      message: `the ${item.topic} promise of ${product.title} is not for every reader of this track (its audience is narrower)`,
      hint:
        topics.length > 0
          ? `Ask about one of: ${topics.join(", ")}.`
          : "Ask about another product, or narrow the track's audience.",
      rule: "audience",
    };
  }
  return {
    path: ["topic"],
    message: `${product.title} has no promise on "${item.topic}"`,
    hint:
      topics.length === 0
        ? `${product.title} has no promises: ask about a claim instead.`
        : `${didYouMean(item.topic, topics)}Its topics are: ${topics.join(", ")}.`,
    rule: "unknown-topic",
  };
}

/**
 * "Which of these may you say about <product>?": an approved claim among statements that use the
 * sheet's ruled-out or forbidden phrases, and other products' claims retold about this one.
 */
export function claimQuestion(
  item: ClaimItem,
  product: Product,
  context: QuizContext,
  attempt: Attempt,
): QuestionResult {
  const visible = scoped(product, context);
  // Once every claim has expired, the question is still made (as for one naming an expired claim):
  // a date that passes must not stop the daily build, and a device hides it from that date on.
  const inForce = taught(visible, context);
  const pool = inForce.length > 0 ? inForce : visible.claims;
  let claim: Claim | undefined;
  if (item.claim !== undefined) {
    const problem = claimProblem(item.claim, product, visible, context);
    if (problem) return { error: problem };
    claim = visible.claims.find((candidate) => candidate.id === item.claim);
  } else {
    claim = attempt.nth(pool);
  }
  if (!claim) {
    return {
      error: {
        path: ["product"],
        message: `${product.title} has no approved claim that every reader of this track may see`,
        hint: "Add an approved claim to the product sheet, or ask about another product.",
        rule: "quiz",
      },
    };
  }
  const answerText = claim.text;
  const rules = applicablePhrases(context.policy, [visible]);
  const own = rules.filter((rule) => rule.product !== undefined);
  const companyWide = rules.filter((rule) => rule.product === undefined);
  const shape = statement(product.title);
  const ownTexts = new Set(product.claims.map((candidate) => foldPhrase(candidate.text)));
  const retold = borrowed(item.product, product, context, (other) =>
    taught(other, context).map((candidate) => candidate.text),
  ).filter((entry) => !ownTexts.has(foldPhrase(entry.text)));
  // Another product's claim or this one's figure misremembered first, as a careless rep would
  // say them; then the sheet's boundaries, and company-wide forbidden words last.
  const wrong = wrongOptions(
    [
      retold,
      misremembered(answerText, attempt).filter((entry) => !ownTexts.has(foldPhrase(entry.figure))),
      own,
      companyWide,
    ],
    shape,
    answerText,
    attempt,
  );
  if (wrong.length === 0) {
    return {
      error: {
        path: ["claim"],
        message: `claim "${claim.id}" is too short or too long to ask about: no wrong option could be within ${LENGTH_RATIO}× its length`,
        hint: "Ask about another claim, or add forbidden phrases the wrong options can be made of.",
        rule: "quiz",
      },
    };
  }
  const options = shuffled([answerText, ...wrong.map((option) => option.sentence)], attempt.random);
  return {
    question: {
      kind: "claim",
      prompt: `Which of these may you say about ${product.title}?`,
      options,
      answer: options.indexOf(answerText),
      explain:
        `Only approved claims may be said as they stand; this one is on the ${product.title} sheet word for word, backed by ${quote(claim.evidence.document)}.` +
        explainWrong(wrong, product),
      fingerprint: fingerprint({
        claims: (item.claim !== undefined ? [claim] : pool).map(({ id, text }) => ({
          id,
          text,
        })),
        phrases: own.map((rule) => rule.phrase),
        companyWide: companyWide.map((rule) => rule.phrase),
      }),
      source: { product: item.product, title: product.title, kind: "claim", claim: claim.id },
    },
  };
}

/** The readers' other products, as they may see them. */
function otherProducts(slug: string, context: QuizContext): Product[] {
  return [...context.products]
    .filter(([other, product]) => other !== slug && visibleTo(product.audience, context.audience))
    .map(([, product]) => scoped(product, context));
}

/**
 * Other products' claims or boundaries that name their product, retold about this one: the same
 * shape as the right answer, and not it.
 */
function borrowed(
  slug: string,
  product: Product,
  context: QuizContext,
  texts: (other: Product) => string[],
): Borrowed[] {
  return otherProducts(slug, context).flatMap((other) =>
    texts(other)
      .filter((text) => text.includes(other.title))
      .map((text) => ({ text: text.replaceAll(other.title, product.title), from: other.title })),
  );
}

/** The answer with a figure nudged, when it has one: at most one per question. */
function misremembered(answer: string, attempt: Attempt): Misremembered[] {
  const figure = nudgedFigure(answer, attempt.random);
  return figure === undefined || foldPhrase(figure) === foldPhrase(answer) ? [] : [{ figure }];
}

const wordingOf = (entry: Entry): string =>
  "phrase" in entry ? entry.phrase : "text" in entry ? entry.text : entry.figure;

/**
 * Up to three wrong options from `pools`, in turn, then their lengths balanced: how many are longer
 * than the answer is drawn at random for each question, so that the right option is the longest,
 * or the shortest, about as often as any other (within what fixed wordings allow).
 */
function wrongOptions(
  pools: readonly (readonly Entry[])[],
  shape: SentenceShape,
  answer: string,
  attempt: Attempt,
): Wrong[] {
  const make = (entry: Entry, side?: Side) =>
    wrongOption(entry, shape, answer, attempt.random, side);
  const wrong = roundRobin(
    pools.map((pool) => shuffled(pool, attempt.random)),
    wordingOf,
    make,
  );
  const flexible = wrong.filter((option) => "phrase" in option.entry);
  const fixedLonger = wrong.filter(
    (option) => !("phrase" in option.entry) && option.sentence.length > answer.length,
  ).length;
  const wanted = Math.floor(attempt.random() * (wrong.length + 1));
  let longer = Math.min(flexible.length, Math.max(0, wanted - fixedLonger));
  return wrong.map((option) => {
    if (!("phrase" in option.entry)) return option;
    const side: Side = longer-- > 0 ? "longer" : "shorter";
    return make(option.entry, side) ?? option;
  });
}

/** A phrase put into a sentence, or a fixed wording as it stands, if it fits the answer's length. */
function wrongOption(
  entry: Entry,
  shape: SentenceShape,
  answer: string,
  random: () => number,
  side?: Side,
): Wrong | undefined {
  if (!("phrase" in entry)) {
    const sentence = wordingOf(entry);
    return lengthFits(sentence, answer) ? { entry, sentence } : undefined;
  }
  const sentence = sentenceAround(entry.phrase, shape, answer, random, side);
  return sentence === undefined ? undefined : { entry, sentence };
}

/**
 * Up to three wrong options, taking from each pool in turn so that a question mixes its kinds,
 * leaving out repeated wording and whatever `make` cannot fit to the answer's length.
 */
function roundRobin<T, W>(
  pools: readonly (readonly T[])[],
  wording: (entry: T) => string,
  make: (entry: T) => W | undefined,
): W[] {
  const queues = pools.map((pool) => [...pool]);
  const seen = new Set<string>();
  const made: W[] = [];
  while (made.length < DISTRACTORS && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      if (made.length === DISTRACTORS) break;
      let entry = queue.shift();
      while (entry !== undefined) {
        const key = foldPhrase(wording(entry));
        const option = seen.has(key) ? undefined : make(entry);
        if (option !== undefined) {
          seen.add(key);
          made.push(option);
          break;
        }
        entry = queue.shift();
      }
    }
  }
  return made;
}

function explainWrong(wrong: readonly Wrong[], product: Product): string {
  return wrong
    .map(({ entry, sentence }) =>
      "phrase" in entry
        ? ` ${outOfBounds(entry)}`
        : "from" in entry
          ? ` ${quote(sentence)} borrows the approved wording of ${entry.from}; it is not approved for ${product.title}.`
          : ` ${quote(sentence)} gets a figure wrong: only the approved wording may be said.`,
    )
    .join("");
}

function claimProblem(
  id: string,
  product: Product,
  visible: Product,
  context: QuizContext,
): QuizError | undefined {
  const ids = visible.claims.map((claim) => claim.id);
  const hint =
    ids.length > 0
      ? `Use one of the claims of ${product.title}: ${ids.join(", ")}.`
      : `${product.title} has no claim this track may use.`;
  if (visible.claims.some((claim) => claim.id === id)) return undefined;
  const withdrawn = product.claims.find((claim) => claim.id === id)?.withdrawn;
  if (withdrawn) return withdrawnItem("claim", `claim "${id}"`, withdrawn, hint);
  if (product.claims.some((claim) => claim.id === id)) {
    return {
      path: ["claim"],
      message: `claim "${id}" is not for every reader of this track (its audience is narrower)`,
      hint,
      rule: "audience",
    };
  }
  const owner = [...context.products.values()].find((other) =>
    other.claims.some((claim) => claim.id === id),
  );
  return {
    path: ["claim"],
    message: owner
      ? `claim "${id}" belongs to ${owner.title}, not ${product.title}`
      : `unknown claim id "${id}"`,
    hint: owner ? hint : `${didYouMean(id, ids)}${hint}`,
    rule: "unknown-claim",
  };
}

function outOfBounds(rule: PhraseRule): string {
  return rule.kind === "forbidden"
    ? `${quote(rule.phrase)} is forbidden: ${rule.why}`
    : `${quote(rule.phrase)} goes beyond what may be promised on ${rule.topic}.`;
}
