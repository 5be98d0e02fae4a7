// Which sheet a draft-checker finding is about, for its "Tell marketing" button: the product the
// draft is checked against, else the sheet whose rule or claim the finding names.
import type { DraftFinding } from "../core/draft.ts";
import type { CheckerProduct } from "../site/page-data.ts";
import type { NoteTarget } from "./field-note-target.ts";

export function draftFindingNote(
  text: string,
  finding: DraftFinding,
  products: readonly CheckerProduct[],
  chosen: string,
): NoteTarget | undefined {
  const named = finding.kind === "figure" ? finding.nearest?.product.title : finding.rule.product;
  const entry =
    products.find(({ product }) => product.title === named) ??
    products.find(({ slug }) => slug === chosen);
  if (!entry) return undefined;
  const topic =
    finding.kind === "phrase" && finding.rule.kind === "may-not" ? finding.rule.topic : undefined;
  return {
    product: entry.slug,
    title: entry.product.title,
    owner: entry.product.owner,
    ...(topic && entry.product.promises.some((promise) => promise.topic === topic)
      ? { topic }
      : {}),
    about: `Draft checker flagged “${text.slice(finding.start, finding.end)}”`,
  };
}
