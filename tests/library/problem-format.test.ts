import { describe, expect, it } from "vitest";
import { formatGithub, formatText, summary } from "../../src/core/problem-format.ts";
import type { Problem } from "../../src/core/problem.ts";

const EXPIRED: Problem = {
  severity: "error",
  file: "products/analytics.mdx",
  line: 19,
  column: 14,
  field: "claims[0].expires",
  message: 'claim "analytics-uptime" expired on 2026-11-30',
  hint: "Renew the evidence and move the date, or remove the claim.",
  rule: "claim-expired",
};
const IN_BODY: Problem = {
  severity: "warning",
  file: "products/analytics.mdx",
  line: 44,
  column: 20,
  field: "",
  message: '"99.99%" is not stated by any approved claim of this sheet',
  hint: "Use <Claim id=…/> for figures.",
  rule: "unstated-figure",
};

describe("formatText", () => {
  it("writes file:line:column, the field, the severity and message, the hint, and a summary", () => {
    expect(formatText([EXPIRED, IN_BODY], "content")).toBe(
      [
        'content/products/analytics.mdx:19:14  claims[0].expires  error: claim "analytics-uptime" expired on 2026-11-30',
        "    → Renew the evidence and move the date, or remove the claim.",
        'content/products/analytics.mdx:44:20  warning: "99.99%" is not stated by any approved claim of this sheet',
        "    → Use <Claim id=…/> for figures.",
        "1 error, 1 warning",
      ].join("\n"),
    );
  });

  it("writes only the summary when there is nothing to report", () => {
    expect(formatText([], "content")).toBe("0 errors, 0 warnings");
  });
});

describe("summary", () => {
  it("counts errors and warnings, singular and plural", () => {
    expect(summary([EXPIRED, EXPIRED, IN_BODY, IN_BODY])).toBe("2 errors, 2 warnings");
    expect(summary([IN_BODY])).toBe("0 errors, 1 warning");
  });
});

describe("formatGithub", () => {
  it("writes one workflow command per problem, titled by the field or else the rule", () => {
    expect(formatGithub([EXPIRED, IN_BODY], "content").split("\n")).toEqual([
      '::error file=content/products/analytics.mdx,line=19,col=14,title=claims[0].expires::claim "analytics-uptime" expired on 2026-11-30. Renew the evidence and move the date, or remove the claim.',
      '::warning file=content/products/analytics.mdx,line=44,col=20,title=unstated-figure::"99.99%25" is not stated by any approved claim of this sheet. Use <Claim id=…/> for figures.',
    ]);
  });

  it("escapes what would end a property or the message early", () => {
    const tricky: Problem = {
      ...EXPIRED,
      file: "products/a,b:c.mdx",
      field: "x:y,z",
      message: "100% wrong\r\nsecond line",
      hint: "fix",
    };

    expect(formatGithub([tricky], "lib")).toBe(
      "::error file=lib/products/a%2Cb%3Ac.mdx,line=19,col=14,title=x%3Ay%2Cz::100%25 wrong%0D%0Asecond line. fix",
    );
  });
});
