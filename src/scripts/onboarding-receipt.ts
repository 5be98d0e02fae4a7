// The manager's receipts page: reads a pasted or dropped receipt and shows, step by step, whether
// this build still asks about the same guardrails as when the new hire passed it.
import { checkReceipt, readReceipt, type Receipt } from "../core/onboarding/receipt.ts";
import type { ProgressPageData } from "../components/onboarding/data.ts";
import { formatDate } from "../site/format.ts";
import { readPageData } from "./page-data.ts";
import { dayOf } from "./onboarding-store.ts";

const tracks = readPageData<ProgressPageData>("onboarding-data");
const form = document.querySelector<HTMLFormElement>("#receipt-form");
const input = document.querySelector<HTMLTextAreaElement>("#receipt-input");
const file = document.querySelector<HTMLInputElement>("#receipt-file");
const result = document.querySelector<HTMLElement>("#receipt-result");

const STATUS_TEXT = {
  current: "Still current",
  changed: "Changed since it was passed: ask for a retake",
  removed: "No longer in the track",
} as const;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = "",
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = text;
  return created;
}

/** The steps in a table that scrolls sideways on its own on a narrow screen, as the site's other tables do. */
function stepsTable(rows: [string, string, string, string?][]): HTMLElement {
  const table = element("table");
  const head = element("tr");
  for (const title of ["Step", "Passed on", "Status"]) {
    const cell = element("th", title);
    cell.scope = "col";
    head.append(cell);
  }
  table.append(element("caption", "The receipt's steps against this edition"));
  table.createTHead().append(head);
  const body = table.createTBody();
  for (const [step, passed, status, kind] of rows) {
    const row = element("tr");
    const statusCell = element("td", status);
    if (kind) statusCell.dataset.status = kind;
    row.append(element("td", step), element("td", passed), statusCell);
    body.append(row);
  }
  const scroll = element("div");
  scroll.className = "table-scroll";
  scroll.append(table);
  return scroll;
}

function show(receipt: Receipt): void {
  if (!result) return;
  const checked = checkReceipt(receipt, tracks);
  const heading = element(
    "p",
    `${receipt.name} completed "${receipt.track.title}" on ${formatDate(dayOf(receipt.completedAt))}.`,
  );
  if (checked.kind === "unknown-track") {
    result.replaceChildren(
      heading,
      element(
        "p",
        `This edition of the Fieldguide has no track "${receipt.track.slug}", so no step can be compared.`,
      ),
    );
    return;
  }
  const changed = checked.steps.filter((step) => step.status !== "current").length;
  const verdict =
    changed === 0 && checked.added.length === 0
      ? "Every step is still current."
      : `${changed} of ${checked.steps.length} steps changed since they were passed${checked.added.length > 0 ? `, and the track has ${checked.added.length} new ${checked.added.length === 1 ? "step" : "steps"}` : ""}.`;
  const parts: HTMLElement[] = [
    heading,
    element("p", verdict),
    stepsTable(
      checked.steps.map((step) => [
        step.title,
        formatDate(dayOf(step.passedAt)),
        STATUS_TEXT[step.status],
        step.status,
      ]),
    ),
  ];
  if (checked.added.length > 0) {
    parts.push(element("p", "Steps added to the track since, not on the receipt:"));
    const list = element("ul");
    for (const step of checked.added) list.append(element("li", step.title));
    parts.push(list);
  }
  result.replaceChildren(...parts);
}

function check(): void {
  if (!input || !result) return;
  const read = readReceipt(input.value);
  if ("error" in read) result.replaceChildren(element("p", read.error));
  else show(read.receipt);
  result.focus();
}

async function load(chosen: File | undefined): Promise<void> {
  if (!chosen || !input) return;
  input.value = await chosen.text();
  check();
}

if (form && input) {
  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    check();
  });
  file?.addEventListener("change", () => void load(file.files?.[0]));
  input.addEventListener("dragover", (event) => event.preventDefault());
  input.addEventListener("drop", (event) => {
    event.preventDefault();
    void load(event.dataTransfer?.files[0]);
  });
}
