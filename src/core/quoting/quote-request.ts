// A quote as typed (text in the fields, or an address edited by hand) read into the numbers the
// ladder rules decide on. What cannot be read is said in the field's own terms, naming what was
// typed, and the line stays in the quote, marked: nothing typed is dropped or guessed.
import type { QuoteLine } from "./quote.ts";
import type { LineRequest, QuoteRequest } from "./quote-address.ts";
import type { Product } from "../schema/product.ts";
import { nearest } from "../text/nearest.ts";

/** A sheet by slug: null if the library has no such product, undefined while it is still loading. */
export type SheetLookup = (slug: string) => Product | null | undefined;

interface ReadLine {
  request: LineRequest;
  /** The line to decide, when its product is known and its numbers can be read. */
  line?: QuoteLine;
  /** Why the line cannot be decided, when it cannot. */
  problem?: string;
  /** What the address got wrong but the line survives (a key given twice). */
  notes: string[];
}

export interface ReadQuote {
  /** NaN when the term is empty or unreadable: decideDeal then says what to fix. */
  months: number;
  lines: ReadLine[];
}

const NUMBER = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** The number a field holds: NaN when empty, undefined when the text is not a number at all. */
function readNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return Number.NaN;
  return NUMBER.test(trimmed) ? Number(trimmed.replace(",", ".")) : undefined;
}

const UNREADABLE = {
  months: (text: string) =>
    `The term "${text}" is not a number of months: enter a whole number, at least 1.`,
  quantity: (text: string) =>
    `The quantity "${text}" is not a number: enter a whole number, at least 1.`,
  percent: (text: string) =>
    `The discount "${text}" is not a number: enter a percentage, such as 12.5.`,
  price: (text: string) =>
    `The target unit price "${text}" is not a number: enter an amount, such as 24.50.`,
};

/**
 * Each line of `request` read against the sheets at hand. `titles` are the library's product titles,
 * offered when a product typed is not one of them ("signal analitics": did you mean…).
 */
export function readQuote(
  request: QuoteRequest,
  sheetOf: SheetLookup,
  titles: readonly string[] = [],
): ReadQuote {
  const months = readNumber(request.months);
  const monthsProblem = months === undefined ? UNREADABLE.months(request.months) : undefined;
  return {
    months: months ?? Number.NaN,
    lines: request.lines.map((line) => readLine(line, sheetOf, titles, monthsProblem)),
  };
}

function readLine(
  request: LineRequest,
  sheetOf: SheetLookup,
  titles: readonly string[],
  monthsProblem: string | undefined,
): ReadLine {
  const notes = request.problems ?? [];
  const unread = (problem: string): ReadLine => ({ request, problem, notes });
  const product = request.slug === "" ? null : sheetOf(request.slug);
  if (request.slug === "") return unread("Choose a product.");
  if (product === undefined) return unread("Loading the product…");
  if (product === null) {
    const near = nearest(request.slug, titles);
    const guess = near === undefined ? "" : ` Did you mean ${near}?`;
    return unread(`No product "${request.slug}" in this library.${guess}`);
  }
  if (product.withdrawn) {
    const { on, reason } = product.withdrawn;
    return unread(`${product.title} was withdrawn on ${on}: ${reason} It may not be quoted.`);
  }
  if (monthsProblem) return unread(monthsProblem);
  const quantity = readNumber(request.quantity);
  if (quantity === undefined) return unread(UNREADABLE.quantity(request.quantity));
  const amount = readNumber(
    request.mode === "percent" ? request.amount.replace(/%\s*$/, "") : request.amount,
  );
  if (amount === undefined) return unread(UNREADABLE[request.mode](request.amount));
  return {
    request,
    notes,
    line: {
      slug: request.slug,
      product,
      quantity,
      ...(request.mode === "price" ? { targetPrice: amount } : { discountPercent: amount }),
    },
  };
}
