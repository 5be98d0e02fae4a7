// A quote written into a page address, so the back button, a reload and a shared link all bring it
// back: `?months=24&product=edge-shield&quantity=3&discount=12&product2=log-vault&price2=0.4`.
// The first line's keys have no number, so a one-product link (`?product=edge-shield`) still works.

/** One line as typed: numbers stay text until they are checked, so a half-typed field survives. */
export interface LineRequest {
  slug: string;
  quantity: string;
  mode: "percent" | "price";
  /** The discount in percent, or the target unit price, depending on `mode`. */
  amount: string;
}

export interface QuoteRequest {
  months: string;
  lines: LineRequest[];
}

/** Lines beyond this are ignored: a quote is typed by hand, and an address must stay short. */
export const MAX_LINES = 20;

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
  return `?${params.toString()}`;
}

export function parseQuoteSearch(search: string): QuoteRequest {
  const params = new URLSearchParams(search);
  const lines: LineRequest[] = [];
  for (let index = 0; index < MAX_LINES; index++) {
    const n = suffix(index);
    const slug = params.get(`product${n}`);
    if (slug === null) break;
    const price = params.get(`price${n}`);
    lines.push({
      slug,
      quantity: params.get(`quantity${n}`) ?? "",
      mode: price === null ? "percent" : "price",
      amount: price ?? params.get(`discount${n}`) ?? "",
    });
  }
  return { months: params.get("months") ?? "", lines };
}
