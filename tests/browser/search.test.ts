// Search from the header of every page: Pagefind's index of the built site, read through our own
// dialog and ranking. The relevance table says, for the questions reps ask, what must come first;
// every expectation is read from the sample library in content/.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import type { Library } from "../../src/core/source/library.ts";
import { SEARCH_TYPES } from "../../src/site/search.ts";
import { useBuiltSite } from "./built-site.ts";
import { claim, sampleLibrary, sheet } from "./sample-library.ts";

const built = useBuiltSite();
let library: Library;

beforeAll(async () => {
  library = await sampleLibrary();
});

/** The first search loads Pagefind's bundle and index chunks: slow on a busy machine. */
const LOADED = { timeout: 15_000 };
const PHONE = { viewport: { width: 360, height: 740 } };

const results = (page: Page) => page.locator("#search-results > li");

interface Shown {
  type: string;
  product: string;
  text: string;
  url: string;
  marked: string[];
}

/** Every result as the rep sees it: its type tag, product, text, address and marked words. */
function shown(page: Page): Promise<Shown[]> {
  return results(page).evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector("a")!;
      const [type, product] = [...link.querySelectorAll(".hit-kind > span")].map(
        (span) => span.textContent ?? "",
      );
      const url = new URL(link.href);
      return {
        type: type ?? "",
        product: product ?? "",
        text: link.querySelector(".hit-claim, .hit-excerpt")?.textContent ?? "",
        url: `${url.pathname}${url.hash}`,
        marked: [...link.querySelectorAll("mark")].map((mark) => mark.textContent ?? ""),
      };
    }),
  );
}

/** Opens search with "/" on the page at `path`, types the words and waits for the answer. */
async function search(page: Page, words: string, path = "/"): Promise<void> {
  await page.goto(path);
  await page.keyboard.press("/");
  await page.keyboard.type(words);
  await expect
    .poll(() => page.locator("#search-status").innerText(), LOADED)
    .toContain(`“${words}”`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const focusedHref = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute("href"));

describe("opening and walking search with the keyboard", () => {
  test("a page loads no search code until search is opened, then / opens it with the cursor in the field", async () => {
    const tab = await built.newPage();
    const loaded: string[] = [];
    tab.page.on("request", (request) => loaded.push(new URL(request.url()).pathname));
    try {
      await tab.page.goto("/products/edge-shield/");
      await tab.page.waitForLoadState("networkidle");
      expect(loaded.filter((path) => /pagefind|\/search\./.test(path))).toEqual([]);
      expect(await tab.page.locator("#search-dialog").isVisible()).toBe(false);

      await tab.page.keyboard.press("/");
      expect(await tab.page.locator("#search-dialog").isVisible()).toBe(true);
      expect(await focusedId(tab.page)).toBe("search-input");
      expect(await tab.page.inputValue("#search-input")).toBe("");
      await expect
        .poll(() => loaded.some((path) => path.startsWith("/pagefind/")), LOADED)
        .toBe(true);
    } finally {
      await tab.close();
    }
  });

  test("Ctrl-K opens it, ↓ and ↑ walk the results, Esc closes it, Enter opens a result", async () => {
    const tab = await built.newPage(PHONE);
    try {
      await tab.page.goto("/products/edge-shield/");
      await tab.page.keyboard.press("Control+k");
      expect(await focusedId(tab.page)).toBe("search-input");
      await tab.page.keyboard.type("refund");
      await expect
        .poll(() => tab.page.locator("#search-status").innerText(), LOADED)
        .toContain("“refund”");
      expect(await results(tab.page).count()).toBeGreaterThan(2);
      const urls = (await shown(tab.page)).map((result) => result.url);

      await tab.page.keyboard.press("ArrowDown");
      expect(await focusedHref(tab.page)).toBe(urls[0]);
      await tab.page.keyboard.press("ArrowDown");
      expect(await focusedHref(tab.page)).toBe(urls[1]);
      await tab.page.keyboard.press("ArrowUp");
      await tab.page.keyboard.press("ArrowUp");
      expect(await focusedId(tab.page)).toBe("search-input");

      await tab.page.keyboard.press("Escape");
      expect(await tab.page.locator("#search-dialog").isVisible()).toBe(false);

      await tab.page.keyboard.press("/");
      expect(await tab.page.inputValue("#search-input")).toBe("refund");
      await expect.poll(() => results(tab.page).count(), LOADED).toBeGreaterThan(2);
      await tab.page.keyboard.press("ArrowDown");
      expect(await focusedHref(tab.page)).toBe(urls[0]);
      await tab.page.keyboard.press("Enter");
      await expect
        .poll(() => new URL(tab.page.url()).hash, LOADED)
        .toBe(new URL(urls[0]!, tab.page.url()).hash);
      expect(new URL(tab.page.url()).pathname).toBe(urls[0]!.replace(/#.*/, ""));
      expect(tab.pageErrors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test("Esc then / at once reopens search, even while the closed dialog's field still has the focus", async () => {
    const tab = await built.newPage();
    try {
      await search(tab.page, "refund", "/products/edge-shield/");
      // Chromium hands the focus back a moment after a dialog closes; a fast rep's "/" lands first.
      await tab.page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>("#search-input")!;
        document.querySelector<HTMLDialogElement>("#search-dialog")!.close();
        input.dispatchEvent(
          new KeyboardEvent("keydown", { key: "/", bubbles: true, cancelable: true }),
        );
      });
      expect(await tab.page.locator("#search-dialog").isVisible()).toBe(true);
      expect(await focusedId(tab.page)).toBe("search-input");
      expect(await tab.page.inputValue("#search-input")).toBe("refund");
    } finally {
      await tab.close();
    }
  });

  test("a rep walking the results keeps their place when a later answer redraws the list", async () => {
    const tab = await built.newPage();
    try {
      await search(tab.page, "refund", "/products/edge-shield/");
      const urls = (await shown(tab.page)).map((result) => result.url);
      await tab.page.keyboard.press("ArrowDown");
      await tab.page.keyboard.press("ArrowDown");
      expect(await focusedHref(tab.page)).toBe(urls[1]);

      const before = await results(tab.page).first().elementHandle();
      await tab.page.evaluate(() =>
        document.querySelector<HTMLFormElement>("#search")!.requestSubmit(),
      );
      await expect.poll(() => before!.evaluate((item) => item.isConnected), LOADED).toBe(false);
      expect(await focusedHref(tab.page)).toBe(urls[1]);
    } finally {
      await tab.close();
    }
  });
});

describe("on a 360 × 740 phone", () => {
  test.each([
    ["the home page", "/"],
    ["a product sheet", "/products/signal-analytics/"],
  ])("after a search from %s, the first result is whole on the first screen", async (_, path) => {
    const tab = await built.newPage(PHONE);
    try {
      await search(tab.page, "SOC 2", path);
      const box = await results(tab.page).first().boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(740);
      // The filters are there, folded.
      expect(await tab.page.locator("#search-type").isVisible()).toBe(false);
      expect(await tab.page.getByText("Filters", { exact: true }).isVisible()).toBe(true);
    } finally {
      await tab.close();
    }
  });

  test("the header is one line, with the menu behind a button", async () => {
    const tab = await built.newPage(PHONE);
    try {
      await tab.page.goto("/products/edge-shield/");
      const header = await tab.page.locator(".site-header").boundingBox();
      expect(header!.height).toBeLessThan(64);
      const menu = tab.page.getByRole("button", { name: "Menu" });
      expect(await tab.page.getByRole("link", { name: "Claims", exact: true }).isVisible()).toBe(
        false,
      );
      await menu.click();
      expect(await menu.getAttribute("aria-expanded")).toBe("true");
      await tab.page.getByRole("link", { name: "Claims", exact: true }).click();
      await expect.poll(() => new URL(tab.page.url()).pathname).toBe("/claims/");
    } finally {
      await tab.close();
    }
  });
});

describe("relevance: what must come first", () => {
  test("“SOC 2” finds the claims and boundaries stating SOC 2, and marks nothing else", async () => {
    const stating = library.sheets.flatMap(({ product }) => [
      ...product.claims.filter((entry) => entry.text.includes("SOC 2")).map(() => product.title),
      ...product.promises.filter((entry) => entry.may.includes("SOC 2")).map(() => product.title),
    ]);
    expect(stating.length).toBeGreaterThan(1);
    const tab = await built.newPage(PHONE);
    try {
      await search(tab.page, "SOC 2");
      const found = await shown(tab.page);
      const first = found.slice(0, stating.length);
      expect(first.every((result) => /SOC 2/.test(result.text))).toBe(true);
      expect(new Set(first.map((result) => result.type))).toEqual(
        new Set([SEARCH_TYPES.claim, SEARCH_TYPES.promise]),
      );
      expect(first.map((result) => result.product).sort()).toEqual(stating.sort());
      const marked = new Set(
        found.flatMap((result) => result.marked).map((word) => word.replace(/\W+$/, "")),
      );
      expect(marked).toEqual(new Set(["SOC", "2"]));
    } finally {
      await tab.close();
    }
  });

  test("“99.9” finds the SLA claim first, then the SLA boundaries", async () => {
    const { claim: uptime } = claim(library, "signal-analytics-uptime");
    const slaPromises = library.sheets.filter(({ product }) =>
      product.promises.some((entry) => entry.topic === "SLA" && entry.may.includes("99.9%")),
    );
    const tab = await built.newPage(PHONE);
    try {
      await search(tab.page, "99.9");
      const found = await shown(tab.page);
      expect(found[0]).toMatchObject({ type: SEARCH_TYPES.claim, text: uptime.text });
      const promises = found.slice(1, 1 + slaPromises.length);
      expect(promises.every((result) => result.url.endsWith("#promise-sla"))).toBe(true);
      expect(
        found
          .flatMap((result) => result.marked)
          .every((word) => word.replace(/[.,;:]+$/, "") === "99.9%"),
      ).toBe(true);
    } finally {
      await tab.close();
    }
  });

  test.each(["discount", "approve"])("“%s” finds the discount ladders first", async (words) => {
    const ladders = library.sheets.filter(({ product }) => product.discounts.length > 0).length;
    const tab = await built.newPage(PHONE);
    try {
      await search(tab.page, words);
      const types = (await shown(tab.page)).map((result) => result.type);
      expect(types.slice(0, ladders)).toEqual(Array(ladders).fill(SEARCH_TYPES.ladder));
    } finally {
      await tab.close();
    }
  });

  test("“refund” finds the refund boundaries first", async () => {
    const refunds = library.sheets.filter(({ product }) =>
      product.promises.some((entry) => entry.topic === "Refunds"),
    ).length;
    const tab = await built.newPage(PHONE);
    try {
      await search(tab.page, "refund");
      const urls = (await shown(tab.page)).map((result) => result.url);
      expect(urls.slice(0, refunds).every((url) => url.endsWith("#promise-refunds"))).toBe(true);
    } finally {
      await tab.close();
    }
  });

  test("“uptime edge shield” finds Edge Shield's SLA boundary first, though it says “availability”", async () => {
    const { product } = sheet(library, "edge-shield");
    const sla = product.promises.find((entry) => entry.topic === "SLA")!;
    expect(sla.may).not.toMatch(/uptime/i);
    const tab = await built.newPage(PHONE);
    try {
      await search(tab.page, "uptime edge shield");
      const [first] = await shown(tab.page);
      expect(first).toMatchObject({ type: SEARCH_TYPES.promise, product: product.title });
      expect(first!.url).toBe("/products/edge-shield/#promise-sla");
      // Found by a synonym of “uptime”, marked as such.
      expect(first!.marked.some((word) => /^(availability|sla)\b/i.test(word))).toBe(true);
    } finally {
      await tab.close();
    }
  });

  test("“signal analytics uptime” ranks Signal Analytics' own SLA boundary first", async () => {
    const { product } = sheet(library, "signal-analytics");
    const tab = await built.newPage(PHONE);
    try {
      await search(tab.page, "signal analytics uptime");
      const [first] = await shown(tab.page);
      expect(first).toMatchObject({ type: SEARCH_TYPES.promise, product: product.title });
      expect(first!.url).toBe("/products/signal-analytics/#promise-sla");
    } finally {
      await tab.close();
    }
  });

  test("“uptime” puts the SLA claims and boundaries before claims that only name Uptime Monitor", async () => {
    const tab = await built.newPage(PHONE);
    try {
      await search(tab.page, "uptime");
      const found = await shown(tab.page);
      const guardrails = found.filter(
        (result) => result.type === SEARCH_TYPES.claim || result.type === SEARCH_TYPES.promise,
      );
      const aboutUptime = (result: Shown) => /monthly uptime|uptime SLA/.test(result.text);
      const lastSla = guardrails.findLastIndex(aboutUptime);
      const firstOther = guardrails.findIndex((result) => !aboutUptime(result));
      expect(lastSla).toBeGreaterThan(0);
      expect(firstOther).toBeGreaterThan(lastSla);
    } finally {
      await tab.close();
    }
  });

  test("a role's name finds its rung on a ladder first", async () => {
    const role = library.policy.policy.roles.find((entry) => entry.id === "manager")!;
    const tab = await built.newPage();
    try {
      await search(tab.page, role.title);
      const found = await shown(tab.page);
      expect(found[0]).toMatchObject({
        type: SEARCH_TYPES.role,
        url: expect.stringContaining("#approver-manager"),
      });
    } finally {
      await tab.close();
    }
  });
});

test("a claim's result copies its exact wording, from the result itself", async () => {
  const { claim: owasp } = claim(library, "edge-shield-owasp");
  const tab = await built.newPage({ ...PHONE, permissions: ["clipboard-read", "clipboard-write"] });
  try {
    await search(tab.page, "OWASP");
    const result = results(tab.page).filter({ hasText: owasp.text }).first();
    await result.getByRole("button", { name: "Copy wording" }).click();
    await expect
      .poll(() => result.getByRole("status").innerText())
      .toBe("Copied the exact wording.");
    expect(await tab.page.evaluate(() => navigator.clipboard.readText())).toBe(owasp.text);
  } finally {
    await tab.close();
  }
});

test("a first search downloads no filter list; unfolding the filters loads every product and category", async () => {
  const tab = await built.newPage();
  const fetched: string[] = [];
  tab.page.on("requestfinished", (request) => fetched.push(new URL(request.url()).pathname));
  const filterFiles = () => fetched.filter((path) => path.startsWith("/pagefind/filter/"));
  try {
    await search(tab.page, "refund");
    await tab.page.waitForLoadState("networkidle");
    expect(filterFiles()).toEqual([]);
    expect(await tab.page.locator("#search-product").isVisible()).toBe(false);

    await tab.page.getByText("Filters", { exact: true }).click();
    const products = library.sheets.map((entry) => entry.product.title).sort();
    await expect
      .poll(() => tab.page.locator("#search-product option").allTextContents(), LOADED)
      .toEqual(["Any product", ...products]);
    const categories = [...new Set(library.sheets.map((entry) => entry.product.category))].sort();
    expect(await tab.page.locator("#search-category option").allTextContents()).toEqual([
      "Any category",
      ...categories,
    ]);
    expect(filterFiles().length).toBeGreaterThan(0);
  } finally {
    await tab.close();
  }
});

test("filters narrow the results by type and product", async () => {
  const { claim: owasp, sheet: edgeShield } = claim(library, "edge-shield-owasp");
  const word = "OWASP";
  const tab = await built.newPage();
  try {
    await search(tab.page, word);
    const everything = await shown(tab.page);
    expect(new Set(everything.map((result) => result.type)).size).toBeGreaterThan(1);
    expect(everything.map((result) => result.text)).toContain(owasp.text);

    await tab.page.getByText("Filters", { exact: true }).click();
    await tab.page.selectOption("#search-type", SEARCH_TYPES.claim);
    await expect
      .poll(async () => new Set((await shown(tab.page)).map((result) => result.type)), LOADED)
      .toEqual(new Set([SEARCH_TYPES.claim]));

    await tab.page.selectOption("#search-product", edgeShield.product.title);
    await expect
      .poll(async () => (await shown(tab.page)).map((result) => result.text).sort(), LOADED)
      .toEqual(
        edgeShield.product.claims
          .filter((candidate) => candidate.text.includes(word))
          .map((candidate) => candidate.text)
          .sort(),
      );
    await results(tab.page).getByText(owasp.text).click();
    await expect
      .poll(() => tab.page.url(), LOADED)
      .toContain(`/products/${edgeShield.slug}/#claim-${owasp.id}`);
    expect(await tab.page.locator(`#claim-${owasp.id}`).innerText()).toBe(owasp.text);
    expect(tab.foreignRequests()).toEqual([]);
    expect(tab.pageErrors()).toEqual([]);
  } finally {
    await tab.close();
  }
});

test("filters alone, with no words, list a product's claims", async () => {
  const { product } = sheet(library, "edge-shield");
  const tab = await built.newPage();
  try {
    await tab.page.goto("/");
    await tab.page.keyboard.press("/");
    await tab.page.getByText("Filters", { exact: true }).click();
    await tab.page.selectOption("#search-type", SEARCH_TYPES.claim);
    await tab.page.selectOption("#search-product", product.title);
    await expect
      .poll(async () => (await shown(tab.page)).map((result) => result.text), LOADED)
      .toEqual(product.claims.map((entry) => entry.text));
  } finally {
    await tab.close();
  }
});

test("a forbidden phrase is never a search hit, not even from a sheet's Don't say example", async () => {
  const phrase = sheet(library, "edge-shield").product.forbidden[0]!.phrase;
  const tab = await built.newPage();
  try {
    await search(tab.page, phrase);
    expect(await tab.page.locator("#search-status").innerText()).toBe(
      `No results for “${phrase}”.`,
    );
    expect(await results(tab.page).count()).toBe(0);
  } finally {
    await tab.close();
  }
});

test("a search link opens search on that page with its words and filters filled in", async () => {
  const tab = await built.newPage();
  try {
    await tab.page.goto("/products/edge-shield/?q=SLA&type=Promise");
    await expect.poll(() => results(tab.page).count(), LOADED).toBeGreaterThan(0);
    expect(await tab.page.inputValue("#search-input")).toBe("SLA");
    expect(new Set((await shown(tab.page)).map((result) => result.type))).toEqual(
      new Set([SEARCH_TYPES.promise]),
    );
  } finally {
    await tab.close();
  }
});

test("a page's own parameters do not open search: only a search link's q does", async () => {
  const tab = await built.newPage();
  try {
    await tab.page.goto("/deal-checker/?product=edge-shield");
    await tab.page.waitForLoadState("networkidle");
    expect(await tab.page.locator("#search-dialog").isVisible()).toBe(false);
    expect(await tab.page.locator("#search-input").count()).toBe(0);
    // Searching there and closing search gives the page its own address back.
    await tab.page.keyboard.press("/");
    await tab.page.keyboard.type("SLA");
    await expect.poll(() => new URL(tab.page.url()).search, LOADED).toBe("?q=SLA");
    await tab.page.keyboard.press("Escape");
    await expect.poll(() => new URL(tab.page.url()).search).toBe("?product=edge-shield");
  } finally {
    await tab.close();
  }
});
