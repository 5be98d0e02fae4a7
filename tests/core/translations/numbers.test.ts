import { describe, expect, it } from "vitest";
import {
  formatFigures,
  numbersIn,
  sourceFigures,
  unsourcedNumbers,
} from "../../../src/core/translations/numbers.ts";

const values = (text: string, locale: string) => numbersIn(text, locale).map((n) => n.value);

describe("figures across number formats", () => {
  it("reads 99.9% in English and 99,9 % in German and French as the same number", () => {
    expect(values("99.9% monthly uptime", "en")).toEqual([99.9]);
    expect(values("99,9 % monatliche Verfügbarkeit", "de")).toEqual([99.9]);
    expect(values("99,9 % de disponibilité", "fr")).toEqual([99.9]);
  });

  it("reads 30 days and 30 Tage as 30: numbers are compared, not words", () => {
    expect(
      unsourcedNumbers("eine 30-tägige Testphase", "de", sourceFigures(["a 30-day trial"], "en")),
    ).toEqual([]);
  });

  it("reads each language's thousands separators", () => {
    expect(values("1,000,000 events", "en")).toEqual([1_000_000]);
    expect(values("1.000.000 Ereignisse", "de")).toEqual([1_000_000]);
    expect(values("1 000 000 événements", "fr")).toEqual([1_000_000]);
    expect(values("1\u202f000\u202f000 événements", "fr")).toEqual([1_000_000]);
    expect(values("1'000'000 Ereignisse", "de-CH")).toEqual([1_000_000]);
    expect(values("1’000’000 Ereignisse", "de-CH")).toEqual([1_000_000]);
  });

  it("finds a figure the source does not state, however it is written", () => {
    const source = sourceFigures(["Analytics delivered 99.9% monthly uptime in 2025."], "en");
    const found = unsourcedNumbers("99,99 % Verfügbarkeit im Jahr 2025", "de", source);

    expect(found.map((n) => [n.written, n.value])).toEqual([["99,99", 99.99]]);
  });

  it("accepts a figure copied as the source writes it only where German cannot read it as one number", () => {
    const source = sourceFigures(["See clause 4.3 on 1,000 events and 99.9% uptime."], "en");

    expect(unsourcedNumbers("Siehe Klausel 4.3 und 99.9 %", "de", source)).toEqual([]);
    expect(unsourcedNumbers("1,000 Ereignisse", "de", source).map((n) => n.value)).toEqual([1]);
  });

  it("ignores digits inside words such as SOC2 or ISO27001", () => {
    expect(values("SOC2 und ISO27001", "de")).toEqual([]);
  });

  it("writes figures the language's way for messages", () => {
    expect(formatFigures([99.9, 2025], "de")).toBe("99,9; 2025");
  });
});
