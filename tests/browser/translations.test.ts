// The internal build's Translations page in dist/ (build it first: `npm run build`): the sample
// library's German and French translations, per sheet, as the checker reads them.
import { expect, test } from "vitest";
import { checkA11y } from "./harness.ts";
import { useBuiltSite } from "./built-site.ts";

const built = useBuiltSite();

test("/translations/ lists each language's sheets: approved ones and what is not translated", async () => {
  const tab = await built.newPage();
  try {
    const response = await tab.page.goto("/translations/");
    expect(response?.status()).toBe(200);
    const german = tab.page.getByRole("table", { name: "Translation status in Deutsch" });
    const row = (name: string) => german.getByRole("row", { name: new RegExp(`^${name}`) });

    await expect
      .poll(() => row("Signal Analytics").innerText())
      .toMatch(/approved\s+20 Nov 2026\s+nothing/);
    expect(await row("Edge Shield").innerText()).toMatch(/not translated\s+everything/);
    expect(await german.locator('tr[data-state="approved"]').count()).toBe(4);
    expect(
      await tab.page
        .getByRole("table", { name: "Translation status in Français" })
        .locator('tr[data-state="approved"]')
        .count(),
    ).toBe(1);
    expect(await tab.page.getByRole("heading", { name: "Deutsch" }).getAttribute("lang")).toBe(
      "de",
    );
    expect(await checkA11y(tab.page)).toEqual([]);
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});
