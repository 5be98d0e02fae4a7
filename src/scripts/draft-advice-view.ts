// The draft checker's advice for one finding, as DOM built from text only: what the rule says,
// the wording to use instead (with a button that puts it in the draft), or whom to ask.
import type {
  Advice,
  Destination,
  Instead,
  OfferAdvice,
  PhraseAdvice,
  Wording,
} from "../core/draft-checker/draft-advice.ts";
import { formatMoney, formatPercent, perUnit } from "../core/quoting/money.ts";
import type { Partners, Role } from "../core/schema/policy.ts";
import type { Channel } from "../core/schema/values.ts";
import { escalationTarget } from "../site/escalation.ts";
import { claimPath, sitePath } from "../site/paths.ts";
import { sheetAtHand } from "./checker-files.ts";
import { element } from "./dom.ts";

export interface AdviceView {
  roles: Role[];
  /** The partner team: in a partner build it stands for every owner and escalation. */
  partners?: Partners;
  currency: string;
  destination: Destination;
  /** Whether this build has the deal checker (internal builds only). */
  dealChecker: boolean;
  /** Puts the approved wording in place of the finding's text. */
  use(wording: Wording): void;
}

const CHANNEL_NAMES: Record<Channel, string> = {
  email: "an e-mail",
  call: "a call",
  deck: "a deck",
  social: "a social post",
  web: "a web page",
  print: "print",
};

export function adviceNodes(advice: Advice, view: AdviceView): Node[] {
  if (advice.kind === "offer") return offerNodes(advice, view);
  if (advice.kind === "figure") {
    const instead = element("p", "instead");
    if (advice.instead.kind === "none")
      instead.append(
        "Leave the figure out, or name the product it is about: no approved claim answers it here.",
      );
    else insteadNodes(instead, advice.instead, "Approved figure: ", view);
    return [instead, ...useButton(advice.instead, view)];
  }
  return phraseNodes(advice, view);
}

function phraseNodes(advice: PhraseAdvice, view: AdviceView): Node[] {
  const nodes: Node[] = [];
  if (advice.kind === "forbidden") {
    const source = advice.product ? `on the ${advice.product} sheet` : "company-wide";
    nodes.push(
      element("p", "", `Forbidden phrase (“${advice.phrase}”, ${source}).`),
      element("p", "", `Why: ${advice.why}`),
    );
    const instead = element("p", "instead");
    if (advice.instead.kind === "none")
      instead.append(
        element("strong", "", "Say instead: "),
        "a specific, evidenced claim from the product sheet.",
      );
    else insteadNodes(instead, advice.instead, "Say instead: ", view);
    nodes.push(instead, ...useButton(advice.instead, view));
  } else {
    nodes.push(element("p", "", `${advice.product} promises on ${advice.topic}.`));
    const may = element("p", "instead");
    may.append(element("strong", "", "You may: "), advice.may);
    const instead = element("p", "instead");
    insteadNodes(instead, advice.instead, "Say instead: ", view);
    nodes.push(may, instead, ...useButton(advice.instead, view));
    const ask = element("p", "", "Beyond that, ask ");
    ask.append(...whom(advice.escalate, view), ".");
    nodes.push(ask);
  }
  if (advice.others.length > 0) nodes.push(element("p", "", alsoRuledOut(advice.others)));
  return nodes;
}

function alsoRuledOut(others: string[]): string {
  const named = others.slice(0, 3);
  const rest = others.length - named.length;
  const more = rest > 0 ? ` and ${rest} other ${rest === 1 ? "product" : "products"}` : "";
  return `Also ruled out by ${named.join(", ")}${more}.`;
}

function insteadNodes(
  paragraph: HTMLElement,
  instead: Exclude<Instead, { kind: "none" }>,
  label: string,
  view: AdviceView,
): void {
  if (instead.kind === "claim") {
    const { claim, slug, sheet, notApprovedIn } = instead.wording;
    const link = element("a", "", `(${sheet})`);
    link.href = claimPath(slug, claim.id);
    paragraph.append(element("strong", "", label), `“${claim.text}” `, link);
    if (notApprovedIn)
      paragraph.append(
        " ",
        element(
          "span",
          "not-approved",
          `Not yet approved in ${notApprovedIn.title}: showing the ${notApprovedIn.source} wording.`,
        ),
      );
    return;
  }
  const to = view.destination.reader === "partner" ? "a partner" : "a customer";
  const why =
    instead.why === "destination"
      ? `no approved claim of ${instead.sheet}${instead.topic ? ` on ${instead.topic}` : ""} may be used in ${CHANNEL_NAMES[view.destination.channel]} to ${to}.`
      : instead.why === "topic"
        ? `no approved claim of ${instead.sheet} answers ${instead.topic}.`
        : `the words around it name no topic ${instead.sheet}'s approved claims answer.`;
  paragraph.append(
    element("strong", "", "No approved wording fits: "),
    `${why} Ask `,
    ...whom(instead.owner, view, `the owner of the ${instead.sheet} sheet`),
    ".",
  );
}

/**
 * A role id or an address as the rep should read it: the role's (or the partner team's) title and
 * address; an address of no role is named by `title`, if given.
 */
function whom(who: string, view: AdviceView, title?: string): (Node | string)[] {
  const target = escalationTarget({ roles: view.roles, partners: view.partners }, who);
  if (!target.email) return [target.label];
  const address = element("a", "", target.email);
  address.href = `mailto:${target.email}`;
  const label = target.email === target.label ? title : target.label;
  return label === undefined ? [address] : [`${label} (`, address, ")"];
}

/** "Use the approved wording": puts the claim in place of the marked text (the page offers an undo). */
function useButton(instead: Instead, view: AdviceView): Node[] {
  if (instead.kind !== "claim") return [];
  const button = element("button", "", "Use the approved wording");
  button.type = "button";
  button.addEventListener("click", () => view.use(instead.wording));
  const paragraph = element("p", "no-print");
  paragraph.append(button);
  return [paragraph];
}

function offerNodes(advice: OfferAdvice, view: AdviceView): Node[] {
  if (!view.dealChecker)
    return [element("p", "", "Agree any discount with your contact before you offer it.")];
  const money = (amount: number) => formatMoney(amount, view.currency);
  const term = advice.monthsStated
    ? `a ${advice.months}-month term`
    : `a ${advice.months}-month term (the draft names none)`;
  if (!advice.verdict)
    return [
      element(
        "p",
        "",
        "Name the product in the draft, or choose it above, to check this discount against its ladder.",
      ),
    ];
  const { title, decision, slug, assumed } = advice.verdict;
  const { verdict } = decision;
  const product = sheetAtHand(slug)!;
  const outcome =
    verdict.kind === "within-authority"
      ? "within your authority"
      : verdict.kind === "needs-approval"
        ? `needs approval from ${verdict.role.title}`
        : verdict.kind === "invalid"
          ? verdict.message
          : "not allowed";
  const line = element("p", "offer-verdict");
  line.dataset.verdict = verdict.kind;
  line.append(
    element("strong", "", `${title}: ${outcome}`),
    ` for ${term}: ${formatPercent(decision.discountPercent)} off, ${money(decision.unitPrice)} ${perUnit(product.pricing)}. `,
    `Rule: ${decision.reason}`,
  );
  const nodes: Node[] = [line];
  if (assumed)
    nodes.push(
      element(
        "p",
        "offer-assumed",
        `Checked for ${title}, the first product the draft names: no product is named before this offer in its sentence or paragraph. To check it for another, name that product just before the offer, or choose it above.`,
      ),
    );
  const link = element("a", "", "Check this deal in the deal checker");
  link.href = sitePath(`/deal-checker/${advice.search === "?" ? "" : advice.search}`);
  const paragraph = element("p");
  paragraph.append(link);
  nodes.push(paragraph);
  return nodes;
}
