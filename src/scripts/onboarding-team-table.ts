// The manager's table of one track: a row per hire, a column per step, each cell the step's status
// against this edition with the checks and time it took; sortable by hire, completion and time.
import { formatDuration } from "../core/onboarding/reading.ts";
import {
  describeCell,
  sortRows,
  type TeamRow,
  type TeamSort,
  type TeamTable,
} from "../core/onboarding/team.ts";
import { formatDate } from "../site/format.ts";
import { element } from "./dom.ts";
import { dayOf } from "./onboarding-store.ts";

const SORTS: { by: TeamSort; title: string }[] = [
  { by: "name", title: "Hire" },
  { by: "completed", title: "Completed" },
  { by: "time", title: "Time on the steps" },
];

function timeCell(row: TeamRow): HTMLTableCellElement {
  const { pace } = row;
  if (pace.seconds === undefined) return element("td", "", "not recorded");
  const cell = element("td", "", formatDuration(pace.seconds));
  if (pace.tooFast) {
    cell.dataset.pace = "too-fast";
    cell.append(
      element("br"),
      element(
        "strong",
        "",
        `faster than it can be read (at least ${formatDuration(pace.readingSeconds)})`,
      ),
    );
  }
  return cell;
}

function bodyRows(table: TeamTable, rows: readonly TeamRow[]): HTMLTableRowElement[] {
  return rows.map((row) => {
    const line = element("tr");
    const name = element("th", "", row.name);
    name.scope = "row";
    line.append(name, element("td", "", formatDate(dayOf(row.completedAt))), timeCell(row));
    for (const column of table.columns) {
      const cell = row.cells[column.key]!;
      const td = element("td", "", describeCell(cell));
      td.dataset.status = cell.status;
      line.append(td);
    }
    return line;
  });
}

/** The track's table, in a box that scrolls sideways on its own on a narrow screen. */
export function teamTable(table: TeamTable): HTMLElement {
  const tableElement = element("table", "team-table");
  tableElement.append(
    element("caption", "", `${table.track.title}: each hire's steps against this edition`),
  );
  const head = element("tr");
  const body = tableElement.createTBody();
  const sortable: { th: HTMLTableCellElement; by: TeamSort }[] = [];
  let sort: { by: TeamSort; ascending: boolean } = { by: "name", ascending: true };
  const render = () => {
    body.replaceChildren(...bodyRows(table, sortRows(table.rows, sort.by, sort.ascending)));
    for (const { th, by } of sortable) {
      if (by === sort.by) th.setAttribute("aria-sort", sort.ascending ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
  };
  for (const { by, title } of SORTS) {
    const th = element("th");
    th.scope = "col";
    const button = element("button", "sort", title);
    button.type = "button";
    button.addEventListener("click", () => {
      sort = { by, ascending: sort.by === by ? !sort.ascending : true };
      render();
    });
    th.append(button);
    sortable.push({ th, by });
    head.append(th);
  }
  for (const column of table.columns) {
    const th = element("th", "", column.title);
    th.scope = "col";
    if (column.removed) th.append(element("br"), element("span", "hint", "removed from the track"));
    head.append(th);
  }
  tableElement.createTHead().append(head);
  render();
  const scroll = element("div", "table-scroll");
  scroll.append(tableElement);
  return scroll;
}
