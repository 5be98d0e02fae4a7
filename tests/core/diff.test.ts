import { describe, expect, test } from "vitest";
import { diffLibraries } from "../../src/core/diff/library.ts";
import { diffPolicy } from "../../src/core/diff/policy.ts";
import { diffProducts } from "../../src/core/diff/product.ts";
import { sheetContents } from "../../src/core/diff/sheet-contents.ts";
import { readSnapshot } from "../../src/core/diff/snapshot.ts";
import { PolicySchema, type Policy } from "../../src/core/schema/policy.ts";
import { ProductSchema, type Product } from "../../src/core/schema/product.ts";
import {
  ANALYTICS,
  edit,
  MONITORING,
  POLICY,
  text,
  validLibrary,
  withFile,
} from "./fixture-library.ts";

const base: Product = ProductSchema.parse({
  title: "Analytics",
  sku: "EX-AN-1",
  category: "Analytics",
  summary: "Event analytics.",
  owner: "owner@example.com",
  lastReviewed: "2026-10-01",
  pricing: { listPrice: 100, unit: "seat / month", floorPrice: 70 },
  claims: [
    {
      id: "analytics-uptime",
      text: "99.9% uptime in 2025.",
      evidence: { document: "SLA report 2025" },
      expires: "2027-06-30",
      channels: ["web", "deck"],
    },
  ],
  discounts: [
    { role: "rep", upTo: 10 },
    { role: "manager", upTo: 15 },
  ],
  termBonus: [{ minMonths: 24, extra: 3 }],
  promises: [
    {
      topic: "SLA",
      may: "Commit to the standard SLA.",
      mayNot: ["zero downtime"],
      escalate: "director",
    },
  ],
  forbidden: [{ phrase: "real-time everything", why: "Dashboards refresh on a schedule." }],
});

const texts = (before: Product, after: Product) =>
  diffProducts(before, after).map((change) => change.text);

describe("product guardrail changes, in words", () => {
  test("identical versions have no changes", () => {
    expect(diffProducts(base, structuredClone(base))).toEqual([]);
  });

  test("a rung's limit", () => {
    const after = {
      ...base,
      discounts: [
        { role: "rep", upTo: 10 },
        { role: "manager", upTo: 20 },
      ],
    };
    expect(texts(base, after)).toEqual(["discount ladder: manager 15% → 20%"]);
  });

  test("rungs added and removed", () => {
    const after = {
      ...base,
      discounts: [
        { role: "manager", upTo: 15 },
        { role: "director", upTo: 25 },
      ],
    };
    expect(texts(base, after)).toEqual([
      "discount ladder: director up to 25% added",
      "discount ladder: rep (up to 10%) removed",
    ]);
  });

  test("a claim's wording, with the text before and after", () => {
    const claim = { ...base.claims[0]!, text: "99.95% uptime in 2025." };
    expect(diffProducts(base, { ...base, claims: [claim] })).toEqual([
      {
        area: "claim",
        text: "claim analytics-uptime text changed",
        before: "99.9% uptime in 2025.",
        after: "99.95% uptime in 2025.",
      },
    ]);
  });

  test("a claim's expiry, channels, audience and evidence", () => {
    const claim = {
      ...base.claims[0]!,
      expires: undefined,
      channels: ["web"] as Product["claims"][number]["channels"],
      audience: ["internal"] as Product["audience"],
      evidence: { document: "SLA report 2026" },
    };
    expect(texts(base, { ...base, claims: [claim] })).toEqual([
      "claim analytics-uptime evidence changed",
      "claim analytics-uptime no longer expires (was 2027-06-30)",
      "claim analytics-uptime channels: web, deck → web",
      "claim analytics-uptime audience: as the sheet → internal",
    ]);
  });

  test("claims added and removed", () => {
    const added = {
      id: "analytics-trial",
      text: "A 30-day evaluation.",
      evidence: { document: "MSA" },
    };
    expect(texts(base, { ...base, claims: [added] })).toEqual([
      "claim analytics-trial added",
      "claim analytics-uptime removed",
    ]);
  });

  test("prices, floor and term bonus", () => {
    const after: Product = {
      ...base,
      pricing: { listPrice: 110, unit: "seat / month" },
      termBonus: [
        { minMonths: 24, extra: 4 },
        { minMonths: 36, extra: 6 },
      ],
    };
    expect(texts(base, after)).toEqual([
      "list price: 100 → 110",
      "floor price 70 removed",
      "term bonus for 24+ months: +3 → +4 points",
      "term bonus for 36+ months (+6 points) added",
    ]);
  });

  test("the period a price is paid for", () => {
    const monthly: Product = { ...base, pricing: { ...base.pricing, per: "month" } };
    expect(texts(base, monthly)).toEqual(["paid per: not set → month"]);
    expect(texts(monthly, { ...base, pricing: { ...base.pricing, per: "year" } })).toEqual([
      "paid per: month → year",
    ]);
  });

  test("a promise's boundary, phrases and escalation", () => {
    const promise = {
      topic: "SLA",
      may: "Commit to the 99.9% SLA.",
      mayNot: ["99.99% uptime"],
      escalate: "deal-desk",
    };
    expect(texts(base, { ...base, promises: [promise] })).toEqual([
      "promise 'SLA': what may be said changed",
      `promise 'SLA': may not say "99.99% uptime" added`,
      `promise 'SLA': may not say "zero downtime" removed`,
      "promise 'SLA': escalate to director → deal-desk",
    ]);
  });

  test("sheet details and forbidden phrases", () => {
    const after: Product = {
      ...base,
      owner: "new.owner@example.com",
      lastReviewed: "2026-11-20",
      audience: ["internal", "partner"],
      summary: "Event analytics for business teams.",
      forbidden: [
        {
          phrase: "real-time everything",
          why: "Nothing is instantaneous.",
          insteadSay: "analytics-uptime",
        },
      ],
    };
    expect(texts(base, after)).toEqual([
      "summary changed",
      "owner: owner@example.com → new.owner@example.com",
      "last reviewed: 2026-10-01 → 2026-11-20",
      "audience: internal → internal, partner",
      'forbidden phrase "real-time everything": reason changed',
      'forbidden phrase "real-time everything": say instead (nothing) → analytics-uptime',
    ]);
  });
});

describe("withdrawals, before any other change", () => {
  const withdrawn = { on: "2026-12-05", reason: "The report is being re-audited." };

  test("a claim withdrawn, with the claim to say instead, ahead of the sheet's other changes", () => {
    const after = structuredClone(base);
    after.discounts[1]!.upTo = 20;
    after.claims[0]!.withdrawn = { ...withdrawn, insteadSay: "analytics-trial" };
    expect(diffProducts(base, after)).toEqual([
      {
        area: "withdrawal",
        text: "claim analytics-uptime withdrawn on 2026-12-05: The report is being re-audited. (say instead: analytics-trial)",
      },
      { area: "ladder", text: "discount ladder: manager 15% → 20%" },
    ]);
  });

  test("a boundary and a whole sheet withdrawn, and a withdrawal taken back", () => {
    const after = structuredClone(base);
    after.withdrawn = withdrawn;
    after.promises[0]!.withdrawn = withdrawn;
    expect(texts(base, after)).toEqual([
      "sheet withdrawn on 2026-12-05: The report is being re-audited.",
      "promise 'SLA' withdrawn on 2026-12-05: The report is being re-audited.",
    ]);
    expect(texts(after, { ...after, withdrawn: undefined })).toEqual(["sheet no longer withdrawn"]);
  });

  test("a sheet with a withdrawal comes before the others in the library's changes", () => {
    const before = validLibrary();
    const after = edit(
      edit(before, ANALYTICS, "category: Analytics", "category: Insights"),
      MONITORING,
      "claims:\n",
      'withdrawn: { on: 2026-11-20, reason: "No longer sold." }\nclaims:\n',
    );
    const { products } = diffLibraries(readSnapshot(before), readSnapshot(after));
    expect(products.map((product) => product.title)).toEqual(["Monitoring", "Analytics"]);
  });
});

describe("policy changes", () => {
  const policy: Policy = PolicySchema.parse({
    company: "Example",
    currency: "EUR",
    reviewIntervalDays: 180,
    roles: [
      { id: "rep", title: "Account executive" },
      { id: "manager", title: "Sales manager" },
      { id: "director", title: "Sales director" },
    ],
    forbidden: [{ phrase: "risk-free", why: "No contract is free of risk." }],
  });

  test("roles, their order, the review interval and company-wide phrases", () => {
    const after: Policy = {
      ...policy,
      reviewIntervalDays: 120,
      roles: [
        policy.roles[0]!,
        policy.roles[2]!,
        { ...policy.roles[1]!, contact: "managers@example.com" },
      ],
      forbidden: [],
    };
    expect(diffPolicy(policy, after).map((change) => change.text)).toEqual([
      "review interval (days): 180 → 120",
      "role manager: contact (none) → managers@example.com",
      "role order: rep < manager < director → rep < director < manager",
      'company-wide forbidden phrase "risk-free" removed',
    ]);
  });
});

describe("library changes", () => {
  test("sheets added, removed and moved (same sku), policy changes, files that cannot be read", () => {
    const sheet = (title: string, sku: string) =>
      text(validLibrary(), ANALYTICS)
        .replace("title: Analytics", `title: ${title}`)
        .replace("sku: EX-AN-1", `sku: ${sku}`);
    const before = withFile(validLibrary(), "products/old.mdx", sheet("Old", "EX-OLD"));
    const moved = withFile(
      before.filter((file) => file.path !== ANALYTICS),
      "products/analytics-suite.mdx",
      text(before, ANALYTICS),
    );
    const after = withFile(
      edit(moved, POLICY, "reviewIntervalDays: 180", "reviewIntervalDays: 90"),
      MONITORING,
      "---\ntitle: [broken\n---\n",
    )
      .filter((file) => file.path !== "products/old.mdx")
      .concat({
        path: "products/new.mdx",
        bytes: new TextEncoder().encode(sheet("New", "EX-NEW")),
      });

    const changes = diffLibraries(readSnapshot(before), readSnapshot(after));

    expect(changes).toEqual({
      policy: [{ area: "policy", text: "review interval (days): 180 → 90" }],
      products: [
        {
          slug: "analytics-suite",
          title: "Analytics",
          file: "products/analytics-suite.mdx",
          changes: [{ area: "sheet", text: "sheet moved from products/analytics.mdx" }],
        },
        {
          slug: "new",
          title: "New",
          file: "products/new.mdx",
          changes: expect.arrayContaining([{ area: "sheet", text: "sheet added" }]),
        },
        {
          slug: "old",
          title: "Old",
          file: "products/old.mdx",
          changes: expect.arrayContaining([
            { area: "sheet", text: "sheet removed: reps may no longer use any of it" },
          ]),
        },
      ],
      unreadable: [{ file: "products/monitoring.mdx", side: "after" }],
    });
  });
});

describe("an added or removed sheet, in full", () => {
  test("an added sheet lists everything it lets reps do", () => {
    expect(sheetContents(base, "added")).toEqual([
      { area: "sheet", text: "sheet added" },
      { area: "pricing", text: "list price 100 per seat / month" },
      { area: "pricing", text: "floor price 70" },
      { area: "ladder", text: "discount ladder: rep up to 10%" },
      { area: "ladder", text: "discount ladder: manager up to 15%" },
      { area: "term-bonus", text: "term bonus for 24+ months: +3 points" },
      {
        area: "claim",
        text: "claim analytics-uptime: evidence SLA report 2025; expires 2027-06-30",
        after: "99.9% uptime in 2025.",
      },
      {
        area: "promise",
        text: `promise 'SLA': may not say "zero downtime"; escalate to director`,
        after: "Commit to the standard SLA.",
      },
      {
        area: "forbidden",
        text: 'forbidden phrase "real-time everything"',
        after: "Dashboards refresh on a schedule.",
      },
    ]);
  });

  test("a sheet without a ladder or floor says so, rather than saying nothing", () => {
    const bare = { ...base, discounts: [], termBonus: [], pricing: { listPrice: 5, unit: "year" } };
    expect(
      sheetContents(bare, "added")
        .map((change) => change.text)
        .slice(1, 4),
    ).toEqual([
      "list price 5 per year",
      "no floor price",
      "no discount ladder: no discount may be given",
    ]);
  });

  test("a removed sheet lists what is withdrawn, with the wording that may no longer be used", () => {
    const removed = sheetContents(base, "removed");
    expect(removed[0]).toEqual({
      area: "sheet",
      text: "sheet removed: reps may no longer use any of it",
    });
    expect(removed.slice(1).map((change) => change.text)).toEqual([
      "withdrawn: list price 100 per seat / month",
      "withdrawn: floor price 70",
      "withdrawn: discount ladder: rep up to 10%",
      "withdrawn: discount ladder: manager up to 15%",
      "withdrawn: term bonus for 24+ months: +3 points",
      "withdrawn: claim analytics-uptime: evidence SLA report 2025; expires 2027-06-30",
      `withdrawn: promise 'SLA': may not say "zero downtime"; escalate to director`,
      'withdrawn: forbidden phrase "real-time everything"',
    ]);
    expect(removed.find((change) => change.area === "claim")).toMatchObject({
      before: "99.9% uptime in 2025.",
    });
  });
});
