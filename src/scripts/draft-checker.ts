// The draft checker island: the core's checkDraft, the same matcher as the build's body check.
// The draft never leaves this page: no request, no storage.
import { checkDraft, type DraftFinding } from "../core/draft.ts";
import { escalationTarget } from "../site/escalation.ts";
import type { DraftCheckerData } from "../site/page-data.ts";
import { claimPath } from "../site/paths.ts";
import { element } from "./dom.ts";
import { draftFindingNote } from "./draft-finding-note.ts";
import { markForNote } from "./field-note-target.ts";
import { readPageData } from "./page-data.ts";

const data = readPageData<DraftCheckerData>("draft-data");
const library = data.products.map(({ product }) => product);
/** Which sheet each claim lives on, to link to it there. */
const claimSheets = new Map(
  data.products.flatMap(({ slug, product }) => product.claims.map((claim) => [claim.id, slug])),
);
const textarea = document.querySelector<HTMLTextAreaElement>("#draft-text");
const scope = document.querySelector<HTMLSelectElement>("#draft-scope");
const summary = document.querySelector<HTMLElement>("#draft-summary");
const mirrorWrap = document.querySelector<HTMLElement>("#draft-mirror-wrap");
const mirror = document.querySelector<HTMLElement>("#draft-mirror");
const list = document.querySelector<HTMLOListElement>("#draft-findings");

if (textarea && scope && summary && mirrorWrap && mirror && list) {
  const update = () => {
    const text = textarea.value;
    const chosen = data.products.find(({ slug }) => slug === scope.value)?.product;
    const products = chosen ? [chosen] : library;
    const findings = text.trim() === "" ? [] : checkDraft(text, data.policy, products, library);
    const against = chosen ? chosen.title : "all products";

    mirrorWrap.hidden = findings.length === 0;
    mirror.replaceChildren(...(findings.length > 0 ? marked(text, findings) : []));
    list.replaceChildren(
      ...findings.map((finding, index) =>
        markForNote(
          findingItem(text, finding, index + 1, against),
          draftFindingNote(text, finding, data.products, scope.value),
        ),
      ),
    );
    summary.textContent =
      text.trim() === ""
        ? "Nothing to check yet."
        : findings.length === 0
          ? `Nothing out of bounds for ${against}.`
          : `${findings.length === 1 ? "1 thing" : `${findings.length} things`} to change (checked against ${against}).`;
  };
  textarea.addEventListener("input", update);
  scope.addEventListener("change", update);
  update();
}

/** The draft as written, each finding marked in place and numbered like the list below it. */
function marked(text: string, findings: DraftFinding[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  findings.forEach((finding, index) => {
    nodes.push(document.createTextNode(text.slice(at, finding.start)));
    const mark = element("mark", "", text.slice(finding.start, finding.end));
    const hidden = element("span", "visually-hidden", ` (finding ${index + 1})`);
    const number = element("span", "finding-number", String(index + 1));
    number.setAttribute("aria-hidden", "true");
    mark.append(hidden);
    nodes.push(mark, number);
    at = finding.end;
  });
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function findingItem(
  text: string,
  finding: DraftFinding,
  number: number,
  against: string,
): HTMLLIElement {
  const item = element("li");
  item.id = `finding-${number}`;
  const head = element("p");
  head.append(element("mark", "", text.slice(finding.start, finding.end)), " — ");

  if (finding.kind === "figure") {
    head.append(
      element("strong", "", "Figure no approved claim states"),
      ` (checked against ${against}).`,
    );
    item.append(head);
    const { nearest } = finding;
    const instead = element("p", "instead");
    if (nearest) {
      instead.append(element("strong", "", "Approved figure: "), `“${nearest.claim.text}” `);
      instead.append(claimLink(nearest.claim.id, `(${nearest.product.title})`));
    } else {
      instead.append("Leave the figure out: no approved claim states a percentage here.");
    }
    item.append(instead);
    return item;
  }

  const { rule } = finding;
  if (rule.kind === "forbidden") {
    const where = rule.product ? `on the ${rule.product} sheet` : "company-wide";
    head.append(element("strong", "", "Forbidden phrase"), ` (“${rule.phrase}”, ${where}).`);
    item.append(head, element("p", "", `Why: ${rule.why}`));
    const instead = element("p", "instead");
    instead.append(element("strong", "", "Say instead: "));
    if (finding.instead) {
      instead.append(
        `“${finding.instead.text}” `,
        claimLink(finding.instead.id, "(approved claim)"),
      );
    } else {
      instead.append("a specific, evidenced claim from the product sheet.");
    }
    item.append(instead);
    return item;
  }

  head.append(
    element("strong", "", "Out of bounds"),
    ` (${rule.product} promises on ${rule.topic}).`,
  );
  item.append(head);
  const instead = element("p", "instead");
  instead.append(element("strong", "", "You may: "), rule.may ?? "");
  item.append(instead);
  if (rule.escalate) {
    const target = escalationTarget(data.policy, rule.escalate);
    const ask = element("p", "", `Beyond that, ask ${target.label}`);
    if (target.email && target.email !== target.label) ask.append(` (${target.email})`);
    ask.append(".");
    item.append(ask);
  }
  return item;
}

/** Every suggested claim comes from the page's own products, so its sheet is always known. */
function claimLink(claimId: string, text: string): HTMLElement {
  const sheet = claimSheets.get(claimId);
  if (sheet === undefined) return element("span", "", text);
  const anchor = element("a", "", text);
  anchor.href = claimPath(sheet, claimId);
  return anchor;
}
