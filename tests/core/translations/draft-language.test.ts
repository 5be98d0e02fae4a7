import { describe, expect, it } from "vitest";
import {
  adviseOn,
  DEFAULT_DESTINATION,
  type Advice,
} from "../../../src/core/draft-checker/draft-advice.ts";
import {
  checkDraft,
  compileDraftIndex,
  draftIndex,
} from "../../../src/core/draft-checker/draft.ts";
import type { Product } from "../../../src/core/schema/product.ts";
import { buildableTranslations } from "../../../src/core/translations/buildable.ts";
import {
  adviceInLanguage,
  draftLanguage,
  indexInLanguage,
} from "../../../src/core/translations/draft-language.ts";
import { offeredOn } from "../../../src/core/standing/withdrawals.ts";
import { ANALYTICS, AS_OF, caseLibrary, check, edit } from "../fixture-library.ts";

/** The German draft data of a build on `today`, from the approved German analytics translation. */
function german(files = caseLibrary("translation-approved-accepted"), today = AS_OF) {
  const { library, translations } = check(files, today);
  const offered = library!.sheets.map(({ slug, product }) => ({
    slug,
    product: offeredOn(product, today, undefined, (id) => `${slug}#${id}`),
  }));
  const locale = library!.policy.policy.locales[0]!;
  const language = draftLanguage(
    locale,
    buildableTranslations(library!, translations!, "internal"),
    offered,
    "en",
  );
  return { language, offered, policy: library!.policy.policy };
}

/** The advice on the first finding of `text`, checked in German. */
function adviceOn(text: string, files = caseLibrary("translation-approved-accepted")): Advice {
  const { language, offered, policy } = german(files);
  const matcher = compileDraftIndex(indexInLanguage(draftIndex(policy, offered), language));
  const check = checkDraft(text, matcher);
  const sheets = new Map<string, Product>(offered.map(({ slug, product }) => [slug, product]));
  const context = {
    matcher,
    check,
    destination: DEFAULT_DESTINATION,
    sheet: (slug: string) => sheets.get(slug),
  };
  const advice = adviseOn(check.findings[0]!, context);
  if ("needs" in advice) throw new Error("every sheet is at hand");
  return adviceInLanguage(advice, language);
}

describe("the draft checker in German", () => {
  it("flags a German forbidden phrase, and suggests the approved German claim", () => {
    const advice = adviceOn("Das Angebot ist völlig risikofrei.");

    expect(advice).toMatchObject({ kind: "forbidden", phrase: "risikofrei" });
    expect(advice.kind === "forbidden" && advice.instead).toMatchObject({
      kind: "claim",
      wording: {
        claim: {
          id: "analytics-trial",
          text: "Jedes Abonnement beginnt mit einer 30-tägigen Testphase.",
        },
      },
    });
  });

  it("suggests a stale claim in the source wording, noting it is not yet approved in German", () => {
    const files = edit(
      caseLibrary("translation-approved-accepted"),
      ANALYTICS,
      "evaluation.",
      "trial.",
    );
    const advice = adviceOn("Das Angebot ist völlig risikofrei.", files);

    expect(advice.kind === "forbidden" && advice.instead).toMatchObject({
      kind: "claim",
      wording: {
        claim: { id: "analytics-trial", text: "Every subscription starts with a 30-day trial." },
        notApprovedIn: { title: "Deutsch", source: "English" },
      },
    });
    expect(german(files).language.claims).not.toHaveProperty("analytics-trial");
  });

  it("still checks the source language's phrases", () => {
    expect(adviceOn("Real-time everything, guaranteed.")).toMatchObject({
      kind: "forbidden",
      phrase: "real-time everything",
    });
  });

  it("never carries the translation of an expired or withdrawn claim", () => {
    // analytics-uptime is approved through 2027-06-30.
    expect(german(undefined, "2027-06-30").language.claims).toHaveProperty("analytics-uptime");
    expect(german(undefined, "2027-07-01").language.claims).not.toHaveProperty("analytics-uptime");
    const withdrawn = edit(
      caseLibrary("translation-approved-accepted"),
      ANALYTICS,
      "  - id: analytics-trial\n",
      '  - id: analytics-trial\n    withdrawn: { on: "2026-11-30", reason: "Trials end." }\n',
    );
    expect(german(withdrawn).language.claims).not.toHaveProperty("analytics-trial");
  });
});
