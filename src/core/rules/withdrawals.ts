import { bodyPosition, talkTrackOf, type CheckContext, type Library } from "../source/library.ts";
import { formatFieldPath, type Problem } from "../problem.ts";
import type { Withdrawal } from "../standing/standing.ts";
import { didYouMean } from "../text/nearest.ts";

interface Ended {
  withdrawn: boolean;
  /** The file of the sheet the claim is on. */
  file: string;
  /** "was withdrawn on 2026-12-01", "expired on 2026-11-30" */
  why: string;
}

/** Claims that may not be pointed at: withdrawn (themselves or with their sheet) or expired. */
function endedClaims(library: Library, asOf: string): Map<string, Ended> {
  const ended = new Map<string, Ended>();
  for (const { product, file } of library.sheets) {
    for (const claim of product.claims) {
      const withdrawal = claim.withdrawn ?? product.withdrawn;
      if (withdrawal)
        ended.set(claim.id, { withdrawn: true, file, why: `was withdrawn on ${withdrawal.on}` });
      else if (claim.expires !== undefined && claim.expires < asOf) {
        ended.set(claim.id, { withdrawn: false, file, why: `expired on ${claim.expires}` });
      }
    }
  }
  return ended;
}

const INSTEAD_HINT =
  "Point at a claim that is approved today, or remove the reference: reps must not be sent to wording that may no longer be used.";

/**
 * A withdrawal must be readable and already true, and whatever it sends reps to must be usable;
 * nothing else may point reps at a withdrawn claim.
 */
export function checkWithdrawals(library: Library, { asOf }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const ended = endedClaims(library, asOf);
  const claimIds = new Set(
    library.sheets.flatMap((sheet) => sheet.product.claims.map((c) => c.id)),
  );

  for (const sheet of library.sheets) {
    const { product } = sheet;
    const withdrawals: [(string | number)[], Withdrawal | undefined][] = [
      [[], product.withdrawn],
      ...product.claims.map((claim, index): [(string | number)[], Withdrawal | undefined] => [
        ["claims", index],
        claim.withdrawn,
      ]),
      ...product.promises.map((promise, index): [(string | number)[], Withdrawal | undefined] => [
        ["promises", index],
        promise.withdrawn,
      ]),
    ];
    for (const [path, withdrawal] of withdrawals) {
      if (!withdrawal) continue;
      const at = (field: string, message: string, hint: string, rule: string): Problem => ({
        severity: "error",
        file: sheet.file,
        ...sheet.locate([...path, "withdrawn", field], "value"),
        field: formatFieldPath([...path, "withdrawn", field]),
        message,
        hint,
        rule,
      });
      if (withdrawal.on > asOf) {
        problems.push(
          at(
            "on",
            `withdrawn on ${withdrawal.on}, which is after today (${asOf})`,
            "Write the day it was withdrawn, today or earlier; to end approval on a later day, give a claim an expires date.",
            "withdrawn-in-future",
          ),
        );
      }
      const instead = withdrawal.insteadSay;
      if (instead === undefined) continue;
      if (!claimIds.has(instead)) {
        problems.push(
          at(
            "insteadSay",
            `unknown claim id "${instead}"`,
            `${didYouMean(instead, claimIds)}Use the id of an approved claim, or remove insteadSay.`,
            "unknown-claim",
          ),
        );
      } else if (ended.has(instead)) {
        problems.push(
          referenceTo(
            ended.get(instead)!,
            at(
              "insteadSay",
              `insteadSay: claim "${instead}" ${ended.get(instead)!.why}`,
              INSTEAD_HINT,
              "withdrawn-reference",
            ),
          ),
        );
      }
    }
  }
  problems.push(...checkReferencesToEnded(library, ended));
  return problems;
}

/**
 * A reference to a withdrawn claim is an error: withdrawing is a commit, and whoever makes it fixes
 * what points at it. A reference to an expired claim is a warning: the day passes without a
 * commit, so an error would stop the scheduled build; the site shows the claim expired wherever
 * the reference puts it (docs/withdrawals.md).
 */
function referenceTo(ended: Ended, problem: Problem): Problem {
  return ended.withdrawn ? problem : { ...problem, severity: "warning", rule: "expired-reference" };
}

/** `insteadSay` of a forbidden phrase and `<Claim>` in a talk track. */
function checkReferencesToEnded(library: Library, ended: Map<string, Ended>): Problem[] {
  const problems: Problem[] = [];
  const forbidden = [
    { entry: library.policy, rules: library.policy.policy.forbidden },
    ...library.sheets.map((sheet) => ({ entry: sheet, rules: sheet.product.forbidden })),
  ];
  for (const { entry, rules } of forbidden) {
    rules.forEach((rule, index) => {
      const found = rule.insteadSay !== undefined ? ended.get(rule.insteadSay) : undefined;
      if (!found) return;
      problems.push(
        referenceTo(found, {
          severity: "error",
          file: entry.file,
          ...entry.locate(["forbidden", index, "insteadSay"], "value"),
          field: `forbidden[${index}].insteadSay`,
          message: `insteadSay: claim "${rule.insteadSay}" ${found.why}`,
          hint: INSTEAD_HINT,
          rule: "withdrawn-reference",
        }),
      );
    });
  }
  // A withdrawn sheet keeps its page, which says so above its talk track.
  for (const sheet of library.sheets.filter((candidate) => !candidate.product.withdrawn)) {
    for (const reference of talkTrackOf(sheet, "a product sheet").claims) {
      const found = ended.get(reference.id);
      // Its own sheet is warned of at the claim's expires date already (rules/time.ts).
      if (!found || (!found.withdrawn && found.file === sheet.file)) continue;
      problems.push(
        referenceTo(found, {
          severity: "error",
          file: sheet.file,
          ...bodyPosition(sheet, reference.offset),
          field: "",
          message: `<Claim id="${reference.id}"/>: the claim ${found.why}`,
          hint: INSTEAD_HINT,
          rule: "withdrawn-reference",
        }),
      );
    }
  }
  return problems;
}
