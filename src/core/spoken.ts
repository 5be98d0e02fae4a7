import type { z } from "zod";
import { bodyPosition, talkTrackOf, type PolicyEntry, type SheetEntry } from "./library.ts";
import type { StepEntry, TrackEntry } from "./onboarding/read.ts";
import { StepSchema, TrackSchema } from "./onboarding/schema.ts";
import { generateQuestion, QUIZ_ATTEMPTS, type QuizContext } from "./onboarding/quiz.ts";
import { formatFieldPath, type Position } from "./problem.ts";
import { checkedFields } from "./schema/checked-fields.ts";
import { PolicySchema } from "./schema/policy.ts";
import { ProductSchema, type Product } from "./schema/product.ts";
import { decodeReferences } from "./text/entities.ts";
import type { TalkTrackKind } from "./text/mdx.ts";

/**
 * One text a rep reads as something they may say, as the reader sees it (character references
 * decoded), with where it was written. Every text field of every file is one, unless its schema
 * marks it exempt (schema/exempt.ts: ids, addresses, dates, and what is quoted on purpose: the
 * `forbidden` and `mayNot` lists, a quiz's question and options); so is every run of a talk track
 * outside `<DontSay>`, and every right answer a generated question may give.
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

/** A sheet's text fields and its talk track. */
export function sheetTexts(sheet: SheetEntry): SpokenText[] {
  const products = [sheet.product];
  return [
    ...fieldTexts(sheet, ProductSchema, sheet.product, products),
    ...talkTrackTexts(sheet, "a product sheet", products),
  ];
}

/** policy.yaml's text fields (the company's name, role titles): company-wide phrases apply. */
export function policyTexts(policy: PolicyEntry): SpokenText[] {
  return fieldTexts(policy, PolicySchema, policy.policy, []);
}

/** An onboarding track's title and summary. */
export function trackTexts(track: TrackEntry): SpokenText[] {
  return fieldTexts(track, TrackSchema, track.track, []);
}

function fieldTexts(
  entry: { file: string; locate: SheetEntry["locate"] },
  schema: z.ZodType,
  data: unknown,
  products: readonly Product[],
): SpokenText[] {
  return checkedFields(schema, data).map(({ path, text }) => ({
    file: entry.file,
    field: formatFieldPath(path),
    text: decodeReferences(text),
    // Locating reads the YAML a second, slower way: only done for a text with a problem.
    at: () => entry.locate(path, "value"),
    products,
  }));
}

/**
 * A step's text fields and talk track, and the right answers its generated questions may give: a
 * claim's text or a promise's `may` (a discount question's is a role). A generated explanation
 * quotes the ruled-out phrases on purpose, and the rest of it is built from the fields above.
 */
export function stepTexts(step: StepEntry, context: QuizContext): SpokenText[] {
  const about = step.step.products.flatMap((slug) => context.products.get(slug) ?? []);
  const texts = [
    ...fieldTexts(step, StepSchema, step.step, about),
    ...talkTrackTexts(step, "an onboarding step", about),
  ];
  step.step.quiz.forEach((item, index) => {
    if (item.scenario !== "claim" && item.scenario !== "promise") return;
    const product = context.products.get(item.product);
    if (!product) return;
    // Every attempt may ask another claim or boundary, so each attempt's right answer is read.
    const answers = new Set<string>();
    for (let attempt = 0; attempt < QUIZ_ATTEMPTS; attempt++) {
      const result = generateQuestion(item, `${step.key}#${index}`, context, attempt);
      if ("error" in result) return;
      answers.add(result.question.options[result.question.answer]!);
    }
    const path = ["quiz", index, item.scenario === "claim" ? "claim" : "topic"];
    for (const answer of answers) {
      texts.push({
        file: step.file,
        field: formatFieldPath(path),
        text: decodeReferences(answer),
        at: () => step.locate(path, "value"),
        products: [product],
      });
    }
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
