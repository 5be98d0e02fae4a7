// Whom a field note is for, as the buttons that open and keep it name them. In the sales team's
// edition a note is for marketing; in the partner edition it goes to the partner team (policy
// `partners`), so the buttons name that team's role as partners know it.
import type { Partners } from "../schema/policy.ts";

export const MARKETING = "marketing";

export function noteRecipient(partners?: Pick<Partners, "title">): string {
  if (!partners) return MARKETING;
  const { title } = partners;
  // Inside a sentence a role reads in lower case ("Tell your partner manager"); an acronym that
  // opens the title ("EMEA partner desk") keeps its capitals.
  const role = /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
  return `your ${role}`;
}
