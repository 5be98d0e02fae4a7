// The header's small script, on every page: the phone menu, and opening search. Opening shows the
// dialog at once, so the first keys typed land in its field; the search itself (search.ts and
// Pagefind) is downloaded only then.
import { isTyping } from "./dom.ts";

const dialog = document.querySelector<HTMLDialogElement>("#search-dialog");
const content = document.querySelector<HTMLTemplateElement>("#search-dialog-content");
const header = document.querySelector<HTMLElement>(".site-header");
const menuButton = document.querySelector<HTMLButtonElement>(".menu-toggle");

if (header && menuButton) {
  menuButton.hidden = false;
  header.classList.add("has-menu");
  menuButton.addEventListener("click", () => {
    const open = menuButton.getAttribute("aria-expanded") !== "true";
    menuButton.setAttribute("aria-expanded", String(open));
  });
}

if (dialog && content) {
  let search: Promise<typeof import("./search.ts")> | undefined;

  const open = (params?: URLSearchParams) => {
    if (content.isConnected) content.replaceWith(content.content.cloneNode(true));
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>("#search-input")?.focus();
    search ??= import("./search.ts");
    void search.then((module) => module.startSearch(dialog, params));
  };

  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-search-open]")) {
    button.hidden = false;
    button.addEventListener("click", () => open());
  }

  document.addEventListener("keydown", (event) => {
    const shortcut =
      (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k";
    // Right after Esc the closed dialog's field can still hold the focus: "/" there reopens search.
    const inClosedDialog =
      !dialog.open && event.target instanceof Node && dialog.contains(event.target);
    const slash =
      event.key === "/" &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      (inClosedDialog || !isTyping(event.target));
    if (!shortcut && !slash) return;
    event.preventDefault();
    if (shortcut && dialog.open) dialog.close();
    else open();
  });

  // A search link (/?q=uptime&type=Claim), or the back button after opening a result, reopens it.
  // Only `q` marks one: other pages use their own parameters (/deal-checker/?product=…).
  const params = new URLSearchParams(location.search);
  if (params.has("q")) open(params);
}
