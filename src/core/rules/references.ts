import type { Library } from "../source/library.ts";
import { bodyPosition, talkTrackOf } from "../source/library.ts";
import type { Problem } from "../problem.ts";
import { didYouMean } from "../text/nearest.ts";

/** Everything that names something else must name something that exists, once. */
export function checkReferences(library: Library): Problem[] {
  const problems: Problem[] = [];
  const roleIds = new Set(library.policy.policy.roles.map((role) => role.id));
  const roleList = [...roleIds].join(", ");
  const claimOwners = new Map<string, string>();
  const skuOwners = new Map<string, { file: string; sku: string }>();

  for (const sheet of library.sheets) {
    const at = (
      path: (string | number)[],
      field: string,
      message: string,
      hint: string,
      rule: string,
    ): Problem => ({
      severity: "error",
      file: sheet.file,
      ...sheet.locate(path, "value"),
      field,
      message,
      hint,
      rule,
    });
    const { product } = sheet;

    // A rep types a sku in any case: "ab-1" and "AB-1" are one product to the deal checker.
    const skuKey = product.sku.toUpperCase();
    const skuOwner = skuOwners.get(skuKey);
    if (skuOwner) {
      problems.push(
        at(
          ["sku"],
          "sku",
          `sku "${product.sku}" is already used by ${skuOwner.file}${skuOwner.sku === product.sku ? "" : ` (as "${skuOwner.sku}")`}`,
          "Give every product its own sku; skus that differ only in capitals are the same sku.",
          "unique-sku",
        ),
      );
    } else skuOwners.set(skuKey, { file: sheet.file, sku: product.sku });

    product.claims.forEach((claim, index) => {
      const owner = claimOwners.get(claim.id);
      if (owner) {
        problems.push(
          at(
            ["claims", index, "id"],
            `claims[${index}].id`,
            `claim id "${claim.id}" is already used by ${owner}`,
            "Claim ids are unique across the library: prefix it with the product's slug.",
            "unique-claim-id",
          ),
        );
      } else claimOwners.set(claim.id, sheet.file);
    });

    product.discounts.forEach((rung, index) => {
      if (!roleIds.has(rung.role)) {
        problems.push(
          at(
            ["discounts", index, "role"],
            `discounts[${index}].role`,
            `unknown role "${rung.role}"`,
            `${didYouMean(rung.role, roleIds)}Use a role id from policy.yaml: ${roleList}.`,
            "unknown-role",
          ),
        );
      }
    });
    product.promises.forEach((promise, index) => {
      if (!promise.escalate.includes("@") && !roleIds.has(promise.escalate)) {
        problems.push(
          at(
            ["promises", index, "escalate"],
            `promises[${index}].escalate`,
            `unknown role "${promise.escalate}"`,
            `${didYouMean(promise.escalate, roleIds)}Use a role id from policy.yaml (${roleList}) or an e-mail address.`,
            "unknown-role",
          ),
        );
      }
    });
  }

  const allClaims = new Set(claimOwners.keys());
  const unknownClaim = (id: string) => `unknown claim id "${id}"`;
  const claimHint = (id: string) =>
    `${didYouMean(id, allClaims)}Use the id of an approved claim (see the claims of any product sheet), or remove the reference.`;
  library.policy.policy.forbidden.forEach((rule, index) => {
    if (rule.insteadSay !== undefined && !allClaims.has(rule.insteadSay)) {
      problems.push({
        severity: "error",
        file: library.policy.file,
        ...library.policy.locate(["forbidden", index, "insteadSay"], "value"),
        field: `forbidden[${index}].insteadSay`,
        message: unknownClaim(rule.insteadSay),
        hint: claimHint(rule.insteadSay),
        rule: "unknown-claim",
      });
    }
  });
  for (const sheet of library.sheets) {
    sheet.product.forbidden.forEach((rule, index) => {
      if (rule.insteadSay !== undefined && !allClaims.has(rule.insteadSay)) {
        problems.push({
          severity: "error",
          file: sheet.file,
          ...sheet.locate(["forbidden", index, "insteadSay"], "value"),
          field: `forbidden[${index}].insteadSay`,
          message: unknownClaim(rule.insteadSay),
          hint: claimHint(rule.insteadSay),
          rule: "unknown-claim",
        });
      }
    });
    for (const reference of talkTrackOf(sheet, "a product sheet").claims) {
      if (!allClaims.has(reference.id)) {
        problems.push({
          severity: "error",
          file: sheet.file,
          ...bodyPosition(sheet, reference.offset),
          field: "",
          message: `<Claim id="${reference.id}"/>: ${unknownClaim(reference.id)}`,
          hint: claimHint(reference.id),
          rule: "unknown-claim",
        });
      }
    }
  }
  return problems;
}
