import { effectiveLadder } from "../core/quoting/index.ts";
import type { Policy, Role } from "../core/schema/index.ts";
import { escalationTarget } from "./escalation.ts";
import type { ProductEntry, PromiseEntry } from "./library.ts";
import { urlSegment } from "../core/text/index.ts";

/** A contract term the roles pages answer for: 0 is any term, before any term bonus. */
export interface TermColumn {
  months: number;
  label: string;
}

/** One product as one approver sees it: its rung for each term, and the topics escalated to it. */
export interface ApproverRow {
  product: ProductEntry;
  /** Percent off this approver may allow, per term column; absent when it is on no rung. */
  limits?: number[];
  escalations: PromiseEntry[];
}

/** A role of the policy, or an escalation contact that is not a role (legal@…). */
export interface Approver {
  slug: string;
  label: string;
  role?: Role;
  email?: string;
  rows: ApproverRow[];
}

/** Every term at which some product's ladder changes, so any chosen term has its column. */
export function termColumns(products: ProductEntry[]): TermColumn[] {
  const months = new Set(
    products.flatMap(({ product }) => product.termBonus.map((bonus) => bonus.minMonths)),
  );
  return [
    { months: 0, label: "Any term" },
    ...[...months]
      .sort((a, b) => a - b)
      .map((value) => ({ months: value, label: `${value} months or more` })),
  ];
}

/**
 * The roles in policy order, then the other escalation contacts alphabetically, each with the
 * products (in the given order) whose ladder it is on or whose boundaries escalate to it.
 */
export function approvers(
  policy: Pick<Policy, "roles">,
  products: ProductEntry[],
  promises: PromiseEntry[],
  terms: TermColumn[],
): Approver[] {
  const bySlug = new Map<string, Approver>(
    policy.roles.map((role) => [
      role.id,
      { slug: role.id, label: role.title, role, email: role.contact, rows: [] },
    ]),
  );
  const contacts: Approver[] = [];
  const rowsBySlug = new Map<string, Map<string, ApproverRow>>();
  const rowOf = (approver: Approver, product: ProductEntry): ApproverRow => {
    const rows = rowsBySlug.get(approver.slug) ?? new Map<string, ApproverRow>();
    rowsBySlug.set(approver.slug, rows);
    let row = rows.get(product.slug);
    if (!row) {
      row = { product, escalations: [] };
      rows.set(product.slug, row);
      approver.rows.push(row);
    }
    return row;
  };
  const escalationsByProduct = new Map<string, PromiseEntry[]>();
  for (const entry of promises) {
    escalationsByProduct.set(entry.product.slug, [
      ...(escalationsByProduct.get(entry.product.slug) ?? []),
      entry,
    ]);
  }

  for (const product of products) {
    const ladders = terms.map((term) => effectiveLadder(product.product, term.months));
    product.product.discounts.forEach((rung, index) => {
      const approver = bySlug.get(rung.role);
      if (approver) rowOf(approver, product).limits = ladders.map((ladder) => ladder[index]!.limit);
    });
    for (const entry of escalationsByProduct.get(product.slug) ?? []) {
      const target = escalationTarget(policy, entry.promise.escalate);
      const slug = target.role ? target.role.id : `contact-${urlSegment(target.label)}`;
      let approver = bySlug.get(slug);
      if (!approver) {
        approver = { slug, label: target.label, email: target.email, rows: [] };
        bySlug.set(slug, approver);
        contacts.push(approver);
      }
      rowOf(approver, product).escalations.push(entry);
    }
  }
  return [
    ...policy.roles.map((role) => bySlug.get(role.id)!),
    ...contacts.sort((a, b) => a.label.localeCompare(b.label)),
  ];
}
