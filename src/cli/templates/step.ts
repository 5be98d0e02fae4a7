import { yamlScalar } from "./yaml.ts";

export interface StepTemplateValues {
  title: string;
  track: string;
  step: number;
  today: string;
  /** A product slug of the library, for the commented examples of generated questions. */
  example?: string;
}

/**
 * A new onboarding step, refused by the checker until its TODOs are replaced: one written question as a placeholder
 * (a generated question needs a product; the comments show how to ask for one).
 */
export function stepTemplate({
  title,
  track,
  step,
  today,
  example = "a-product",
}: StepTemplateValues): string {
  return `---
# Step ${step} of the onboarding track "${track}", created by \`npm run new\` on ${today}.
# Lines starting with # are comments: they guide you and never appear on the site.
# Replace every TODO, then run \`npm run check\`.
title: ${yamlScalar(title)}
step: ${step} # its place in the track; the file name starts with the same number
minutes: 10 # how long the step takes, reading and quiz together
objectives: # what a rep can do after this step, one line each
  - TODO Name what the rep can do after this step
products: [] # slugs of the product sheets the step is about, e.g. [${example}]
quiz:
  # A question written by hand: the answer is one of the options, word for word.
  - question: TODO Ask what a rep should do in a real situation.
    options:
      - TODO The right answer
      - TODO A tempting wrong answer
    answer: TODO The right answer
    explain: TODO Why the right answer is right, in one or two sentences.
  # Questions generated from the library stay right when a sheet changes:
  # - { scenario: discount, product: ${example} } # who approves a discount
  # - { scenario: promise, product: ${example}, topic: SLA } # what may be promised
  # - { scenario: claim, product: ${example} } # which wording is approved
---

TODO: what the rep learns in this step. Write it for someone in their first weeks: short paragraphs, and the reason behind each rule.
`;
}

/** A new track's track.yaml, for the first step of a track that does not exist yet. */
export function trackTemplate({ title, order }: { title: string; order: number }): string {
  return `# An onboarding track, created by \`npm run new\`. Replace every TODO, then run \`npm run check\`.
title: ${yamlScalar(title)}
audience: [internal] # add partner for a track partners take as well: [internal, partner]
summary: TODO One sentence on what a rep knows after this track.
order: ${order} # tracks are listed by this number
`;
}
