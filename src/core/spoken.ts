import { bodyPosition, talkTrackOf, type SheetEntry } from "./library.ts";
import type { StepEntry } from "./onboarding/read.ts";
import { generateQuestion, QUIZ_ATTEMPTS, type QuizContext } from "./onboarding/quiz.ts";
import { formatFieldPath, type Position } from "./problem.ts";
import type { Product } from "./schema/product.ts";
import { decodeReferences } from "./text/entities.ts";
import type { TalkTrackKind } from "./text/mdx.ts";

/**
 * One text a rep reads as something they may say, as the reader sees it (character references
 * decoded), with where it was written. This is the one list of such texts: the wording rule checks
 * every entry, and nothing else is exempt from it but what is quoted on purpose, which is left out
 * here: `<DontSay>` blocks, the `forbidden` and `mayNot` lists themselves, and the wrong options of
 * a quiz question.
 */
export interface SpokenText {
  file: string;
  /** Frontmatter field path (`claims[0].text`), or "" for the talk track. */
  field: string;
  text: string;
  /** Where character `offset` of `text` was written. */
  at(offset: number): Position;
  /** The products whose own forbidden and may-not phrases apply, beside the company-wide ones. */
  products: readonly Product[];
  /** Set for a talk track, where wording may be quoted inside <DontSay>. */
  talkTrack?: TalkTrackKind;
}

/** A sheet's title, summary, claim texts, what each promise allows, and its talk track. */
export function sheetTexts(sheet: SheetEntry): SpokenText[] {
  const { product } = sheet;
  const products = [product];
  const field = (path: (string | number)[], text: string): SpokenText => {
    return {
      file: sheet.file,
      field: formatFieldPath(path),
      text: decodeReferences(text),
      // Locating reads the YAML a second, slower way: only done for a text with a problem.
      at: () => sheet.locate(path, "value"),
      products,
    };
  };
  return [
    field(["title"], product.title),
    field(["summary"], product.summary),
    ...product.claims.map((claim, index) => field(["claims", index, "text"], claim.text)),
    ...product.promises.map((promise, index) => field(["promises", index, "may"], promise.may)),
    ...talkTrackTexts(sheet, "a product sheet", products),
  ];
}

/**
 * A step's talk track, and its quiz's right answers and explanations. A generated question's
 * right answer is a claim's text or a promise's `may` (a discount question's is a role); its
 * explanation quotes the ruled-out phrases on purpose, and the rest of it is built from the fields
 * above, so only hand-written explanations are read here.
 */
export function stepTexts(step: StepEntry, context: QuizContext): SpokenText[] {
  const about = step.step.products.flatMap((slug) => context.products.get(slug) ?? []);
  const texts = talkTrackTexts(step, "an onboarding step", about);
  step.step.quiz.forEach((item, index) => {
    const field = (key: string, text: string, products: readonly Product[]) => {
      texts.push({
        file: step.file,
        field: formatFieldPath(["quiz", index, key]),
        text: decodeReferences(text),
        at: () => step.locate(["quiz", index, key], "value"),
        products,
      });
    };
    if (item.scenario === undefined) {
      field("answer", item.answer, about);
      field("explain", item.explain, about);
      return;
    }
    if (item.scenario === "discount") return;
    const product = context.products.get(item.product);
    if (!product) return;
    // Every attempt may ask another claim or boundary, so each attempt's right answer is read.
    const answers = new Set<string>();
    for (let attempt = 0; attempt < QUIZ_ATTEMPTS; attempt++) {
      const result = generateQuestion(item, `${step.key}#${index}`, context, attempt);
      if ("error" in result) return;
      answers.add(result.question.options[result.question.answer]!);
    }
    for (const answer of answers)
      field(item.scenario === "claim" ? "claim" : "topic", answer, [product]);
  });
  return texts;
}

function talkTrackTexts(
  entry: Pick<SheetEntry, "file" | "body" | "bodyLine">,
  kind: TalkTrackKind,
  products: readonly Product[],
): SpokenText[] {
  return talkTrackOf(entry, kind).spoken.map((run) => ({
    file: entry.file,
    field: "",
    text: run.text,
    at: (offset) => bodyPosition(entry, run.origin(offset)),
    products,
    talkTrack: kind,
  }));
}
