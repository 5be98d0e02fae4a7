// The roles pages answer for one contract term: choosing it hides the other terms' columns, so a
// rep reads one figure per product. Without this script every term's column stays visible.
const choice = document.querySelector<HTMLSelectElement>("[data-term-choice]");

function showTerm(months: string): void {
  for (const cell of document.querySelectorAll<HTMLElement>("[data-term]")) {
    cell.hidden = months !== "" && cell.dataset.term !== months;
  }
}

if (choice) {
  choice.addEventListener("change", () => showTerm(choice.value));
  showTerm(choice.value);
}
