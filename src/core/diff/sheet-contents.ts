import type { Claim, Product } from "../schema/product.ts";
import type { Change } from "./change.ts";

/**
 * Everything a sheet lets reps do, one line per guardrail: for an added sheet what it grants, for a
 * removed one what is withdrawn, so Legal and Finance review it without opening the YAML.
 */
export function sheetContents(product: Product, side: "added" | "removed"): Change[] {
  const said = (text: string) => (side === "added" ? { after: text } : { before: text });
  // What a new sheet leaves out matters to a reviewer; nothing is withdrawn by a removed one.
  const absent = (area: Change["area"], text: string): Change[] =>
    side === "added" ? [{ area, text }] : [];
  const { pricing } = product;
  const lines: Change[] = [
    { area: "pricing", text: `list price ${pricing.listPrice} per ${pricing.unit}` },
    ...(pricing.floorPrice === undefined
      ? absent("pricing", "no floor price")
      : [{ area: "pricing" as const, text: `floor price ${pricing.floorPrice}` }]),
    ...(product.discounts.length === 0
      ? absent("ladder", "no discount ladder: no discount may be given")
      : product.discounts.map((rung): Change => ({
          area: "ladder",
          text: `discount ladder: ${rung.role} up to ${rung.upTo}%`,
        }))),
    ...product.termBonus.map((bonus): Change => ({
      area: "term-bonus",
      text: `term bonus for ${bonus.minMonths}+ months: +${bonus.extra} points`,
    })),
    ...product.claims.map((claim): Change => ({
      area: "claim",
      text: `claim ${claim.id}: evidence ${evidenceWords(claim.evidence)}; ${claim.expires ? `expires ${claim.expires}` : "does not expire"}`,
      ...said(claim.text),
    })),
    ...product.promises.map((promise): Change => ({
      area: "promise",
      text: `promise '${promise.topic}': may not say ${promise.mayNot.length > 0 ? promise.mayNot.map((phrase) => `"${phrase}"`).join(", ") : "(nothing listed)"}; escalate to ${promise.escalate}`,
      ...said(promise.may),
    })),
    ...product.forbidden.map((rule): Change => ({
      area: "forbidden",
      text: `forbidden phrase "${rule.phrase}"${rule.insteadSay ? `; say instead ${rule.insteadSay}` : ""}`,
      ...said(rule.why),
    })),
  ];
  if (side === "added") return [{ area: "sheet", text: "sheet added" }, ...lines];
  return [
    { area: "sheet", text: "sheet removed: reps may no longer use any of it" },
    ...lines.map((line) => ({ ...line, text: `withdrawn: ${line.text}` })),
  ];
}

export function evidenceWords(evidence: Claim["evidence"]): string {
  return [evidence.document, evidence.section, evidence.link].filter(Boolean).join(", ");
}
