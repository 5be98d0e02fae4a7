import type { Policy } from "../schema/policy.ts";
import { pairBy, type Change } from "./change.ts";
import { diffForbidden } from "./forbidden.ts";

/** Company-wide changes: roles decide who approves what, so their order matters as much as their names. */
export function diffPolicy(before: Policy, after: Policy): Change[] {
  const changes: Change[] = [];
  const field = (label: string, old: string | number, now: string | number) => {
    if (old !== now) changes.push({ area: "policy", text: `${label}: ${old} → ${now}` });
  };
  field("company", before.company, after.company);
  field("currency", before.currency, after.currency);
  field("review interval (days)", before.reviewIntervalDays, after.reviewIntervalDays);

  const { removed, added, kept } = pairBy(before.roles, after.roles, (role) => role.id);
  for (const role of added)
    changes.push({ area: "roles", text: `role ${role.id} (${role.title}) added` });
  for (const role of removed)
    changes.push({ area: "roles", text: `role ${role.id} (${role.title}) removed` });
  for (const [old, now] of kept) {
    if (old.title !== now.title)
      changes.push({ area: "roles", text: `role ${now.id}: title ${old.title} → ${now.title}` });
    if (old.contact !== now.contact) {
      changes.push({
        area: "roles",
        text: `role ${now.id}: contact ${old.contact ?? "(none)"} → ${now.contact ?? "(none)"}`,
      });
    }
  }
  const order = (roles: Policy["roles"]) =>
    roles.map((role) => role.id).filter((id) => kept.some(([, now]) => now.id === id));
  if (order(before.roles).join() !== order(after.roles).join()) {
    changes.push({
      area: "roles",
      text: `role order: ${order(before.roles).join(" < ")} → ${order(after.roles).join(" < ")}`,
    });
  }
  changes.push(...diffForbidden(before.forbidden, after.forbidden, "company-wide"));
  return changes;
}
