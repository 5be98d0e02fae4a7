import type { Policy, Role } from "../core/schema/policy.ts";

/** Whom a rep asks when a customer wants more than a boundary allows. */
export interface Escalation {
  label: string;
  email?: string;
  role?: Role;
}

/**
 * `escalate` is a role id from the policy or a contact's e-mail address (the schema allows both);
 * in the partner edition it is the partner team's contact (core/guardrails/audience.ts), named by its title.
 */
export function escalationTarget(
  policy: Pick<Policy, "roles" | "partners">,
  escalate: string,
): Escalation {
  const role = policy.roles.find((candidate) => candidate.id === escalate);
  if (role) return { label: role.title, email: role.contact, role };
  if (policy.partners?.contact === escalate)
    return { label: policy.partners.title, email: escalate };
  return { label: escalate, email: escalate };
}
