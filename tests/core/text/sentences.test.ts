import { describe, expect, it } from "vitest";
import { clauseAround, paragraphAround, sentenceAround } from "../../../src/core/text/sentences.ts";

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

describe("clauses of a sentence", () => {
  const clause = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    const span = clauseAround(text, start, start + phrase.length);
    return { clause: text.slice(span.start, span.end), last: span.last, whole: span.whole };
  };

  it("is the part between semicolons, colons and dashes", () => {
    const text = "Setup is quick; you get zero downtime: ask Sam — he knows.";
    expect(clause(text, "zero downtime")).toEqual({
      clause: "you get zero downtime",
      last: false,
      whole: false,
    });
    expect(clause(text, "quick")).toMatchObject({ clause: "Setup is quick", last: false });
    expect(clause(text, "Sam")).toMatchObject({ clause: "ask Sam", last: false });
    expect(clause(text, "knows")).toMatchObject({ clause: "he knows.", last: true });
  });

  it("starts after a comma with and, but or so, leaving the conjunction to join it", () => {
    const text = "It is fast, and it has zero downtime, but the pilot is risk-free, so sign today!";
    expect(clause(text, "zero downtime").clause).toBe("it has zero downtime");
    expect(clause(text, "risk-free").clause).toBe("the pilot is risk-free");
    expect(clause(text, "sign").clause).toBe("sign today!");
    expect(clause(text, "fast").clause).toBe("It is fast");
  });

  it("is the whole sentence when nothing divides it", () => {
    const text = "Hi Ana. Uptime is 99.99%, at 10:30 and after, for you and Sam. Bye.";
    expect(clause(text, "99.99%")).toEqual({
      clause: "Uptime is 99.99%, at 10:30 and after, for you and Sam.",
      last: true,
      whole: true,
    });
  });

  it("never ends a clause inside the phrase it holds", () => {
    const text = "We offer: zero; downtime guaranteed, and more.";
    const start = text.indexOf("zero");
    const end = text.indexOf(" guaranteed");
    const span = clauseAround(text, start, end);
    expect(text.slice(span.start, span.end)).toBe("zero; downtime guaranteed");
  });
});
