// Copying a claim's exact wording, shared by the copy buttons on pages and in search results.
import { element } from "./dom.ts";

/** Copies the text, then says in the status next to the button whether it worked. */
export async function copyInto(status: Element | null, text: string): Promise<void> {
  // Set by src/scripts/standing.ts when the device has not confirmed the withdrawals for too long.
  if (
    document.documentElement.hasAttribute("data-unconfirmed") &&
    !confirm(
      "This library has not been confirmed for a while: the claim may have been withdrawn since. Copy it anyway?",
    )
  ) {
    if (status) status.textContent = "Not copied: check the library before quoting.";
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = "Copied the exact wording.";
  } catch {
    if (status) status.textContent = "Could not copy here: select the claim and copy it yourself.";
  }
}

/** A Copy wording button with its status line, for a claim drawn by a script. */
export function copyWording(text: string): HTMLSpanElement {
  const wrapper = element("span", "copy");
  const button = element("button", "", "Copy wording");
  button.type = "button";
  const status = element("span", "copy-status");
  status.setAttribute("role", "status");
  button.addEventListener("click", () => void copyInto(status, text));
  wrapper.append(button, status);
  return wrapper;
}
