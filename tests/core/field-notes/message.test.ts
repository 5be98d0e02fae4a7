import { describe, expect, it } from "vitest";
import {
  issueFormLink,
  mailtoLink,
  messageBody,
  noteFromMessage,
  readMessages,
  type NoteDraft,
} from "../../../src/core/field-notes/message.ts";
import { FieldNoteSchema } from "../../../src/core/field-notes/schema.ts";

const note: NoteDraft = {
  product: "signal-analytics",
  claim: "signal-analytics-uptime",
  kind: "pushback",
  date: "2026-11-29",
  quote: "99.9% is table stakes & the other vendor offers 99.99%.",
  dealSize: 48000,
  stage: "negotiation",
};
const sheet = {
  title: "Signal Analytics",
  owner: "maria.keller@northwind.example",
  claimText: "Signal Analytics has delivered 99.9% monthly uptime since January 2024.",
};
const claimsOf = (product: string) =>
  product === "signal-analytics" ? ["signal-analytics-uptime"] : [];

describe("the field-note message", () => {
  it("reads back exactly the note it wrote", () => {
    const [fields] = readMessages(messageBody(note));

    expect(FieldNoteSchema.parse(noteFromMessage(fields!, claimsOf))).toEqual(note);
  });

  it("writes an e-mail to the sheet's owner, with a subject and the body encoded", () => {
    const link = mailtoLink(note, sheet);
    const url = new URL(link);

    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("maria.keller@northwind.example");
    expect(link).not.toContain("+");
    expect(decodeURIComponent(link.split("body=")[1]!)).toBe(messageBody(note));
    expect(decodeURIComponent(link.split("subject=")[1]!.split("&")[0]!)).toBe(
      'Field note: Signal Analytics, claim "Signal Analytics has delivered 99.9% monthly uptime since January 2024." (customer pushed back)',
    );
  });

  it("names a claim by its id only when the note was kept without its wording", () => {
    const { claimText, ...older } = sheet;
    const subject = (link: string) => decodeURIComponent(link.split("subject=")[1]!.split("&")[0]!);

    expect(subject(mailtoLink(note, sheet))).toContain(claimText);
    expect(subject(mailtoLink(note, sheet))).not.toContain("signal-analytics-uptime");
    expect(subject(mailtoLink(note, older))).toBe(
      "Field note: Signal Analytics, claim signal-analytics-uptime (customer pushed back)",
    );
  });

  it("prefills the issue form field by field, by the template's ids", () => {
    const url = new URL(
      issueFormLink(note, sheet, "https://github.com/northwind-signal/fieldguide/"),
    );

    expect(`${url.origin}${url.pathname}`).toBe(
      "https://github.com/northwind-signal/fieldguide/issues/new",
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: "field-note.yml",
      title:
        'Field note: Signal Analytics, claim "Signal Analytics has delivered 99.9% monthly uptime since January 2024." (customer pushed back)',
      product: "signal-analytics",
      subject: "signal-analytics-uptime",
      kind: "Customer pushed back",
      quote: note.quote,
      date: "2026-11-29",
      "deal-size": "48000",
      stage: "negotiation",
    });
  });

  it("reads a topic, empty optional fields, a kind by its id and a reply's quoting", () => {
    const pasted = [
      "From: rep@northwind.example",
      "Subject: Re: Field note",
      "",
      "> ### Product",
      ">",
      "> signal-analytics",
      ">",
      "> ### Claim or promise topic",
      ">",
      "> SLA",
      "> ### What happened",
      "> out-of-bounds-ask",
      "> ### Customer's words",
      ">",
      "> Can you promise 99.99%?",
      "> It is in their RFP.",
      "> ### Date",
      "> 2026-11-28",
      "> ### Deal size",
      "> _No response_",
    ].join("\n");

    expect(readMessages(pasted).map((fields) => noteFromMessage(fields, claimsOf))).toEqual([
      {
        product: "signal-analytics",
        topic: "SLA",
        kind: "out-of-bounds-ask",
        date: "2026-11-28",
        quote: "Can you promise 99.99%?\nIt is in their RFP.",
      },
    ]);
  });

  it("finds every note in a text holding several, and none in one without sections", () => {
    const two = `${messageBody(note)}\n\n-- \nsecond mail\n\n${messageBody({ ...note, kind: "worked" })}`;

    expect(readMessages(two).map((fields) => fields.kind)).toEqual([
      "Customer pushed back",
      "It worked",
    ]);
    expect(readMessages("Hi Maria, the customer loved it.")).toEqual([]);
  });

  it("passes a kind it does not know through, for the schema to refuse", () => {
    const fields = {
      product: "signal-analytics",
      kind: "Complaint",
      quote: "No.",
      date: "2026-11-28",
    };

    expect(
      FieldNoteSchema.safeParse(noteFromMessage(fields, claimsOf)).error?.issues[0]?.path,
    ).toEqual(["kind"]);
  });
});
