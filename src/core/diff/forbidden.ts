import type { ForbiddenPhrase } from "../schema/common.ts";
import { pairBy, type Change } from "./change.ts";

/** Forbidden phrases, matched by the phrase itself; `scope` says whose rule it is (e.g. "company-wide"). */
export function diffForbidden(
  before: readonly ForbiddenPhrase[],
  after: readonly ForbiddenPhrase[],
  scope = "",
): Change[] {
  const name = (rule: ForbiddenPhrase) =>
    `${scope ? `${scope} ` : ""}forbidden phrase "${rule.phrase}"`;
  const { removed, added, kept } = pairBy(before, after, (rule) => rule.phrase.toLowerCase());
  const changes: Change[] = [
    ...added.map((rule): Change => ({
      area: "forbidden",
      text: `${name(rule)} added`,
      after: rule.why,
    })),
    ...removed.map((rule): Change => ({ area: "forbidden", text: `${name(rule)} removed` })),
  ];
  for (const [old, now] of kept) {
    if (old.why !== now.why) {
      changes.push({
        area: "forbidden",
        text: `${name(now)}: reason changed`,
        before: old.why,
        after: now.why,
      });
    }
    if (old.insteadSay !== now.insteadSay) {
      changes.push({
        area: "forbidden",
        text: `${name(now)}: say instead ${old.insteadSay ?? "(nothing)"} → ${now.insteadSay ?? "(nothing)"}`,
      });
    }
  }
  return changes;
}
