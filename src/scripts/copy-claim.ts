// Copy buttons next to approved claims: the only script on a product sheet besides the header's.
import { copyInto } from "./copy-wording.ts";

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-text]")) {
  button.hidden = false;
  button.addEventListener(
    "click",
    () => void copyInto(button.nextElementSibling, button.dataset.copyText ?? ""),
  );
}
