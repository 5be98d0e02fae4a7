import { applicablePhrases, type PhraseRule } from "../guardrails.ts";
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
import { pick, shuffled } from "./seeded.ts";

const DISTRACTORS = 3;

/** The product as the track's readers may see it: claims and promises narrowed by their audience. */
function scoped(product: Product, context: QuizContext): Product {
  return {
    ...product,
    claims: product.claims.filter((claim) =>
      visibleTo(claim.audience ?? product.audience, context.audience),
    ),
    promises: product.promises.filter((promise) =>
      visibleTo(promise.audience ?? product.audience, context.audience),
    ),
  };
}

/** "Which of these may you commit to about <topic>?": the promise's `may` among what it rules out. */
export function promiseQuestion(
  item: PromiseItem,
  product: Product,
  context: QuizContext,
  random: () => number,
): QuestionResult {
  const visible = scoped(product, context);
  const sameTopic = (topic: string) =>
    topic.trim().toLowerCase() === item.topic.trim().toLowerCase();
  const promise = visible.promises.find((candidate) => sameTopic(candidate.topic));
  if (!promise) return { error: unknownTopic(item, product, visible, sameTopic) };

  const own = shuffled(promise.mayNot, random).slice(0, DISTRACTORS);
  const needed = DISTRACTORS - own.length;
  const forbidden =
    needed > 0
      ? applicablePhrases(context.policy, [visible]).filter((rule) => rule.kind === "forbidden")
      : [];
  const extra = distinct(shuffled(forbidden, random), own).slice(0, needed);
  if (own.length + extra.length === 0) {
    return {
      error: {
        path: ["topic"],
        message: `the ${promise.topic} promise of ${product.title} rules nothing out, so there is nothing to ask`,
        hint: "Add the commitments that are out of bounds to its mayNot list, or ask about another topic.",
        rule: "quiz",
      },
    };
  }
  const answerText = promise.may;
  const options = shuffled(
    [
      answerText,
      ...own.map((phrase) => `Promise ${quote(phrase)}.`),
      ...extra.map((rule) => `Say ${quote(rule.phrase)}.`),
    ],
    random,
  );
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
        `Escalate anything beyond that to ${escalation}.${extra.map((rule) => ` ${outOfBounds(rule)}`).join("")}`,
      fingerprint: fingerprint({
        promise: {
          topic: promise.topic,
          may: promise.may,
          mayNot: promise.mayNot,
          escalate: promise.escalate,
        },
        forbidden: needed > 0 ? forbidden.map((rule) => rule.phrase) : undefined,
      }),
    },
  };
}

function unknownTopic(
  item: PromiseItem,
  product: Product,
  visible: Product,
  sameTopic: (topic: string) => boolean,
): QuizError {
  const topics = visible.promises.map((promise) => promise.topic);
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

/** "Which of these may you say about <product>?": an approved claim among forbidden and out-of-bounds phrases. */
export function claimQuestion(
  item: ClaimItem,
  product: Product,
  context: QuizContext,
  random: () => number,
): QuestionResult {
  const visible = scoped(product, context);
  let claim: Claim | undefined;
  if (item.claim !== undefined) {
    const problem = claimProblem(item.claim, product, visible, context);
    if (problem) return { error: problem };
    claim = visible.claims.find((candidate) => candidate.id === item.claim);
  } else {
    claim = pick(visible.claims, random);
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
  const rules = applicablePhrases(context.policy, [visible]);
  const own = rules.filter((rule) => rule.product !== undefined);
  const companyWide = rules.filter((rule) => rule.product === undefined);
  const pool = distinct(shuffled(own, random), []);
  const needed = DISTRACTORS - pool.length;
  const wrong = [
    ...pool,
    ...(needed > 0
      ? distinct(
          shuffled(companyWide, random),
          pool.map((rule) => rule.phrase),
        )
      : []),
  ].slice(0, DISTRACTORS);
  const answerText = quote(claim.text);
  const options = shuffled([answerText, ...wrong.map((rule) => quote(rule.phrase))], random);
  return {
    question: {
      kind: "claim",
      prompt: `Which of these may you say about ${product.title}?`,
      options,
      answer: options.indexOf(answerText),
      explain:
        `Only approved claims may be said as they stand; this one is ${claim.id}, backed by ${quote(claim.evidence.document)}.` +
        wrong.map((rule) => ` ${outOfBounds(rule)}`).join(""),
      fingerprint: fingerprint({
        claims: (item.claim !== undefined ? [claim] : visible.claims).map(({ id, text }) => ({
          id,
          text,
        })),
        phrases: own.map((rule) => rule.phrase),
        companyWide: needed > 0 ? companyWide.map((rule) => rule.phrase) : undefined,
      }),
    },
  };
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

/** Phrase rules whose wording differs from each other and from `taken`, however they are written. */
function distinct(rules: readonly PhraseRule[], taken: readonly string[]): PhraseRule[] {
  const seen = new Set(taken.map(foldPhrase));
  return rules.filter((rule) => {
    const key = foldPhrase(rule.phrase);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
