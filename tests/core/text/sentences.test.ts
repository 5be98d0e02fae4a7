import { describe, expect, it } from "vitest";
import { paragraphAround, sentenceAround } from "../../../src/core/text/sentences.ts";

const around = (reach: typeof sentenceAround, text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  const span = reach(text, start, start + phrase.length);
  return text.slice(span.start, span.end);
};

describe("sentences and paragraphs of a draft", () => {
  const draft = "Hi Ana,\n\nYou get guaranteed ROI within 2.5 weeks! Thanks. Sam\nBye";

  it("is the sentence with its own punctuation, a decimal point ending nothing", () => {
    expect(around(sentenceAround, draft, "guaranteed ROI")).toBe(
      "You get guaranteed ROI within 2.5 weeks!",
    );
  });

  it("ends a sentence at a line break", () => {
    expect(around(sentenceAround, draft, "Sam")).toBe("Sam");
    expect(around(sentenceAround, draft, "Hi")).toBe("Hi Ana,");
  });

  it("is the text between blank lines for a paragraph", () => {
    expect(around(paragraphAround, draft, "Thanks")).toBe(
      "You get guaranteed ROI within 2.5 weeks! Thanks. Sam\nBye",
    );
  });
});
