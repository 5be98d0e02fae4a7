// "Tell marketing": shows the buttons rendered with each claim and boundary, and adds one to every
// verdict or finding a checker island marks with markForNote (field-note-target.ts). The form is
// loaded with the page, not on first click: a rep may open it offline before the service worker
// has cached anything.
import { noteDialog, noteRecipientOnPage } from "./field-note-dialog.ts";
import { readTarget } from "./field-note-target.ts";

const BUTTON = "tell-marketing";

function wire(button: HTMLButtonElement, source: HTMLElement): void {
  button.hidden = false;
  button.addEventListener("click", () => {
    const target = readTarget(source);
    if (target) noteDialog().open(target, button);
  });
}

/** A live region announces its whole content on change: its button goes after it, not inside. */
function attach(marked: HTMLElement): void {
  const live = marked.hasAttribute("aria-live");
  const next = live ? marked.nextElementSibling : marked.lastElementChild;
  if (next?.classList.contains(BUTTON)) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = `${BUTTON} no-print`;
  button.textContent = `Tell ${noteRecipientOnPage()}`;
  wire(button, marked);
  if (live) marked.after(button);
  else marked.append(button);
}

function scan(): void {
  for (const marked of document.querySelectorAll<HTMLElement>("[data-note-product]")) {
    if (marked.classList.contains(BUTTON)) {
      if (marked.hidden) wire(marked as HTMLButtonElement, marked);
    } else attach(marked);
  }
}

scan();
new MutationObserver(scan).observe(document.body, {
  childList: true,
  subtree: true,
  attributeFilter: ["data-note-product"],
});
