// The two checker pages at scale: the draft checker's speed from a keystroke and from a paste to
// updated marks, on a phone-class CPU (Chromium throttled 4× through the DevTools protocol), and what
// each checker page and its data files weigh before and after the reader starts.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import type { DraftIndex } from "../src/core/draft-checker/index.ts";
import { newPage } from "../tests/browser/harness.ts";
import { measurePage, type Transfer } from "./browser.ts";
import { median } from "./stats.ts";

export interface CheckerPagesFigures {
  /** Keystroke to updated marks: the input handled and the marked draft laid out again. */
  keystrokeMs: { median: number; p90: number; worst: number; samples: number };
  /** The same, with the frame that shows it: to the first task after the next animation frame. */
  keystrokeFrameMs: number;
  pasteMs: number;
  pasteFrameMs: number;
  /** From the reader's first focus to the draft checker ready: phrases fetched, parsed and compiled. */
  readyMs: number;
  draftWords: number;
  marks: number;
  /** The largest HTML page of the whole build. */
  largestHtml: { path: string; bytes: number };
  /** Each checker page as opened, before the reader types or chooses anything. */
  draftPage: Transfer;
  dealPage: Transfer;
  /** Fetched once the reader starts: the draft checker's phrases, the deal checker's product list. */
  phrasesBytes: number;
  productListBytes: number;
  /** The largest per-product file a checker fetches for a product a draft or quote is about. */
  sheetFileBytes: number;
}

export const CHECKER_BUDGETS = {
  keystrokeMs: 50,
  pasteMs: 200,
  htmlBytes: 300 * 1024,
  pageDataBytes: 300 * 1024,
};

const CPU_THROTTLE = 4;
const KEYSTROKES = " We can also agree it today, with no risk at all for your team.";

export async function measureCheckerPages(
  browser: Browser,
  site: string,
  siteDir: string,
): Promise<CheckerPagesFigures> {
  const index = JSON.parse(
    await readFile(join(siteDir, "draft-phrases.json"), "utf8"),
  ) as DraftIndex;
  const draft = realisticDraft(index);
  const timing = await typeAndPaste(browser, site, draft);
  const sheetFiles = await filesIn(join(siteDir, "checker"));
  return {
    ...timing,
    draftWords: draft.split(/\s+/).length,
    largestHtml: await largestHtml(siteDir),
    draftPage: await measurePage(browser, site, "/draft-checker/"),
    dealPage: await measurePage(browser, site, "/deal-checker/"),
    phrasesBytes: (await stat(join(siteDir, "draft-phrases.json"))).size,
    productListBytes: (await stat(join(siteDir, "deal-products.json"))).size,
    sheetFileBytes: Math.max(...sheetFiles.map((file) => file.bytes)),
  };
}

/**
 * An e-mail of about 400 words about one product of the library, with what a rep gets wrong: a
 * company-wide forbidden phrase, two of the product's out-of-bounds phrases, an unapproved figure
 * and a discount offer.
 */
function realisticDraft(index: DraftIndex): string {
  const [, title] = index.products[Math.floor(index.products.length / 2)]!;
  const phrases = index.phrases.slice(0, 2).map(([phrase]) => phrase);
  const forbidden = index.forbidden[0]?.phrase ?? "risk-free";
  const filler = [
    `Thanks again for the time on Tuesday and for walking us through how your team runs the quarterly review today.`,
    `As promised, here is a short summary of what ${title} would change for the analysts and for the people who read their reports.`,
    `Your current process takes two people most of a week, mostly copying exports between tools and checking them by hand.`,
    `With ${title} the same numbers are refreshed on a schedule, and every report links back to where its figures come from.`,
    `We would start with one team, agree what a good first month looks like, and review it together before going wider.`,
  ];
  const paragraphs = [
    `Hi Sam,\n\n${filler.join(" ")}`,
    `On reliability: ${title} is ${forbidden}, and we can commit to ${phrases[0]} for the whole contract.`,
    `${filler.slice(1).join(" ")} About 87.5% of teams like yours see results in the first month.`,
    `If you sign this quarter we can offer 18% off on a 24-month term, and ${phrases[1] ?? phrases[0]}.`,
    `${filler.join(" ")} ${filler.slice(0, 3).join(" ")}`,
    `${filler.slice(2).join(" ")}\n\nBest regards,\nAlex`,
  ];
  return paragraphs.join("\n\n");
}

async function typeAndPaste(
  browser: Browser,
  site: string,
  draft: string,
): Promise<
  Pick<
    CheckerPagesFigures,
    "keystrokeMs" | "keystrokeFrameMs" | "pasteMs" | "pasteFrameMs" | "readyMs" | "marks"
  >
> {
  const tab = await newPage(browser, site);
  try {
    const { page } = tab;
    await page.goto("/draft-checker/");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
    const readyMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const form = document.querySelector<HTMLFormElement>("#draft-form")!;
          const start = performance.now();
          new MutationObserver(() => {
            if (form.dataset.ready !== undefined) resolve(performance.now() - start);
          }).observe(form, { attributes: true });
          document.querySelector<HTMLTextAreaElement>("#draft-text")!.focus();
        }),
    );
    const measured = await page.evaluate(
      async ({ text, keys }) => {
        const textarea = document.querySelector<HTMLTextAreaElement>("#draft-text")!;
        const mirror = document.querySelector<HTMLElement>("#draft-mirror")!;
        const input = (inputType: string) =>
          textarea.dispatchEvent(new InputEvent("input", { bubbles: true, inputType }));
        /** The first task after the next frame: the browser has painted what the handler changed. */
        const nextFrame = () =>
          new Promise<void>((resolve) =>
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve();
              channel.port2.postMessage(null);
            }),
          );
        /** Runs `change`, lays the marked draft out, then waits for the frame that shows it. */
        const time = async (change: () => void) => {
          const start = performance.now();
          change();
          mirror.getBoundingClientRect();
          const laidOut = performance.now() - start;
          await nextFrame();
          return { laidOut, framed: performance.now() - start };
        };
        const pastes = [];
        for (let run = 0; run < 7; run++) {
          textarea.value = "";
          input("deleteContentBackward");
          await nextFrame();
          pastes.push(
            await time(() => {
              textarea.value = text;
              input("insertFromPaste");
            }),
          );
        }
        const strokes = [];
        for (const key of keys) {
          strokes.push(
            await time(() => {
              textarea.value += key;
              input("insertText");
            }),
          );
        }
        return { pastes, strokes, marks: mirror.querySelectorAll("mark").length };
      },
      { text: draft, keys: KEYSTROKES },
    );
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    const laidOut = measured.strokes.map((stroke) => stroke.laidOut);
    return {
      keystrokeMs: {
        median: median(laidOut),
        p90: percentile(laidOut, 0.9),
        worst: Math.max(...laidOut),
        samples: laidOut.length,
      },
      keystrokeFrameMs: median(measured.strokes.map((stroke) => stroke.framed)),
      pasteMs: median(measured.pastes.map((paste) => paste.laidOut)),
      pasteFrameMs: median(measured.pastes.map((paste) => paste.framed)),
      readyMs,
      marks: measured.marks,
    };
  } finally {
    await tab.close();
  }
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

async function filesIn(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path, bytes: (await stat(path)).size };
      }),
  );
}

async function largestHtml(siteDir: string): Promise<{ path: string; bytes: number }> {
  const pages = (await filesIn(siteDir)).filter((file) => file.path.endsWith(".html"));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { path: `/${relative(siteDir, largest.path)}`, bytes: largest.bytes };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

/** The budget rows of the checker pages, for each size measured. */
export function checkerBudgetRows(
  results: readonly { sheets: number; checkers?: CheckerPagesFigures }[],
): { name: string; measured: string; pass: boolean | undefined }[] {
  const measured = results.filter((result) => result.checkers !== undefined);
  const each = (
    name: string,
    value: (figures: CheckerPagesFigures) => number,
    limit: number,
    show: (value: number) => string,
  ) => ({
    name,
    measured:
      measured.length === 0
        ? "not measured"
        : measured
            .map(
              (result) =>
                `${show(value(result.checkers!))} at ${result.sheets.toLocaleString("en")}`,
            )
            .join(", "),
    pass:
      measured.length === 0
        ? undefined
        : measured.every((result) => value(result.checkers!) <= limit),
  });
  return [
    each(
      "Draft checker: keystroke to updated marks ≤ 50 ms at 4× CPU throttle (median keystroke)",
      (figures) => figures.keystrokeMs.median,
      CHECKER_BUDGETS.keystrokeMs,
      ms,
    ),
    each(
      "Draft checker: paste to updated marks ≤ 200 ms at 4× CPU throttle",
      (figures) => figures.pasteMs,
      CHECKER_BUDGETS.pasteMs,
      ms,
    ),
    each(
      "No HTML page over 300 KB",
      (figures) => figures.largestHtml.bytes,
      CHECKER_BUDGETS.htmlBytes,
      kb,
    ),
    each(
      "Checker pages: ≤ 300 KB of data before the reader asks for more",
      (figures) => Math.max(figures.draftPage.total, figures.dealPage.total),
      CHECKER_BUDGETS.pageDataBytes,
      kb,
    ),
  ];
}

/** The result rows of the checker pages (`row` renders one labelled row across the sizes). */
export function checkerResultRows(
  row: (label: string, cell: (result: { checkers?: CheckerPagesFigures }) => string) => string,
): string[] {
  const cell =
    (show: (figures: CheckerPagesFigures) => string) =>
    (result: { checkers?: CheckerPagesFigures }) =>
      result.checkers ? show(result.checkers) : "n/a";
  return [
    row(
      "**Draft checker**, 4× CPU throttle: keystroke to marks, median / p90 / worst (median with the frame)",
      cell(
        (f) =>
          `${ms(f.keystrokeMs.median)} / ${ms(f.keystrokeMs.p90)} / ${ms(f.keystrokeMs.worst)} (${ms(f.keystrokeFrameMs)})`,
      ),
    ),
    row(
      "Draft checker: paste to marks (with the frame)",
      cell(
        (f) => `${ms(f.pasteMs)} (${ms(f.pasteFrameMs)}), ${f.draftWords} words, ${f.marks} marks`,
      ),
    ),
    row(
      "Draft checker: from the first focus to ready (phrases fetched and compiled), 4× throttle",
      cell((f) => ms(f.readyMs)),
    ),
    row(
      "Checker pages as opened: draft / deal (all requests)",
      cell((f) => `${kb(f.draftPage.total)} / ${kb(f.dealPage.total)}`),
    ),
    row(
      "Fetched when the reader starts: draft-phrases.json / deal-products.json / largest sheet file",
      cell((f) => `${kb(f.phrasesBytes)} / ${kb(f.productListBytes)} / ${kb(f.sheetFileBytes)}`),
    ),
    row(
      "Largest HTML page",
      cell((f) => `${kb(f.largestHtml.bytes)} (${f.largestHtml.path})`),
    ),
  ];
}
