// `npm run dev` on a copy of the sample library, saved into states the checker refuses: the page
// keeps showing the library as it last passed, with the problem list at file:line, never Astro's
// error overlay, and the server prints no stack trace; a sheet never accepted shows its problems
// at its address; a draft is previewed with its notice. Starts its own dev server; needs no build.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { STACK_LINE } from "../cli/run-cli.ts";
import { copyProject } from "../project-copy.ts";
import { startDevServer, type DevServer } from "./dev-server.ts";
import { launchBrowser } from "./harness.ts";

let workDir: string;
let library: string;
let server: DevServer;
let browser: Browser;
let page: Page;

const SHEET = "products/signal-analytics.mdx";
const PAGE = "/products/signal-analytics/";

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "fieldguide-dev-refused-"));
  const project = await copyProject(join(workDir, "fieldguide"));
  library = join(project, "content");
  [server, browser] = await Promise.all([startDevServer(project), launchBrowser()]);
  page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await page.goto(PAGE);
  // Vite optimises the page's dependencies on its first load, then reloads it.
  await page.waitForLoadState("networkidle");
  await page.reload({ waitUntil: "networkidle" });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** Saves `path` of the library through `change` while `look` runs, then puts it back. */
async function whileSaved<T>(
  path: string,
  change: (text: string) => string,
  look: () => Promise<T>,
): Promise<T> {
  const file = join(library, path);
  const before = readFileSync(file, "utf8");
  writeFileSync(file, change(before));
  try {
    return await look();
  } finally {
    writeFileSync(file, before);
  }
}

/** Reloads the page until its problem list names `place`, then what the page and server show. */
async function refusedPage(place: string) {
  await expect
    .poll(
      async () => {
        await page.goto(PAGE, { waitUntil: "networkidle" });
        return page.locator(".dev-problems").innerText();
      },
      { timeout: 30_000 },
    )
    .toContain(`content/${place}`);
  return {
    title: await page.locator("main h1").first().innerText(),
    problems: await page.locator(".dev-problems").innerText(),
    overlay: await page.locator("vite-error-overlay").count(),
    serverOutput: server.output(),
  };
}

describe("npm run dev on a library the checker refuses", { timeout: 120_000 }, () => {
  test("renaming a role in policy.yaml lists the sheets that name it, and the page keeps rendering", async () => {
    const shown = await whileSaved(
      "policy.yaml",
      (text) => text.replace("{ id: director,", "{ id: regional-director,"),
      () => refusedPage(`${SHEET}:54:`),
    );

    expect(shown.title).toBe("Signal Analytics");
    expect(shown.overlay).toBe(0);
    expect(shown.serverOutput).not.toMatch(STACK_LINE);
  });

  test("a control character pasted into a sheet is shown at its line, over the last good page", async () => {
    const shown = await whileSaved(
      SHEET,
      (text) => text.replace("category: Analytics", "category: Ana\u001blytics"),
      () => refusedPage(`${SHEET}:4:14`),
    );

    expect(shown.problems).toContain("invisible control character (U+001B)");
    expect(shown.title).toBe("Signal Analytics");
    expect(shown.overlay).toBe(0);
    expect(shown.serverOutput).not.toMatch(STACK_LINE);
  });

  test("a category with no letters and an image that is not one are problems, not a crashed page", async () => {
    writeFileSync(join(library, "images-diagram.png"), "not a picture\n");
    const shown = await whileSaved(
      SHEET,
      (text) =>
        text
          .replace("category: Analytics", 'category: "???"')
          .replace("\n## ", "\n![Diagram](../images-diagram.png)\n\n## "),
      () => refusedPage(`${SHEET}:4:11`),
    );

    expect(shown.problems).toContain('the category "???" has no letter or digit');
    expect(shown.problems).toContain('"../images-diagram.png" is not a PNG');
    expect(shown.title).toBe("Signal Analytics");
    expect(shown.overlay).toBe(0);
    expect(shown.serverOutput).not.toMatch(STACK_LINE);
  });

  test("a talk track compiled for its image, saved with an MDX error, keeps its last good page", async () => {
    mkdirSync(join(library, "images"), { recursive: true });
    copyFileSync("public/icons/icon-192.png", join(library, "images/diagram.png"));
    const withImage = (text: string) =>
      text.replace("\n## ", "\n![Diagram](../images/diagram.png)\n\n## ");
    const diagrams = () => page.locator('main img[alt="Diagram"]').count();
    await whileSaved(SHEET, withImage, async () => {
      await expect
        .poll(
          async () => {
            await page.goto(PAGE, { waitUntil: "networkidle" });
            return diagrams();
          },
          { timeout: 30_000 },
        )
        .toBe(1);
      const shown = await whileSaved(
        SHEET,
        (text) => text.replace("\n## ", "\n<DontSay>never closed\n\n## "),
        () => refusedPage(`${SHEET}:`),
      );

      expect(shown.title).toBe("Signal Analytics");
      expect(await diagrams()).toBe(1);
      expect(shown.overlay).toBe(0);
      expect(shown.serverOutput).not.toMatch(STACK_LINE);
    });
  });

  test("a sheet linked into products/ is refused at its path and never shown", async () => {
    const link = join(library, "products/linked.mdx");
    symlinkSync(join(library, SHEET), link);
    try {
      const shown = await refusedPage("products/linked.mdx:1:1");
      const linked = await page.request.get("/products/linked/");

      expect(linked.status()).toBe(404);
      expect(shown.overlay).toBe(0);
      expect(shown.serverOutput).not.toMatch(STACK_LINE);
    } finally {
      unlinkSync(link);
    }
  });

  test("a new sheet the check has never accepted shows its problems at its address, not a 404", async () => {
    const file = join(library, "products/brand-new.mdx");
    const sheet = readFileSync(join(library, SHEET), "utf8")
      .replace("title: Signal Analytics", "title: Brand New")
      .replace("sku: NWS-AN-100", "sku: NWS-BN-100")
      .replace("listPrice: 42", "listPrice: TODO");
    writeFileSync(file, sheet);
    try {
      let status = 0;
      await expect
        .poll(
          async () => {
            status = (await page.goto("/products/brand-new/", {
              waitUntil: "networkidle",
            }))!.status();
            return page.locator(".dev-problems").innerText();
          },
          { timeout: 30_000 },
        )
        .toContain("content/products/brand-new.mdx:10:");

      expect(status).toBe(200);
      expect(await page.locator("main h1").innerText()).toBe("Not accepted yet");
      expect(await page.locator("main").innerText()).toContain("products/brand-new.mdx");
      expect(await page.locator("vite-error-overlay").count()).toBe(0);
      expect(server.output()).not.toMatch(STACK_LINE);
    } finally {
      unlinkSync(file);
    }
  });
});

describe("npm run dev on a draft sheet", { timeout: 120_000 }, () => {
  test("shows the sheet with its Draft notice (npm run build leaves it out: draft-sheet.test.ts)", async () => {
    // Nothing else in the sample library quotes this sheet, so it may be a draft.
    const notices = await whileSaved(
      "products/data-residency.mdx",
      (text) => text.replace("\npricing:", "\nstatus: draft\npricing:"),
      async () => {
        await expect
          .poll(
            async () => {
              await page.goto("/products/data-residency/", { waitUntil: "networkidle" });
              return page.locator(".draft-notice").count();
            },
            { timeout: 30_000 },
          )
          .toBe(1);
        return {
          text: await page.locator(".draft-notice").innerText(),
          title: await page.locator("main h1").first().innerText(),
        };
      },
    );

    expect(notices.text).toContain("status: draft");
    expect(notices.title).toBe("Data Residency add-on");
  });
});

describe("npm run dev's pages", () => {
  test("carry the Content Security Policy the built site is served with (public/_headers)", async () => {
    const policy = /^\/\*\n(?:\s.*\n)*?\s+Content-Security-Policy:\s*(.+)$/m.exec(
      readFileSync("public/_headers", "utf8"),
    )?.[1];
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });

    const response = await page.goto(PAGE, { waitUntil: "networkidle" });

    expect(policy).toContain("frame-ancestors 'none'");
    expect(response!.headers()["content-security-policy"]).toBe(policy);
    // Vite's client and the problem list still run under it.
    expect(refused).toEqual([]);
    expect(await page.locator(".dev-problems").count()).toBe(1);
  });
});
