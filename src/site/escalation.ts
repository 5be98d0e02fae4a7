import type { Policy, Role } from "../core/schema/policy.ts";

/** Whom a rep asks when a customer wants more than a boundary allows. */
export interface Escalation {
  label: string;
  email?: string;
  role?: Role;
}

/** `escalate` is a role id from the policy or a contact's e-mail address (the schema allows both). */
export function escalationTarget(policy: Pick<Policy, "roles">, escalate: string): Escalation {
  const role = policy.roles.find((candidate) => candidate.id === escalate);
  if (role) return { label: role.title, email: role.contact, role };
  return { label: escalate, email: escalate };
}
