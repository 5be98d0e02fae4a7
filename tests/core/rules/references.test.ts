import { describe, expect, it } from "vitest";
import { checkReferences } from "../../../src/core/rules/references.ts";
import {
  ANALYTICS,
  check,
  edit,
  libraryOf,
  MONITORING,
  POLICY,
  validLibrary,
} from "../fixture-library.ts";

const base = validLibrary();
const CLAIM_HINT =
  "Use the id of an approved claim (see the claims of any product sheet), or remove the reference.";

describe("checkReferences", () => {
  it("finds nothing wrong in the valid library", () => {
    expect(checkReferences(libraryOf(base))).toEqual([]);
  });

  it("reports a sku used twice at the second sheet's sku value", () => {
    const files = edit(base, MONITORING, "sku: EX-MO-1", "sku: EX-AN-1");

    expect(checkReferences(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: MONITORING,
        line: 3,
        column: 6,
        field: "sku",
        message: 'sku "EX-AN-1" is already used by products/analytics.mdx',
        hint: "Give every product its own sku; skus that differ only in capitals are the same sku.",
        rule: "unique-sku",
      },
    ]);
  });

  it("reports a claim id used twice across sheets at the second one", () => {
    const files = edit(base, MONITORING, "  - id: monitoring-regions", "  - id: analytics-trial");

    expect(checkReferences(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: MONITORING,
        line: 12,
        column: 9,
        field: "claims[0].id",
        message: 'claim id "analytics-trial" is already used by products/analytics.mdx',
        hint: "Claim ids are unique across the library: prefix it with the product's slug.",
        rule: "unique-claim-id",
      },
      // Its body's own <Claim id="monitoring-regions"/> now points at nothing.
      expect.objectContaining({ file: MONITORING, line: 28, column: 1, rule: "unknown-claim" }),
    ]);
  });

  it("reports a claim id used twice within one sheet, and what pointed at the lost claim", () => {
    const files = edit(base, ANALYTICS, "  - id: analytics-trial", "  - id: analytics-uptime");

    expect(checkReferences(libraryOf(files))).toMatchObject([
      { file: ANALYTICS, line: 21, column: 9, field: "claims[1].id", rule: "unique-claim-id" },
      {
        file: POLICY,
        line: 16,
        column: 17,
        field: "forbidden[0].insteadSay",
        rule: "unknown-claim",
      },
      { file: MONITORING, line: 30, column: 15, field: "", rule: "unknown-claim" },
    ]);
  });

  it("reports a ladder role that policy.yaml does not define, listing the roles it does", () => {
    const files = edit(
      base,
      MONITORING,
      "{ role: manager, upTo: 15 }",
      "{ role: team-lead, upTo: 15 }",
    );

    expect(checkReferences(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: MONITORING,
        line: 18,
        column: 13,
        field: "discounts[1].role",
        message: 'unknown role "team-lead"',
        hint: "Use a role id from policy.yaml: rep, manager, director.",
        rule: "unknown-role",
      },
    ]);
  });

  it("accepts an e-mail address to escalate to, and reports an unknown role", () => {
    expect(
      checkReferences(
        libraryOf(edit(base, ANALYTICS, "escalate: director", "escalate: legal@example.com")),
      ),
    ).toEqual([]);
    expect(
      checkReferences(libraryOf(edit(base, ANALYTICS, "escalate: director", "escalate: cfo"))),
    ).toEqual([
      {
        severity: "error",
        file: ANALYTICS,
        line: 36,
        column: 15,
        field: "promises[0].escalate",
        message: 'unknown role "cfo"',
        hint: "Use a role id from policy.yaml (rep, manager, director) or an e-mail address.",
        rule: "unknown-role",
      },
    ]);
  });

  it("resolves insteadSay in policy.yaml against the claims of every sheet", () => {
    const files = edit(base, POLICY, "insteadSay: analytics-trial", "insteadSay: monitoring-trial");

    expect(checkReferences(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: POLICY,
        line: 16,
        column: 17,
        field: "forbidden[0].insteadSay",
        message: 'unknown claim id "monitoring-trial"',
        hint: CLAIM_HINT,
        rule: "unknown-claim",
      },
    ]);
    expect(
      checkReferences(
        libraryOf(
          edit(base, POLICY, "insteadSay: analytics-trial", "insteadSay: monitoring-regions"),
        ),
      ),
    ).toEqual([]);
  });

  it("resolves a sheet's own insteadSay", () => {
    const files = edit(
      base,
      ANALYTICS,
      "    why: Dashboards refresh on a schedule.\n",
      "    why: Dashboards refresh on a schedule.\n    insteadSay: analytics-freshness\n",
    );

    expect(checkReferences(libraryOf(files))).toMatchObject([
      {
        file: ANALYTICS,
        line: 40,
        column: 17,
        field: "forbidden[0].insteadSay",
        message: 'unknown claim id "analytics-freshness"',
      },
    ]);
  });

  it("resolves <Claim id> in a body against every sheet, at the tag's line and column", () => {
    const files = edit(
      base,
      MONITORING,
      'Try it first: <Claim id="analytics-trial" />',
      'Try it first: <Claim id="analytics-trail" />',
    );

    expect(checkReferences(libraryOf(files))).toEqual([
      {
        severity: "error",
        file: MONITORING,
        line: 30,
        column: 15,
        field: "",
        message: '<Claim id="analytics-trail"/>: unknown claim id "analytics-trail"',
        hint: `Did you mean "analytics-trial"? ${CLAIM_HINT}`,
        rule: "unknown-claim",
      },
    ]);
  });

  it("is not run while a sheet cannot be read, so its claims do not look missing", () => {
    const files = edit(base, ANALYTICS, "owner: owner@example.com", "owner: nobody");

    expect(check(files).problems.map((problem) => problem.rule)).toEqual(["schema"]);
  });

  describe("did you mean", () => {
    const hints = (files: ReturnType<typeof edit>) =>
      checkReferences(libraryOf(files)).map(({ field, hint }) => [field, hint]);

    it("suggests the role a misspelt ladder or escalation role was meant to be", () => {
      let files = edit(
        base,
        ANALYTICS,
        "{ role: manager, upTo: 20 }",
        "{ role: manger, upTo: 20 }",
      );
      files = edit(files, ANALYTICS, "escalate: director", "escalate: directr");

      expect(hints(files)).toEqual([
        [
          "discounts[1].role",
          'Did you mean "manager"? Use a role id from policy.yaml: rep, manager, director.',
        ],
        [
          "promises[0].escalate",
          'Did you mean "director"? Use a role id from policy.yaml (rep, manager, director) or an e-mail address.',
        ],
      ]);
    });

    it("suggests the claim a misspelt insteadSay was meant to be, in policy.yaml and in a sheet", () => {
      let files = edit(base, POLICY, "insteadSay: analytics-trial", "insteadSay: analytics-trail");
      files = edit(
        files,
        ANALYTICS,
        "    why: Dashboards refresh on a schedule.\n",
        "    why: Dashboards refresh on a schedule.\n    insteadSay: analytic-uptime\n",
      );

      expect(hints(files)).toEqual([
        ["forbidden[0].insteadSay", `Did you mean "analytics-trial"? ${CLAIM_HINT}`],
        ["forbidden[0].insteadSay", `Did you mean "analytics-uptime"? ${CLAIM_HINT}`],
      ]);
    });

    it("suggests nothing when no name is close", () => {
      const files = edit(base, ANALYTICS, "escalate: director", "escalate: board");

      expect(hints(files)).toEqual([
        [
          "promises[0].escalate",
          "Use a role id from policy.yaml (rep, manager, director) or an e-mail address.",
        ],
      ]);
    });
  });
});
