// Copy buttons next to approved claims: the only script on a product sheet.

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-text]")) {
  const status = button.nextElementSibling;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copyText ?? "");
      if (status) status.textContent = "Copied the exact wording.";
    } catch {
      if (status)
        status.textContent = "Could not copy here: select the claim and copy it yourself.";
    }
  });
}
