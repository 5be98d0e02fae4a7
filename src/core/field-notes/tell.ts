// What the button that opens the field-note form is called. In the sales team's edition a note is
// for marketing; in the partner edition it goes to the partner team (policy `partners`), so the
// button names that team's role as partners know it.
import type { Partners } from "../schema/policy.ts";

export const TELL_MARKETING = "Tell marketing";

export function tellLabel(partners?: Pick<Partners, "title">): string {
  if (!partners) return TELL_MARKETING;
  const { title } = partners;
  // Inside a sentence a role reads in lower case ("Tell your partner manager"); an acronym that
  // opens the title ("EMEA partner desk") keeps its capitals.
  const role = /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
  return `Tell your ${role}`;
}
