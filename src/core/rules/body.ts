import { applicablePhrases } from "../guardrails.ts";
import type { Library } from "../library.ts";
import { bodyPosition } from "../library.ts";
import type { Problem } from "../problem.ts";
import { unstatedPercentages } from "../text/figures.ts";
import { dontSayBlocks, isInside, unsafeConstructs } from "../text/mdx.ts";
import { showInvisible } from "../text/normalize.ts";
import { findPhrases } from "../text/phrases.ts";

/** The talk track must not say what nobody may say, nor run code. */
export function checkBodies(library: Library): Problem[] {
  return library.sheets.flatMap((sheet) => {
    const problems: Problem[] = [];
    const at = (offset: number) => ({
      file: sheet.file,
      ...bodyPosition(sheet, offset),
      field: "",
    });
    const quoted = dontSayBlocks(sheet.body);

    for (const match of findPhrases(
      sheet.body,
      applicablePhrases(library.policy.policy, [sheet.product]),
      (rule) => rule.phrase,
    )) {
      if (isInside(quoted, match.start)) continue;
      const written = showInvisible(sheet.body.slice(match.start, match.end).replace(/\s+/g, " "));
      problems.push({
        severity: "error",
        ...at(match.start),
        message: `"${written}" ${match.rule.kind === "forbidden" ? "is a forbidden phrase" : `is out of bounds (${match.rule.topic})`}: ${match.rule.why}`,
        hint: match.rule.insteadSay
          ? `Say instead: <Claim id="${match.rule.insteadSay}"/>, or quote it inside <DontSay>…</DontSay>.`
          : "Rephrase it, or quote it inside <DontSay>…</DontSay> if the talk track warns against it.",
        rule: match.rule.kind === "forbidden" ? "forbidden-phrase" : "may-not-phrase",
      });
    }

    const claimTexts = sheet.product.claims.map((claim) => claim.text);
    for (const figure of unstatedPercentages(sheet.body, claimTexts)) {
      if (isInside(quoted, figure.start)) continue;
      problems.push({
        severity: "warning",
        ...at(figure.start),
        message: `"${figure.written}" is not stated by any approved claim of this sheet`,
        hint: "Use <Claim id=…/> for figures, or add the figure to an approved claim with its evidence.",
        rule: "unstated-figure",
      });
    }

    for (const construct of unsafeConstructs(sheet.body)) {
      problems.push({
        severity: "error",
        ...at(construct.start),
        message: construct.message,
        hint: construct.hint,
        rule: "mdx-safety",
      });
    }
    return problems;
  });
}
