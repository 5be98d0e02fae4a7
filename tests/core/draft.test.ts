import { describe, expect, it } from "vitest";
import { checkDraft, type DraftFinding } from "../../src/core/draft.ts";
import { applicablePhrases } from "../../src/core/guardrails.ts";
import { ANALYTICS, libraryOf, MONITORING, sheetOf, validLibrary } from "./fixture-library.ts";

const library = libraryOf(validLibrary());
const policy = library.policy.policy;
const analytics = sheetOf(library, ANALYTICS).product;
const monitoring = sheetOf(library, MONITORING).product;
const everyProduct = [analytics, monitoring];

/** Each finding as the rep would see it highlighted. */
function findings(text: string, products = everyProduct) {
  return checkDraft(text, policy, products, everyProduct).map((finding: DraftFinding) => ({
    written: text.slice(finding.start, finding.end),
    kind: finding.kind === "phrase" ? finding.rule.kind : "figure",
    ...(finding.kind === "phrase" && finding.instead ? { instead: finding.instead.id } : {}),
  }));
}

describe("checkDraft", () => {
  it("finds nothing in a draft that keeps to approved wording", () => {
    expect(
      findings("Analytics delivered 99.9% monthly uptime in 2025. Checks run from 12 regions."),
    ).toEqual([]);
    expect(findings("")).toEqual([]);
  });

  it("finds a company-wide forbidden phrase however it is written, with the claim to use instead", () => {
    expect(findings("Hi Sam,\nthe pilot is Risk\u2011free and\nrisk\nfree.")).toEqual([
      { written: "Risk\u2011free", kind: "forbidden", instead: "analytics-trial" },
      { written: "risk\nfree", kind: "forbidden", instead: "analytics-trial" },
    ]);
  });

  it("finds a product's own forbidden and mayNot phrases only when that product is chosen", () => {
    const text = "Real-time everything, zero downtime, and we connect to anything.";

    expect(findings(text, [analytics])).toEqual([
      { written: "Real-time everything", kind: "forbidden" },
      { written: "zero downtime", kind: "may-not" },
    ]);
    expect(findings(text, [monitoring])).toEqual([
      { written: "we connect to anything", kind: "may-not" },
    ]);
  });

  it("says what may be said and whom to escalate to for a mayNot phrase", () => {
    const [finding] = checkDraft("zero downtime", policy, [analytics]);

    expect(finding).toMatchObject({
      kind: "phrase",
      rule: {
        kind: "may-not",
        topic: "SLA",
        may: "Commit to the standard monthly uptime SLA.",
        escalate: "director",
        product: "Analytics",
      },
    });
  });

  it("flags percentages that no claim of the chosen products states", () => {
    expect(findings("We promise 99.99% uptime, as in our 99.9% record.", [analytics])).toEqual([
      { written: "99.99%", kind: "figure" },
    ]);
    expect(findings("Our 99.9% record.", [monitoring])).toEqual([
      { written: "99.9%", kind: "figure" },
    ]);
  });

  it("points an unstated percentage to the approved claim with the nearest figure", () => {
    const [finding] = checkDraft("We promise 99.99% uptime.", policy, [analytics]);

    expect(finding?.kind === "figure" && finding.nearest?.claim.text).toBe(
      "Analytics delivered 99.9% monthly uptime in 2025.",
    );
    expect(finding?.kind === "figure" && finding.nearest?.product.title).toBe("Analytics");
  });

  it("has no approved figure to suggest when no claim in scope states a percentage", () => {
    const [finding] = checkDraft("Our 99.9% record.", policy, [monitoring]);

    expect(finding).toMatchObject({ kind: "figure", nearest: undefined });
  });

  it("reports overlapping findings once, keeping the one that starts first", () => {
    const withFigurePhrase = [
      { ...analytics, forbidden: [{ phrase: "100% uptime", why: "Nothing is." }] },
    ];

    expect(
      checkDraft("We offer 100% uptime.", policy, withFigurePhrase).map(({ kind, start, end }) => ({
        kind,
        start,
        end,
      })),
    ).toEqual([{ kind: "phrase", start: 9, end: 20 }]);
  });
});

describe("applicablePhrases", () => {
  it("lists the company-wide phrases first, then each product's forbidden and mayNot phrases", () => {
    expect(
      applicablePhrases(policy, everyProduct).map(({ kind, phrase, product }) => [
        kind,
        phrase,
        product,
      ]),
    ).toEqual([
      ["forbidden", "risk-free", undefined],
      ["forbidden", "guaranteed ROI", undefined],
      ["forbidden", "real-time everything", "Analytics"],
      ["may-not", "zero downtime", "Analytics"],
      ["may-not", "we connect to anything", "Monitoring"],
    ]);
  });
});
