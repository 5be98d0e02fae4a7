/**
 * The draft checker in another language: that language's forbidden phrases on top of the source's,
 * and suggestions in its approved wording. A claim not approved in the language (stale, missing,
 * never translated) is suggested in the source wording with a note, never in a stale translation.
 */
import type { Advice, Instead } from "../draft-checker/draft-advice.ts";
import type { DraftIndex } from "../draft-checker/draft.ts";
import type { ForbiddenPhrase } from "../schema/common.ts";
import type { Locale } from "../schema/policy.ts";
import type { Product } from "../schema/product.ts";
import { approvedClaimTexts, type BuildableTranslation } from "./buildable.ts";

/** /draft-languages/<code>.json: what the draft checker adds for one language. */
export interface DraftLanguage {
  code: string;
  title: string;
  /** The source language's name in English ("English"), for the note on untranslated wording. */
  sourceTitle: string;
  /** policy.yaml's `forbidden` of the locale. */
  forbidden: ForbiddenPhrase[];
  /** The sheet each of those rules' `insteadSay` claims is on. */
  insteadSheets: Record<string, string>;
  /** The approved translated text of each claim this build offers, by claim id. */
  claims: Record<string, string>;
}

/**
 * One language's draft data for a build: `offered` are the build's sheets as the checkers offer
 * them (audience-scoped, without withdrawn or expired claims), so a claim that may not be offered
 * has no translation here either.
 */
export function draftLanguage(
  locale: Locale,
  buildable: readonly BuildableTranslation[],
  offered: readonly { slug: string; product: Product }[],
  sourceLanguage: string,
): DraftLanguage {
  const claimSheets = new Map(
    offered.flatMap(({ slug, product }) => product.claims.map((claim) => [claim.id, slug])),
  );
  const approved = approvedClaimTexts(buildable, locale.code);
  return {
    code: locale.code,
    title: locale.title,
    sourceTitle:
      new Intl.DisplayNames(["en"], { type: "language" }).of(sourceLanguage) ?? sourceLanguage,
    forbidden: locale.forbidden,
    insteadSheets: Object.fromEntries(
      locale.forbidden.flatMap(({ insteadSay }) => {
        const slug = insteadSay === undefined ? undefined : claimSheets.get(insteadSay);
        return slug === undefined ? [] : [[insteadSay!, slug]];
      }),
    ),
    claims: Object.fromEntries([...approved].filter(([id]) => claimSheets.has(id))),
  };
}

/** The source index with the language's forbidden phrases checked too, as company-wide rules. */
export function indexInLanguage(index: DraftIndex, language: DraftLanguage): DraftIndex {
  return {
    ...index,
    forbidden: [...index.forbidden, ...language.forbidden],
    insteadSheets: { ...index.insteadSheets, ...language.insteadSheets },
  };
}

/** The advice with each suggested claim in the language's approved wording, or noted as not approved. */
export function adviceInLanguage(advice: Advice, language: DraftLanguage): Advice {
  if (advice.kind === "offer") return advice;
  return { ...advice, instead: insteadInLanguage(advice.instead, language) } as Advice;
}

function insteadInLanguage<I extends Instead>(instead: I, language: DraftLanguage): I {
  if (instead.kind !== "claim") return instead;
  const { wording } = instead;
  const text = language.claims[wording.claim.id];
  return {
    ...instead,
    wording:
      text === undefined
        ? { ...wording, notApprovedIn: { title: language.title, source: language.sourceTitle } }
        : { ...wording, claim: { ...wording.claim, text } },
  };
}
