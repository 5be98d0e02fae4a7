// What a track and a step say, for the wording rules: read like a sheet's texts (../spoken.ts), plus
// the right answers a step's generated questions may give.
import { decodeReferences } from "../text/entities.ts";
import { formatFieldPath } from "../problem.ts";
import { fieldTexts, talkTrackTexts, type SpokenText } from "../guardrails/spoken.ts";
import type { StepEntry, TrackEntry } from "./read.ts";
import { StepSchema, TrackSchema } from "./schema.ts";
import { generateQuestion, QUIZ_ATTEMPTS, type QuizContext } from "./quiz.ts";

/** An onboarding track's title and summary. */
export function trackTexts(track: TrackEntry): SpokenText[] {
  return fieldTexts(track, TrackSchema, track.track, []);
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
