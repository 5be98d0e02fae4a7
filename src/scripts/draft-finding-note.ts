// Which sheet a draft-checker finding is about, for its "Tell marketing" button: the first product
// that rules the phrase out (those the draft is about come first), the product an offer is judged
// for, else the first product the draft is about. A finding on a company-wide phrase in a draft about no product names no sheet.
import type { DraftCheck, DraftFinding, DraftIndex } from "../core/draft-checker/draft.ts";
import type { Product } from "../core/schema/product.ts";
import type { NoteTarget } from "./field-note-target.ts";

export function draftFindingNote(
  written: string,
  finding: DraftFinding,
  context: {
    check: DraftCheck;
    index: Pick<DraftIndex, "products">;
    sheet: (slug: string) => Product | undefined;
  },
): NoteTarget | undefined {
  const own =
    finding.kind === "phrase"
      ? finding.products[0]
      : finding.kind === "offer"
        ? finding.about?.product
        : undefined;
  const at = own ?? context.check.about[0];
  if (at === undefined) return undefined;
  const slug = context.index.products[at]![0];
  const product = context.sheet(slug);
  if (!product) return undefined;
  const topic =
    finding.kind === "phrase"
      ? product.promises.find((promise) => promise.mayNot.includes(finding.phrase))?.topic
      : undefined;
  return {
    product: slug,
    title: product.title,
    owner: product.owner,
    ...(topic ? { topic } : {}),
    about: `Draft checker flagged “${written}”`,
  };
}
