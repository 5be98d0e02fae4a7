import { sheetReaches } from "../guardrails/audience.ts";
import { findLeakSpans, leakRules } from "./leaks.ts";
import { bodyPosition, type Library } from "../source/library.ts";
import type { Problem } from "../problem.ts";
import type { TranslationEntry } from "../translations/read.ts";

const PARTNERS_EXAMPLE = "partners: { title: Partner manager, contact: partners@example.com }";

/**
 * What a partner edition needs from the library: the partner team to stand in for every owner and
 * escalation (policy.yaml's `partners`), and partner talk tracks that state no floor price, no
 * withheld claim's figure and no internal e-mail address, in every language they are read in.
 */
export function checkPartners(
  library: Library,
  translations: readonly TranslationEntry[] = [],
): Problem[] {
  const sheets = library.sheets.filter((sheet) => sheetReaches(sheet.product, "partner"));
  if (sheets.length === 0) return [];
  const { policy, file: policyFile, locate } = library.policy;
  const { partners } = policy;
  if (!partners) {
    return sheets.map((sheet) => ({
      severity: "error",
      file: sheet.file,
      ...sheet.locate(["audience"], "value"),
      field: "audience",
      message: `this sheet is published to partners, but ${policyFile} names no partner contact for them to ask`,
      hint: `Add to ${policyFile}: ${PARTNERS_EXAMPLE}. Partners see it wherever the sales team sees a sheet's owner or an escalation; or take partner out of this audience.`,
      rule: "partners",
    }));
  }
  const problems: Problem[] = [];
  const contact = partners.contact.toLowerCase();
  const role = policy.roles.find((candidate) => candidate.contact?.toLowerCase() === contact);
  if (role) {
    problems.push({
      severity: "warning",
      file: policyFile,
      ...locate(["partners", "contact"], "value"),
      field: "partners.contact",
      message: `${partners.contact} is also the contact of the internal role ${role.id}: partners would write to it`,
      hint: "Give the partner team an address of its own, so partners never reach an internal inbox.",
      rule: "partners",
    });
  }
  const rules = leakRules(library, "partner", { scan: "talk-track" });
  const published = new Set(sheets.map((sheet) => sheet.slug));
  const talkTracks = [
    ...sheets,
    ...translations.filter((translation) => published.has(translation.slug)),
  ];
  for (const talkTrack of talkTracks) {
    for (const leak of findLeakSpans(talkTrack.body, rules)) {
      problems.push({
        severity: "error",
        file: talkTrack.file,
        ...bodyPosition(talkTrack, leak.start),
        field: "",
        message: `the talk track, published to partners, says "${leak.found}": ${leak.source}`,
        hint: "Partners read this talk track: say it without that, or move it to an internal-only sheet.",
        rule: "partner-leak",
      });
    }
  }
  return problems;
}
