// The marketers' pages of the built site (dist/): content health, what changed, the machine-readable
// guardrails, and "Suggest a change". Build first: `npm run build` (`npm test` does).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { GuardrailsDocumentSchema } from "../../src/core/publishing/guardrails-document.ts";
import { checkA11y } from "./harness.ts";
import { useBuiltSite } from "./built-site.ts";

const built = useBuiltSite();

describe("marketers' pages", () => {
  test("Content health draws every dated item on a timeline and lists them in a table", async () => {
    const tab = await built.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await tab.page.goto("/health/");
      expect(await tab.page.locator("h1").innerText()).toBe("Content health");
      const marks = await tab.page.locator(".health-timeline svg .mark").count();
      expect(marks).toBeGreaterThan(0);
      expect(await tab.page.locator("table tbody tr").count()).toBe(marks);
      expect(await tab.page.locator('svg[role="img"]').getAttribute("aria-labelledby")).toBe(
        "timeline-title timeline-desc",
      );
      expect(await checkA11y(tab.page)).toEqual([]);
      expect(tab.foreignRequests()).toEqual([]);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test("What changed marks the entries since the last visit, remembered in this browser only", async () => {
    const tab = await built.newPage();
    try {
      const summary = tab.page.locator("#since-last-visit");
      await tab.page.goto("/changes/");
      await expect
        .poll(() => summary.innerText())
        .toBe("Changes made after this visit will be marked the next time you open this page.");
      const entries = await tab.page.locator(".change-entry").count();
      expect(entries).toBeGreaterThan(0);
      expect(await tab.page.locator(".change-entry.is-new").count()).toBe(0);

      // A reader who last came long ago: every entry is new to them.
      await tab.page.evaluate(() =>
        localStorage.setItem("fieldguide:changes-seen", "2000-01-01T00:00:00.000Z"),
      );
      await tab.page.reload();
      await expect.poll(() => tab.page.locator(".change-entry.is-new").count()).toBe(entries);
      expect(await summary.innerText()).toBe(
        `${entries} ${entries === 1 ? "change has" : "changes have"} landed since your last visit: marked “New” below.`,
      );
      expect(await tab.page.locator(".change-entry.is-new .new-badge").first().isVisible()).toBe(
        true,
      );

      await tab.page.reload();
      await expect
        .poll(() => summary.innerText())
        .toBe("Nothing has changed since your last visit.");
      expect(await checkA11y(tab.page)).toEqual([]);
      expect(tab.foreignRequests()).toEqual([]);
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test("a product page's footer suggests editing its sheet or opening an issue", async () => {
    const tab = await built.newPage();
    try {
      await tab.page.goto("/products/log-vault/");
      const footer = tab.page.getByRole("navigation", { name: "Suggest a change" });
      const edit = await footer.getByRole("link", { name: "edit this sheet" }).getAttribute("href");
      expect(edit).toMatch(/\/edit\/main\/content\/products\/log-vault\.mdx$/);
      const issue = new URL(
        (await footer.getByRole("link", { name: /tell marketing/ }).getAttribute("href"))!,
      );
      expect(issue.searchParams.get("title")).toBe("Field feedback: Log Vault");
    } finally {
      await tab.close();
    }
  });
});

describe("/guardrails.json", () => {
  test("validates against /guardrails.schema.json and parses back through the content schemas", async () => {
    const document = await (await fetch(`${built.url}/guardrails.json`)).json();
    const schema = await (await fetch(`${built.url}/guardrails.schema.json`)).json();
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);

    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(GuardrailsDocumentSchema.parse(document)).toEqual(document);
    expect(document.products["signal-analytics"].discounts.length).toBeGreaterThan(0);
  });
});
