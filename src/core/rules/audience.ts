import { isDraft, reaches, sheetReaches, type Audience } from "../guardrails/audience.ts";
import { bodyPosition, talkTrackOf, type Library, type SheetEntry } from "../source/library.ts";
import type { Problem } from "../problem.ts";
import { AUDIENCES } from "../schema/common.ts";

/**
 * What an audience sees may only name claims that audience sees too: a partner build drops a
 * claim withheld from partners, and every build drops a draft sheet's claims; either would leave a
 * gap in the talk track or an empty "Say instead".
 */
export function checkClaimAudiences(library: Library): Problem[] {
  // The first sheet owns a claim id, as in checkReferences, which reports the second.
  const claims = new Map(
    library.sheets
      .flatMap((sheet) =>
        sheet.product.claims.map((claim) => [claim.id, { claim, sheet }] as const),
      )
      .reverse(),
  );
  /** The audiences among `readers` that the claim `id` does not reach; [] for an unknown id. */
  const missing = (id: string, readers: readonly Audience[]): Audience[] => {
    const found = claims.get(id);
    if (!found) return [];
    return readers.filter(
      (audience) =>
        !published(found.sheet.product, audience) || !reaches(found.claim.audience, audience),
    );
  };
  const problems: Problem[] = [];
  const hint = (audiences: Audience[]) =>
    `Name a claim published to ${audiences.join(" and ")}s as well, or widen that claim's audience (a draft sheet's claims are published with the sheet).`;

  const everyReader = AUDIENCES.filter((audience) =>
    library.sheets.some((sheet) => published(sheet.product, audience)),
  );
  library.policy.policy.forbidden.forEach((rule, index) => {
    const unseen = rule.insteadSay === undefined ? [] : missing(rule.insteadSay, everyReader);
    if (unseen.length === 0) return;
    problems.push({
      severity: "error",
      file: library.policy.file,
      ...library.policy.locate(["forbidden", index, "insteadSay"], "value"),
      field: `forbidden[${index}].insteadSay`,
      message: `claim "${rule.insteadSay}" is not published to ${unseen.join(" and ")}s, who see this rule on their sheets`,
      hint: hint(unseen),
      rule: "audience",
    });
  });

  for (const sheet of library.sheets) {
    const readers = AUDIENCES.filter((audience) => published(sheet.product, audience));
    problems.push(...sheetReferences(sheet, readers, missing, hint));
  }
  return problems;
}

function published(product: SheetEntry["product"], audience: Audience): boolean {
  return !isDraft(product) && sheetReaches(product, audience);
}

function sheetReferences(
  sheet: SheetEntry,
  readers: Audience[],
  missing: (id: string, readers: readonly Audience[]) => Audience[],
  hint: (audiences: Audience[]) => string,
): Problem[] {
  const problems: Problem[] = [];
  sheet.product.forbidden.forEach((rule, index) => {
    const unseen = rule.insteadSay === undefined ? [] : missing(rule.insteadSay, readers);
    if (unseen.length === 0) return;
    problems.push({
      severity: "error",
      file: sheet.file,
      ...sheet.locate(["forbidden", index, "insteadSay"], "value"),
      field: `forbidden[${index}].insteadSay`,
      message: `claim "${rule.insteadSay}" is not published to ${unseen.join(" and ")}s, who see this sheet`,
      hint: hint(unseen),
      rule: "audience",
    });
  });
  for (const reference of talkTrackOf(sheet, "a product sheet").claims) {
    const unseen = missing(reference.id, readers);
    if (unseen.length === 0) continue;
    problems.push({
      severity: "error",
      file: sheet.file,
      ...bodyPosition(sheet, reference.offset),
      field: "",
      message: `<Claim id="${reference.id}"/> is not published to ${unseen.join(" and ")}s, who see this talk track`,
      hint: hint(unseen),
      rule: "audience",
    });
  }
  return problems;
}
