import { applicablePhrases, type PhraseRule } from "../guardrails/guardrails.ts";
import type { Problem } from "../problem.ts";
import type { Policy } from "../schema/policy.ts";
import type { Product } from "../schema/product.ts";
import type { SpokenText } from "../guardrails/spoken.ts";
import { bidiControlAt, showInvisible } from "../text/normalize.ts";
import { phraseFinder, type PhraseMatch } from "../text/phrases.ts";

/**
 * No text a rep may say holds a forbidden phrase (company-wide or of the products it is about) or a
 * promise's may-not phrase, as the reader sees it, in whatever field or talk track it is written.
 */
export function checkWording(
  texts: readonly SpokenText[],
  policy: Pick<Policy, "forbidden">,
): Problem[] {
  const problems: Problem[] = [];
  // Texts of one sheet share their products: their phrases are gathered and folded once.
  const finders = new Map<readonly Product[], (text: string) => PhraseMatch<PhraseRule>[]>();
  for (const spoken of texts) {
    let find = finders.get(spoken.products);
    if (!find) {
      find = phraseFinder(applicablePhrases(policy, spoken.products), (rule) => rule.phrase);
      finders.set(spoken.products, find);
    }
    const bidi = bidiControlAt(spoken.text);
    if (bidi !== -1) {
      const code = spoken.text.codePointAt(bidi)!.toString(16).toUpperCase();
      problems.push({
        severity: "error",
        file: spoken.file,
        ...spoken.at(bidi),
        field: spoken.field,
        message: `holds a bidirectional control (U+${code}) that reorders what is displayed: a reader may see other words than those written`,
        hint: "Remove it, and write the text in the order it is to be read.",
        rule: "bidi-control",
      });
    }
    for (const match of find(spoken.text)) {
      const { rule } = match;
      const written = showInvisible(spoken.text.slice(match.start, match.end).replace(/\s+/g, " "));
      problems.push({
        severity: "error",
        file: spoken.file,
        ...spoken.at(match.start),
        field: spoken.field,
        message: `"${written}" ${rule.kind === "forbidden" ? "is a forbidden phrase" : `is out of bounds (${rule.topic})`}: ${rule.why}`,
        hint: hintFor(spoken, rule.insteadSay),
        rule: rule.kind === "forbidden" ? "forbidden-phrase" : "may-not-phrase",
      });
    }
  }
  return problems;
}

function hintFor(spoken: SpokenText, insteadSay: string | undefined): string {
  if (spoken.talkTrack === "an onboarding step")
    return "Quote it inside <DontSay>…</DontSay> if the step teaches not to say it; otherwise rephrase it.";
  if (spoken.talkTrack === "a product sheet")
    return insteadSay
      ? `Say instead: <Claim id="${insteadSay}"/>, or quote it inside <DontSay>…</DontSay>.`
      : "Rephrase it, or quote it inside <DontSay>…</DontSay> if the talk track warns against it.";
  const instead = insteadSay ? `, e.g. with the approved wording of claim ${insteadSay}` : "";
  return `Rephrase it${instead}: reps read this field as something they may say.`;
}
