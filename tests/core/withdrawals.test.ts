import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod/mini";
import { ProductSchema, type Product } from "../../src/core/schema/product.ts";
import { standingOn, usableOn } from "../../src/core/standing/standing.ts";
import {
  endingOf,
  inForceOn,
  isNewerList,
  sequenceOf,
  withdrawalItems,
  WITHDRAWALS_FORMAT,
  type Withdrawals,
} from "../../src/core/standing/withdrawals.ts";
import { parseWithdrawals, WithdrawalsSchema } from "../../src/core/standing/withdrawals-schema.ts";

const sheet = (fields: Record<string, unknown>): Product =>
  ProductSchema.parse({
    title: "Analytics",
    sku: "EX-AN-1",
    category: "Analytics",
    summary: "Dashboards.",
    owner: "owner@example.com",
    lastReviewed: "2026-11-01",
    pricing: { listPrice: 100, unit: "seat" },
    ...fields,
  });

const evidence = { document: "SLA report" };
const anchors = {
  claim: (id: string) => `claim-${id}`,
  promise: (topic: string) => `promise-${topic.toLowerCase()}`,
};

describe("standingOn: whether an item may be used on the device's day", () => {
  const soc2 = { expires: "2029-01-31" };
  it.each([
    ["2029-01-01", { state: "in-force" }],
    ["2029-01-17", { state: "expiring", on: "2029-01-31", days: 14 }],
    ["2029-01-26", { state: "expiring", on: "2029-01-31", days: 5 }],
    ["2029-01-31", { state: "expiring", on: "2029-01-31", days: 0 }],
    ["2029-02-01", { state: "expired", on: "2029-01-31" }],
    ["2029-02-15", { state: "expired", on: "2029-01-31" }],
  ])("on %s a claim approved until 2029-01-31 is %o", (today, standing) => {
    expect(standingOn(soc2, today)).toEqual(standing);
  });

  it("puts a withdrawal before any date", () => {
    const withdrawn = { on: "2026-12-05", reason: "Re-run.", insteadSay: "x" };
    expect(standingOn({ expires: "2030-01-01", withdrawn }, "2026-12-01")).toEqual({
      state: "withdrawn",
      ...withdrawn,
    });
    expect(usableOn({ withdrawn }, "2026-12-01")).toBe(false);
    expect(usableOn({}, "2099-12-31")).toBe(true);
  });
});

describe("/withdrawals.json", () => {
  const products = [
    {
      slug: "analytics",
      product: sheet({
        claims: [
          { id: "analytics-uptime", text: "99.9% uptime.", evidence, expires: "2029-01-31" },
          {
            id: "analytics-survey",
            text: "Loved by 9 in 10.",
            evidence,
            withdrawn: {
              on: "2026-12-05",
              reason: "The survey is being re-run.",
              insteadSay: "analytics-uptime",
            },
          },
          { id: "analytics-trial", text: "30 days free.", evidence },
        ],
        promises: [
          {
            topic: "SLA",
            may: "The standard SLA.",
            escalate: "director",
            withdrawn: { on: "2026-12-01", reason: "Being renegotiated." },
          },
        ],
      }),
    },
    {
      slug: "legacy",
      product: sheet({
        title: "Legacy",
        withdrawn: { on: "2026-11-01", reason: "No longer sold." },
        claims: [{ id: "legacy-fast", text: "Fast.", evidence }],
      }),
    },
  ];
  const items = withdrawalItems(products, anchors);
  const list: Withdrawals = {
    format: WITHDRAWALS_FORMAT,
    version: 1,
    sequence: 1_796_000_000,
    builtOn: "2026-12-06",
    items,
  };

  it("lists every withdrawn item and every dated claim, with the claim to say instead", () => {
    expect(items).toEqual([
      {
        kind: "claim",
        id: "analytics-uptime",
        sheet: "analytics",
        address: "analytics#claim-analytics-uptime",
        state: "expires",
        date: "2029-01-31",
        reason: "Approved until 2029-01-31, when its evidence must be renewed.",
      },
      {
        kind: "claim",
        id: "analytics-survey",
        sheet: "analytics",
        address: "analytics#claim-analytics-survey",
        state: "withdrawn",
        date: "2026-12-05",
        reason: "The survey is being re-run.",
        insteadSay: {
          id: "analytics-uptime",
          text: "99.9% uptime.",
          address: "analytics#claim-analytics-uptime",
        },
      },
      {
        kind: "promise",
        id: "SLA",
        sheet: "analytics",
        address: "analytics#promise-sla",
        state: "withdrawn",
        date: "2026-12-01",
        reason: "Being renegotiated.",
      },
      {
        kind: "sheet",
        id: "legacy",
        sheet: "legacy",
        address: "legacy#",
        state: "withdrawn",
        date: "2026-11-01",
        reason: "No longer sold.",
      },
      {
        kind: "claim",
        id: "legacy-fast",
        sheet: "legacy",
        address: "legacy#claim-legacy-fast",
        state: "withdrawn",
        date: "2026-11-01",
        reason: "No longer sold.",
      },
    ]);
  });

  it("round-trips through JSON and the schema the browser reads it with", () => {
    expect(parseWithdrawals(JSON.parse(JSON.stringify(list)))).toEqual(list);
  });

  it("is described by the schema and by the types the page uses without it alike", () => {
    expectTypeOf<z.infer<typeof WithdrawalsSchema>>().toEqualTypeOf<Withdrawals>();
  });

  it("reads a fetched list's sequence without the schema, to skip one no newer than the stored", () => {
    expect(sequenceOf(JSON.parse(JSON.stringify(list)))).toBe(list.sequence);
    expect(sequenceOf("<html>offline</html>")).toBeUndefined();
    expect(sequenceOf(null)).toBeUndefined();
    expect(sequenceOf({ sequence: "1796528373" })).toBeUndefined();
  });

  it.each([
    ["not JSON of a list", "<html>offline</html>"],
    ["another format", { ...list, format: "something-else" }],
    ["a negative sequence", { ...list, sequence: -1 }],
    ["an item with an unknown state", { ...list, items: [{ ...items[0], state: "paused" }] }],
    ["a date that is not one", { ...list, items: [{ ...items[0], date: "31/01/2029" }] }],
  ])("refuses %s", (_what, value) => {
    expect(parseWithdrawals(value)).toBeUndefined();
  });

  it("reads a fetched list only when it is newer than both the stored list and the page's build", () => {
    // A first visit: the list of the page's own build is what the page shows already.
    expect(isNewerList(1000, undefined, 1000)).toBe(false);
    expect(isNewerList(1001, undefined, 1000)).toBe(true);
    // A page cached from build A, build B's list fetched: read, whatever is stored.
    expect(isNewerList(2000, undefined, 1000)).toBe(true);
    expect(isNewerList(2000, 1500, 1000)).toBe(true);
    // Never back to an older list, nor the stored one again.
    expect(isNewerList(1500, 2000, 1000)).toBe(false);
    expect(isNewerList(2000, 2000, 1000)).toBe(false);
    // A page without the meta (an older build's) still takes any newer list.
    expect(isNewerList(1000, undefined, undefined)).toBe(true);
  });

  it("tells a page's item what ends it: the list's withdrawal, else the earlier date", () => {
    expect(endingOf("analytics#claim-analytics-survey", undefined, list)).toEqual({
      withdrawn: { on: "2026-12-05", reason: "The survey is being re-run." },
      insteadSay: {
        id: "analytics-uptime",
        text: "99.9% uptime.",
        address: "analytics#claim-analytics-uptime",
      },
    });
    expect(endingOf("analytics#claim-analytics-uptime", "2030-01-01", list)).toEqual({
      expires: "2029-01-31",
    });
    expect(endingOf("analytics#claim-analytics-uptime", "2028-01-01", list)).toEqual({
      expires: "2028-01-01",
    });
    expect(endingOf("analytics#claim-analytics-trial", undefined, list)).toEqual({});
    expect(endingOf("analytics#claim-analytics-trial", "2027-01-01", undefined)).toEqual({
      expires: "2027-01-01",
    });
  });

  describe("inForceOn: a sheet as guardrails.json and the deal checker may apply it", () => {
    const [analytics, legacy] = products;
    const ids = (product: Product | undefined) => ({
      claims: product?.claims.map((claim) => claim.id),
      promises: product?.promises.map((promise) => promise.topic),
    });

    it("leaves out withdrawn claims and boundaries, and the whole of a withdrawn sheet", () => {
      expect(
        ids(inForceOn("analytics", analytics!.product, "2026-12-06", undefined, anchors)),
      ).toEqual({
        claims: ["analytics-uptime", "analytics-trial"],
        promises: [],
      });
      expect(
        inForceOn("legacy", legacy!.product, "2026-12-06", undefined, anchors),
      ).toBeUndefined();
    });

    it("leaves out a claim from the day after it expires", () => {
      const on = (today: string) =>
        ids(inForceOn("analytics", analytics!.product, today, undefined, anchors)).claims;
      expect(on("2029-01-31")).toEqual(["analytics-uptime", "analytics-trial"]);
      expect(on("2029-02-01")).toEqual(["analytics-trial"]);
    });

    it("applies a newer build's list to a sheet fetched from an older one", () => {
      const before = sheet({
        title: "Legacy",
        claims: [{ id: "legacy-fast", text: "Fast.", evidence }],
      });
      expect(inForceOn("legacy", before, "2026-12-06", undefined, anchors)).toBe(before);
      expect(inForceOn("legacy", before, "2026-12-06", list, anchors)).toBeUndefined();
      const sla = sheet({
        promises: [{ topic: "SLA", may: "The standard SLA.", escalate: "director" }],
      });
      expect(ids(inForceOn("analytics", sla, "2026-12-06", list, anchors)).promises).toEqual([]);
    });
  });
});
