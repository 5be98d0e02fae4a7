// The marked copy of the draft. A keystroke that leaves the findings as they were changes only the
// text between two marks, so only that text node is updated: rebuilding the whole copy (and
// dropping the browser's cached text layout) at every keystroke cost most of the time budget.
import type { DraftFinding } from "../core/draft-checker/draft.ts";
import { element } from "./dom.ts";

export class DraftMarks {
  /** The text nodes between the marks: one more than there are marks. */
  private gaps: Text[] = [];
  private marks: string[] = [];
  private readonly container: HTMLElement;

  constructor(container: HTMLElement) {
    this.container = container;
  }

  show(text: string, findings: readonly DraftFinding[]): void {
    const marks = findings.map((finding) => text.slice(finding.start, finding.end));
    const gaps = findings.map((finding, at) =>
      text.slice(at === 0 ? 0 : findings[at - 1]!.end, finding.start),
    );
    gaps.push(text.slice(findings.at(-1)?.end ?? 0));
    const same =
      this.gaps.length === gaps.length && marks.every((mark, at) => mark === this.marks[at]);
    if (same) {
      gaps.forEach((gap, at) => {
        if (this.gaps[at]!.data !== gap) this.gaps[at]!.data = gap;
      });
      return;
    }
    this.marks = marks;
    this.gaps = gaps.map((gap) => document.createTextNode(gap));
    const nodes: Node[] = [this.gaps[0]!];
    marks.forEach((written, index) => {
      const mark = element("mark", "", written);
      mark.append(element("span", "visually-hidden", ` (finding ${index + 1})`));
      const number = element("span", "finding-number", String(index + 1));
      number.setAttribute("aria-hidden", "true");
      nodes.push(mark, number, this.gaps[index + 1]!);
    });
    this.container.replaceChildren(...nodes);
  }
}
