// "Tell marketing": a field note recorded offline waits on the device and leaves it only through
// the e-mail or issue-form link the rep clicks; every claim, boundary, verdict and finding has one.
import { expect, test } from "vitest";
import { issueFormLink, mailtoLink, type NoteDraft } from "../../src/core/field-notes/message.ts";
import { REPOSITORY } from "../../src/site/config.ts";
import { useBuiltSite } from "./built-site.ts";
import { checkA11y } from "./harness.ts";

const built = useBuiltSite();
const UI = { timeout: 5_000 };
const SHEET = {
  title: "Signal Analytics",
  owner: "maria.keller@northwind.example",
  claimText:
    "Signal Analytics has delivered 99.9% monthly uptime in every month since January 2024.",
};

test("a note recorded offline waits on the device, and online offers the exact e-mail and issue-form links", async () => {
  const tab = await built.newPage({ viewport: { width: 360, height: 800 } });
  const { page, context } = tab;
  try {
    await page.goto("/products/signal-analytics/");
    await context.setOffline(true);
    const card = page.locator(".claim", { has: page.locator("#claim-signal-analytics-uptime") });
    const opener = card.getByRole("button", { name: "Tell marketing" });
    await opener.click();

    const dialog = page.getByRole("dialog", { name: "Tell marketing" });
    await expect.poll(() => dialog.isVisible(), UI).toBe(true);
    expect(await dialog.innerText()).toContain("Nothing leaves it until you click");
    await dialog.getByRole("radio", { name: "Customer pushed back" }).check();
    await dialog
      .getByLabel("The customer's words")
      .fill("99.9% is table stakes & everyone offers it.");
    await dialog.getByLabel("Deal size (optional)").fill("52000");
    await dialog.getByLabel("Deal stage (optional)").selectOption("negotiation");
    expect(await checkA11y(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Keep for marketing" }).click();

    const saved = dialog.getByRole("heading", { name: "Kept on this device" });
    await expect
      .poll(() => saved.evaluate((node) => node === document.activeElement), UI)
      .toBe(true);
    expect(await dialog.locator(".field-notes-status").innerText()).toBe(
      "1 note is waiting on this device. You are offline: they wait here until you are back online and send them.",
    );
    expect(await dialog.getByRole("link").count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    await context.setOffline(false);
    const email = dialog.getByRole("link", { name: `Send by e-mail to ${SHEET.owner}` });
    await expect.poll(() => email.count(), UI).toBe(1);
    const note: NoteDraft = {
      product: "signal-analytics",
      claim: "signal-analytics-uptime",
      kind: "pushback",
      date: new Date().toISOString().slice(0, 10),
      quote: "99.9% is table stakes & everyone offers it.",
      dealSize: 52000,
      stage: "negotiation",
    };
    expect(await email.getAttribute("href")).toBe(mailtoLink(note, SHEET));
    const issue = dialog.getByRole("link", { name: "Open a GitHub issue" });
    expect(await issue.getAttribute("href")).toBe(issueFormLink(note, SHEET, REPOSITORY.url));

    // Nothing has left the device; the rep's click on the issue form is the first request out.
    expect(tab.foreignRequests()).toEqual([]);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect
      .poll(() => opener.evaluate((node) => node === document.activeElement), UI)
      .toBe(true);

    await page.goto("/field-notes/");
    const waiting = page.locator(".field-note");
    await expect.poll(() => waiting.getAttribute("data-state"), UI).toBe("waiting");
    // The rep sees what the note is about in words, never the claim's internal id.
    expect(await waiting.innerText()).not.toContain(note.claim);
    expect(await waiting.innerText()).toContain("99.9% monthly uptime");
    const [popup] = await Promise.all([
      context.waitForEvent("page"),
      page.getByRole("link", { name: "Open a GitHub issue" }).click(),
    ]);
    await popup.close();
    expect(tab.foreignRequests()).toEqual([issueFormLink(note, SHEET, REPOSITORY.url)]);
    await expect.poll(() => waiting.getAttribute("data-state"), UI).toBe("sent");
    expect(await checkA11y(page)).toEqual([]);
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});

test("every promise boundary, deal verdict and draft-checker finding has Tell marketing", async () => {
  const tab = await built.newPage();
  const { page } = tab;
  try {
    await page.goto("/promises/sla/");
    const boundaries = await page.locator("article.promise").count();
    expect(boundaries).toBeGreaterThan(1);
    expect(await page.getByRole("button", { name: "Tell marketing" }).count()).toBe(boundaries);

    await page.goto("/deal-checker/?product=edge-shield&discount=5&months=12&quantity=1");
    const line = page.locator(".quote-line").first();
    await line.getByRole("button", { name: "Tell marketing" }).click();
    const dialog = page.getByRole("dialog", { name: "Tell marketing" });
    await expect.poll(() => dialog.isVisible(), UI).toBe(true);
    const verdict = await line.locator("[data-line-verdict] .verdict-title").innerText();
    expect(await dialog.locator(".field-note-about").innerText()).toBe(
      `Edge Shield. Deal verdict: ${verdict}`,
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();

    await page.goto("/draft-checker/");
    await page.getByLabel("About (title or SKU)").fill("Signal Analytics");
    await page.getByLabel("Your draft").fill("We can promise 99.99% uptime and it is risk-free.");
    const finding = page.locator("#draft-findings li").first();
    await finding.getByRole("button", { name: "Tell marketing" }).click();
    await expect.poll(() => dialog.isVisible(), UI).toBe(true);
    expect(await dialog.locator(".field-note-about").innerText()).toBe(
      "Signal Analytics. Draft checker flagged “99.99% uptime”",
    );
    expect(await page.locator("#draft-findings li").count()).toBe(
      await page.locator("#draft-findings li .tell-marketing").count(),
    );
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});
