// A quote written into a page address, so the back button, a reload and a shared link all bring it
// back: `?months=24&product=edge-shield&quantity=3&discount=12&product2=log-vault&price2=0.4`.
// The first line's keys have no number, so a one-product link (`?product=edge-shield`) still works.
// An address can be edited by hand: what it gets wrong is kept with the line, never dropped.

/** One line as typed: numbers stay text until they are checked, so a half-typed field survives. */
export interface LineRequest {
  slug: string;
  quantity: string;
  mode: "percent" | "price";
  /** The discount in percent, or the target unit price, depending on `mode`. */
  amount: string;
  /** What the address got wrong for this line (a key given twice), said to the rep. */
  problems?: string[];
}

/** What the approver needs to know besides prices; each is optional. */
export interface QuoteContext {
  customer: string;
  /** An opportunity id or a link to it in the CRM. */
  opportunity: string;
  justification: string;
}

export interface QuoteRequest {
  months: string;
  lines: LineRequest[];
  context?: QuoteContext;
}

/** Lines beyond this are ignored: a quote is typed by hand, and an address must stay short. */
export const MAX_LINES = 20;

const CONTEXT_KEYS = ["customer", "opportunity", "justification"] as const;
const LINE_KEY = /^(product|quantity|discount|price)([1-9]\d*)?$/;

const suffix = (index: number) => (index === 0 ? "" : String(index + 1));

export function quoteSearch(request: QuoteRequest): string {
  const params = new URLSearchParams();
  if (request.months !== "") params.set("months", request.months);
  request.lines.slice(0, MAX_LINES).forEach((line, index) => {
    const n = suffix(index);
    params.set(`product${n}`, line.slug);
    if (line.quantity !== "") params.set(`quantity${n}`, line.quantity);
    if (line.amount !== "")
      params.set(`${line.mode === "price" ? "price" : "discount"}${n}`, line.amount);
  });
  for (const key of CONTEXT_KEYS) {
    const value = request.context?.[key].trim() ?? "";
    if (value !== "") params.set(key, value);
  }
  return `?${params.toString()}`;
}

/**
 * The quote an address holds. Every numbered line is read, even after a gap (`product3` without
 * `product2`); a key given twice or a discount and a price on one line is noted on that line.
 */
export function parseQuoteSearch(search: string): QuoteRequest {
  const params = new URLSearchParams(search);
  const numbers = new Set<number>();
  for (const key of params.keys()) {
    const match = LINE_KEY.exec(key);
    const n = match ? Number(match[2] ?? "1") : 0;
    if (n >= 1 && n <= MAX_LINES) numbers.add(n);
  }
  const lines = [...numbers].sort((a, b) => a - b).map((n) => lineOf(params, n));
  const context = Object.fromEntries(
    CONTEXT_KEYS.map((key) => [key, params.get(key) ?? ""]),
  ) as unknown as QuoteContext;
  const hasContext = CONTEXT_KEYS.some((key) => context[key] !== "");
  return { months: params.get("months") ?? "", lines, ...(hasContext ? { context } : {}) };
}

function lineOf(params: URLSearchParams, n: number): LineRequest {
  const key = (name: string) => `${name}${n === 1 ? "" : n}`;
  const problems: string[] = [];
  const one = (name: string, plural: string): string | null => {
    const values = params.getAll(key(name));
    if (values.length > 1)
      problems.push(
        `The address gives this line ${values.length} ${plural} (${values.map((value) => `"${value}"`).join(", ")}): the first is used.`,
      );
    return values[0] ?? null;
  };
  const slug = one("product", "products");
  const quantity = one("quantity", "quantities");
  const price = one("price", "target prices");
  const discount = one("discount", "discounts");
  if (price !== null && discount !== null)
    problems.push(
      `The address gives this line both a discount ("${discount}") and a target price ("${price}"): the target price is used.`,
    );
  return {
    slug: slug ?? "",
    quantity: quantity ?? "",
    mode: price === null ? "percent" : "price",
    amount: price ?? discount ?? "",
    ...(problems.length > 0 ? { problems } : {}),
  };
}
