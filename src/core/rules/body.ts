import { talkTrackProblems, type Library } from "../source/library.ts";
import type { Problem } from "../problem.ts";
import { sheetTexts } from "../guardrails/spoken.ts";
import { unstatedPercentages } from "../text/figures.ts";
import { checkWording } from "./wording.ts";

/**
 * What a sheet shows a rep must not say what nobody may say, and its talk track may hold only
 * what the allow-list in text/mdx.ts lets through.
 */
export function checkBodies(library: Library): Problem[] {
  return library.sheets.flatMap((sheet) => {
    const texts = sheetTexts(sheet);
    const problems: Problem[] = checkWording(texts, library.policy.policy);

    const claimTexts = sheet.product.claims.map((claim) => claim.text);
    for (const spoken of texts.filter((text) => text.talkTrack)) {
      for (const figure of unstatedPercentages(spoken.text, claimTexts)) {
        problems.push({
          severity: "warning",
          file: sheet.file,
          ...spoken.at(figure.start),
          field: "",
          message: `"${figure.written}" is not stated by any approved claim of this sheet`,
          hint: "Use <Claim id=…/> for figures, or add the figure to an approved claim with its evidence.",
          rule: "unstated-figure",
        });
      }
    }

    problems.push(...talkTrackProblems(sheet, "a product sheet"));
    return problems;
  });
}
