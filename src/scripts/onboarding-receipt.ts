// The manager's receipts page: reads pasted e-mails, receipt files and folders of them, and shows
// every hire's steps in one table per track against this build, with what could not be used and why.
import {
  readTeamReceipts,
  teamCsv,
  teamView,
  type ReceiptSource,
} from "../core/onboarding/team.ts";
import type { ProgressPageData } from "../site/onboarding-data.ts";
import { formatDate } from "../site/format.ts";
import { element } from "./dom.ts";
import { dayOf } from "./onboarding-store.ts";
import { teamTable } from "./onboarding-team-table.ts";
import { readPageData } from "./page-data.ts";
import { chosenFiles, droppedFiles } from "./receipt-files.ts";

const tracks = readPageData<ProgressPageData>("onboarding-data");
const form = document.querySelector<HTMLFormElement>("#receipt-form");
const input = document.querySelector<HTMLTextAreaElement>("#receipt-input");
const files = document.querySelector<HTMLInputElement>("#receipt-file");
const folder = document.querySelector<HTMLInputElement>("#receipt-folder");
const result = document.querySelector<HTMLElement>("#receipt-result");

/** A heading and a list, for what could not be used. */
function listed(title: string, items: string[]): HTMLElement[] {
  if (items.length === 0) return [];
  const list = element("ul");
  for (const item of items) list.append(element("li", "", item));
  return [element("h2", "", title), list];
}

function show(sources: readonly ReceiptSource[]): void {
  if (!result) return;
  const read = readTeamReceipts(sources);
  const view = teamView(read.used, tracks);
  const day = (timestamp: string) => formatDate(dayOf(timestamp));
  const hires = view.tables.reduce((sum, table) => sum + table.rows.length, 0);
  const parts: HTMLElement[] = [
    element(
      "p",
      "",
      `${hires} ${hires === 1 ? "receipt" : "receipts"} compared with this edition` +
        (read.unreadable.length > 0 ? `; ${read.unreadable.length} could not be read` : "") +
        ".",
    ),
  ];
  if (hires > 0) {
    const actions = element("p", "team-actions");
    const csv = element("a", "", "Download the table (CSV)");
    csv.href = `data:text/csv;charset=utf-8,${encodeURIComponent(teamCsv(view))}`;
    csv.download = "onboarding-receipts.csv";
    const print = element("button", "", "Print the table");
    print.type = "button";
    print.addEventListener("click", () => window.print());
    actions.append(csv, print);
    parts.push(actions);
  }
  for (const table of view.tables)
    parts.push(element("h2", "", table.track.title), teamTable(table));
  parts.push(
    ...listed(
      "Not read",
      read.unreadable.map(({ from, reason }) => `${from}: ${reason}`),
    ),
    ...listed(
      "From another library",
      view.unknownTrack.map(
        ({ from, receipt }) =>
          `${from}: ${receipt.name} completed "${receipt.track.title}", a track this edition of the Fieldguide does not have ("${receipt.track.slug}"), so no step can be compared.`,
      ),
    ),
    ...listed(
      "Older receipts, not used",
      read.superseded.map(
        ({ from, receipt, newer }) =>
          `${from}: ${receipt.name}'s receipt for "${receipt.track.title}" completed ${day(receipt.completedAt)}; the newer one, ${newer}, is used.`,
      ),
    ),
  );
  result.replaceChildren(...parts);
  result.focus();
}

async function showFiles(sources: Promise<ReceiptSource[]>): Promise<void> {
  const read = await sources;
  if (read.length > 0) show(read);
}

if (form && input) {
  form.hidden = false;
  if (folder) folder.webkitdirectory = true;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show([{ name: "Pasted text", text: input.value, pasted: true }]);
  });
  files?.addEventListener("change", () => void showFiles(chosenFiles(files.files, false)));
  folder?.addEventListener("change", () => void showFiles(chosenFiles(folder.files, true)));
  input.addEventListener("dragover", (event) => event.preventDefault());
  input.addEventListener("drop", (event) => {
    event.preventDefault();
    void showFiles(droppedFiles(event.dataTransfer));
  });
}
