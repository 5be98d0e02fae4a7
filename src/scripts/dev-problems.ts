import type { Problem } from "../core/problem.ts";
import { PROBLEMS_EVENT, PROBLEMS_PATH, type ProblemsReport } from "../site/dev-channel.ts";
import { summary } from "../core/problem-format.ts";
import { element } from "./dom.ts";
import "../styles/dev-problems.css";

/**
 * `npm run dev` only (src/integrations/dev-preview.ts injects it): the library's problems, on the
 * page being previewed, updated after every save. The page underneath keeps rendering.
 */
const panel = element("details", "dev-problems");
panel.open = true;
panel.hidden = true;
const heading = element("summary");
const list = element("ol", "dev-problems-list");
// Announced when the count changes after a save, without moving focus.
heading.setAttribute("aria-live", "polite");
panel.append(heading, list);
document.body.append(panel);

/** Astro reloads the page after a save: the last report is shown again at once, until the new one comes. */
const STORED = "fieldguide:dev-problems";
let shown = -1;

function update(report: ProblemsReport): void {
  if (report.run < shown) return;
  shown = report.run;
  sessionStorage.setItem(STORED, JSON.stringify(report));
  render(report);
}

function render({ root, problems }: ProblemsReport): void {
  panel.hidden = problems.length === 0;
  heading.textContent = `${summary(problems)} in the library`;
  list.replaceChildren(...problems.map((problem) => item(root, problem)));
}

function item(root: string, problem: Problem): HTMLLIElement {
  const place = element("p");
  place.append(element("code", "", `${root}/${problem.file}:${problem.line}:${problem.column}`));
  if (problem.field) place.append(" ", element("code", "dev-problem-field", problem.field));
  const li = element("li", `dev-problem dev-problem-${problem.severity}`);
  li.append(
    place,
    element("p", "", `${problem.severity}: ${problem.message}`),
    element("p", "dev-problem-hint", `→ ${problem.hint}`),
  );
  return li;
}

const stored = sessionStorage.getItem(STORED);
if (stored) render(JSON.parse(stored) as ProblemsReport);
import.meta.hot?.on(PROBLEMS_EVENT, update);
void fetch(PROBLEMS_PATH)
  .then((response) => response.json())
  .then(update);
