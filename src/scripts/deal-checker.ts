// The deal checker island: every answer comes from the core's decideDeal, as in the build.
import { decideDeal, type DealDecision, type DealInput } from "../core/deal.ts";
import { formatMoney, formatPercent } from "../site/format.ts";
import type { CheckerProduct, DealCheckerData } from "../site/page-data.ts";
import { readPageData } from "./page-data.ts";
import { markForNote } from "./field-note-target.ts";

const data = readPageData<DealCheckerData>("deal-data");
const form = document.querySelector<HTMLFormElement>("#deal-form");
const verdict = document.querySelector<HTMLElement>("#deal-verdict");
const ladder = document.querySelector<HTMLTableElement>("#deal-ladder");
const pricing = document.querySelector<HTMLElement>("#deal-pricing");
const money = (amount: number) => formatMoney(amount, data.currency);

if (form && verdict && ladder && pricing) {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const select = form.elements.namedItem("product") as HTMLSelectElement;

  const update = () => {
    const entry = data.products.find(({ slug }) => slug === select.value) ?? data.products[0];
    if (!entry) return;
    const mode = new FormData(form).get("mode") === "price" ? "price" : "percent";
    for (const group of form.querySelectorAll<HTMLElement>("[data-mode]")) {
      group.hidden = group.dataset.mode !== mode;
    }
    const input: DealInput = {
      months: field("months").valueAsNumber,
      quantity: field("quantity").valueAsNumber,
      ...(mode === "price"
        ? { targetPrice: field("price").valueAsNumber }
        : { discountPercent: field("percent").valueAsNumber }),
    };
    const decision = decideDeal({ roles: data.roles }, entry.product, input);
    showPricing(entry);
    showVerdict(decision, entry, input);
    const { slug, product } = entry;
    const about = `Deal verdict: ${verdict.querySelector(".verdict-title")?.textContent ?? ""}`;
    markForNote(verdict, { product: slug, title: product.title, owner: product.owner, about });
    showLadder(decision, input.months);
  };

  const showPricing = ({ product }: CheckerProduct) => {
    const { listPrice, floorPrice, unit } = product.pricing;
    const floor = floorPrice === undefined ? "no floor price" : `floor price ${money(floorPrice)}`;
    pricing.textContent = `List price ${money(listPrice)} per ${unit}; ${floor}.`;
  };

  const showVerdict = (decision: DealDecision, { product }: CheckerProduct, input: DealInput) => {
    const lines: Node[] = [];
    const { verdict: outcome } = decision;
    verdict.dataset.verdict = outcome.kind;
    if (outcome.kind === "invalid") {
      lines.push(paragraph("verdict-title", "Check the numbers"), paragraph("", outcome.message));
      verdict.replaceChildren(...lines);
      return;
    }
    if (outcome.kind === "within-authority") {
      lines.push(paragraph("verdict-title", "Within your authority"));
      lines.push(
        paragraph("", `As ${outcome.role.title.toLowerCase()} you may agree this yourself.`),
      );
    } else if (outcome.kind === "needs-approval") {
      lines.push(paragraph("verdict-title", `Needs approval from ${outcome.role.title}`));
      const ask = paragraph("", "Ask ");
      if (outcome.role.contact) {
        const link = document.createElement("a");
        link.href = `mailto:${outcome.role.contact}`;
        link.textContent = outcome.role.contact;
        ask.append(link, ".");
      } else {
        ask.append(`the ${outcome.role.title.toLowerCase()}.`);
      }
      lines.push(ask);
    } else if (outcome.kind === "above-ladder") {
      lines.push(paragraph("verdict-title", "Not allowed: above the discount ladder"));
    } else {
      lines.push(paragraph("verdict-title", "Not allowed: below the floor price"));
    }
    const quantity = input.quantity === 1 ? "" : ` for ${input.quantity}`;
    lines.push(
      paragraph(
        "deal-figures",
        `${formatPercent(decision.discountPercent)} off list: ${money(decision.unitPrice)} per ${product.pricing.unit}, ` +
          `${money(decision.totalPrice)} in total${quantity}.`,
      ),
      paragraph("deal-rule", `Rule: ${decision.reason}`),
    );
    verdict.replaceChildren(...lines);
  };

  const showLadder = (decision: DealDecision, months: number) => {
    const { verdict: outcome } = decision;
    const decidedRole =
      outcome.kind === "within-authority" || outcome.kind === "needs-approval"
        ? outcome.role.id
        : undefined;
    const caption = ladder.querySelector("caption");
    const body = ladder.querySelector("tbody");
    if (!caption || !body) return;
    ladder.hidden = decision.ladder.length === 0 || decision.verdict.kind === "invalid";
    const bonus =
      decision.termExtra > 0 ? `, including +${decision.termExtra} points for the term` : "";
    caption.textContent = `The ladder for a ${months}-month term${bonus}`;
    body.replaceChildren(
      ...decision.ladder.map((rung) => {
        const role = data.roles.find((candidate) => candidate.id === rung.role);
        const row = document.createElement("tr");
        const name = document.createElement("th");
        name.scope = "row";
        name.textContent = role?.title ?? rung.role;
        const limit = document.createElement("td");
        limit.className = "num";
        limit.textContent = formatPercent(rung.limit);
        row.append(name, limit);
        if (rung.role === decidedRole) {
          row.className = "decided";
          name.append(" (decides this deal)");
        }
        return row;
      }),
    );
  };

  // A product sheet links here with ?product=<slug>.
  const requested = new URLSearchParams(location.search).get("product");
  if (requested && data.products.some(({ slug }) => slug === requested)) select.value = requested;
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  update();
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const node = document.createElement("p");
  if (className) node.className = className;
  node.textContent = text;
  return node;
}
