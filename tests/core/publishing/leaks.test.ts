import { describe, expect, it } from "vitest";
import type { SourceFile } from "../../../src/core/source/file.ts";
import {
  findLeakSpans,
  findLeaks,
  leakRules,
  unescapeMarkup,
  type LeakRules,
} from "../../../src/core/publishing/leaks.ts";
import type { TranslationEntry } from "../../../src/core/translations/read.ts";
import {
  ANALYTICS,
  caseLibrary,
  check,
  edit,
  libraryOf,
  MONITORING,
  validLibrary,
} from "../fixture-library.ts";

// The valid library: Analytics is for partners (list 100, floor 70 EUR; rep 10%, manager 20%,
// director 25%; +5 points from 24 months); Monitoring has no audience, so it is internal only.
const SECRET = 'Analytics\' engine beat "Kestrel" & co. by 3x in 2026.';
const files = edit(
  validLibrary(),
  ANALYTICS,
  "discounts:\n",
  `  - id: analytics-benchmark\n    text: '${SECRET.replace(/'/g, "''")}'\n    evidence:\n      document: Bake-off report\n    audience: [internal]\ndiscounts:\n`,
);

const rulesOf = (library: readonly SourceFile[], internalPages: string[] = []): LeakRules =>
  leakRules(libraryOf(library), "partner", { internalPages });
const rules = rulesOf(files, ["/deal-checker"]);
const leaks = (content: string, using = rules) => findLeaks("page.html", content, using);

describe("leakRules: what partners may not see", () => {
  it("names every text of a sheet not published to partners, and each internal-only claim", () => {
    expect(rules.phrases).toEqual([
      {
        phrase: SECRET,
        source: "claim analytics-benchmark of products/analytics.mdx (not for partners)",
      },
      {
        phrase: "Monitoring",
        source: "title of the sheet products/monitoring.mdx (not published to partners)",
      },
      {
        phrase: "EX-MO-1",
        source: "sku of the sheet products/monitoring.mdx (not published to partners)",
      },
      {
        phrase: "Uptime checks with alerts.",
        source: "summary of the sheet products/monitoring.mdx (not published to partners)",
      },
      {
        phrase: "Checks run from 12 regions.",
        source:
          "claim monitoring-regions of the sheet products/monitoring.mdx (not published to partners)",
      },
      {
        phrase: "Name the integrations on the public list.",
        source:
          'promise "Integrations" of the sheet products/monitoring.mdx (not published to partners)',
      },
      {
        phrase: "managers@example.com",
        source: "an internal e-mail address (contact of the role manager in policy.yaml)",
      },
      {
        phrase: "owner@example.com",
        source: "an internal e-mail address (owner of products/analytics.mdx)",
      },
      {
        phrase: "ops.owner@example.com",
        source: "an internal e-mail address (owner of products/monitoring.mdx)",
      },
      {
        phrase: "solutions@example.com",
        source:
          'an internal e-mail address (escalation of promise "Integrations" of products/monitoring.mdx)',
      },
    ]);
  });

  it("takes every address of a role, an owner or an escalation as internal, but the partner team's", () => {
    const shared = edit(
      files,
      "policy.yaml",
      "contact: partners@example.com",
      "contact: owner@example.com",
    );
    const addresses = rulesOf(shared)
      .phrases.filter((rule) => rule.phrase.includes("@"))
      .map((rule) => rule.phrase);
    expect(addresses).toEqual([
      "managers@example.com",
      "ops.owner@example.com",
      "solutions@example.com",
    ]);
    expect(
      leaks('<a href="mailto:managers@example.com">ask</a>').map((leak) => leak.found),
    ).toEqual(["managers@example.com"]);
    expect(leaks('<a href="mailto:partners@example.com">ask</a>')).toEqual([]);
  });

  it("names each measured figure of a withheld claim: a percentage, a decimal with its unit", () => {
    const figures = rulesOf(
      edit(
        files,
        ANALYTICS,
        "    audience: [internal]\ndiscounts:",
        "    audience: [internal]\n  - id: analytics-throughput\n    text: In 2026, ingest peaked at 1.4 Tbps and 0.02% of events were late.\n    evidence:\n      document: Ops report\n    audience: [internal]\ndiscounts:",
      ),
    );
    const found = (content: string) =>
      findLeaks("page.html", content, figures).map((leak) => [leak.found, leak.source]);
    const of = "of claim analytics-throughput of products/analytics.mdx (not for partners)";
    expect(found("<p>Peaks of 1.4&nbsp;Tbps, and 0.020 % late.</p>")).toEqual([
      ["1.4 Tbps", `a figure ("1.4 Tbps") ${of}`],
      ["0.020 %", `a figure ("0.02%") ${of}`],
    ]);
    // A year, a version, another figure, and a figure a published claim states are no leak.
    expect(
      found("<p>In 2026, version 1.4 of Analytics: 1.4 TB, 10.02%, 99.9% uptime.</p>"),
    ).toEqual([]);
  });

  it("leaves out an internal text that a published sheet also says", () => {
    const shared = edit(
      files,
      MONITORING,
      "Checks run from 12 regions.",
      "Every subscription starts with a 30-day evaluation.",
    );
    expect(rulesOf(shared).phrases.map((rule) => rule.phrase)).not.toContain(
      "Every subscription starts with a 30-day evaluation.",
    );
  });
});

describe("findLeaks: internal texts", () => {
  it("finds an internal claim however it was escaped: HTML, JSON, or with an invisible character", () => {
    const source = "claim analytics-benchmark of products/analytics.mdx (not for partners)";
    expect(
      leaks("<p>Analytics&#39; engine beat &quot;Kestrel&quot; &amp; co. by 3x in 2026.</p>"),
    ).toEqual([
      { file: "page.html", found: 'Analytics\' engine beat "Kestrel" & co. by 3x in 2026', source },
    ]);
    expect(leaks(JSON.stringify({ content: SECRET })).map((leak) => leak.source)).toEqual([source]);
    expect(leaks(`${SECRET.replace("engine", "en\u200bgine")}`).map((leak) => leak.source)).toEqual(
      [source],
    );
  });

  it("finds the title of an internal-only sheet in a URL as in text", () => {
    expect(
      leaks('<a href="/products/monitoring/">Monitoring</a>').map((leak) => leak.found),
    ).toEqual(["monitoring", "Monitoring"]);
  });

  it("finds nothing in what partners may see", () => {
    expect(
      leaks(
        "<h1>Analytics</h1><p>List price €100.00 per seat / month.</p>" +
          "<blockquote>Analytics delivered 99.9% monthly uptime in 2025.</blockquote>" +
          "<p>Escalate to Sales director. Never say: real-time everything.</p>",
      ),
    ).toEqual([]);
  });
});

describe("findLeaks: ladders, bonuses and floors", () => {
  it("finds a role next to its discount limit, in either order", () => {
    expect(leaks('<tr><th scope="row">Sales manager</th><td class="num">20%</td></tr>')).toEqual([
      {
        file: "page.html",
        found: "Sales manager … 20%",
        source: "manager's discount limit of 20% on products/analytics.mdx",
      },
    ]);
    expect(leaks("up to 25 % with approval from the director").map((leak) => leak.found)).toEqual([
      "director … 25 %",
    ]);
  });

  it("finds a limit raised by the term bonus next to its role", () => {
    expect(leaks("Account executive: 15% at 24+ months").map((leak) => leak.source)).toEqual([
      "rep's discount limit of 15% on products/analytics.mdx",
    ]);
  });

  it("does not take a figure far from any role, or a figure inside a published sentence, for a limit", () => {
    expect(leaks("20% of teams")).toEqual([]);
    expect(leaks(`Sales manager${" ".repeat(200)}20%`)).toEqual([]);
    const published = edit(
      files,
      ANALYTICS,
      "mayNot: [zero downtime]",
      "mayNot: [zero downtime, credits above 25%]",
    );
    const withPromise = rulesOf(published);
    expect(
      leaks("<li>credits above 25%</li><p>Escalate to: Sales director</p>", withPromise),
    ).toEqual([]);
    expect(leaks("<td>Sales director</td><td>25%</td>", withPromise)).toHaveLength(1);
  });

  it("finds a term bonus written out", () => {
    expect(
      leaks("24 months or more adds 5 points to every rung").map((leak) => leak.found),
    ).toEqual(["5 points … 24 months"]);
  });

  it("finds the floor price next to its currency, in the usual formats", () => {
    const source = "floor price of products/analytics.mdx (70 EUR)";
    for (const [written, found] of [
      ["Floor €70.00", "€70.00"],
      ["EUR 70", "EUR 70"],
      ["70,00 €", "70,00 €"],
      ["€\u00a070", "€ 70"],
    ]) {
      expect(leaks(written!)).toEqual([{ file: "page.html", found, source }]);
    }
    expect(leaks("€700.00, €1,070.00, 70% off, EUR 70.50")).toEqual([]);
  });

  it("does not look for a floor price that equals a published list price", () => {
    const sameAsList = edit(
      edit(files, MONITORING, "  listPrice: 20\n", "  listPrice: 70\n"),
      MONITORING,
      "owner: ops.owner@example.com\n",
      "owner: ops.owner@example.com\naudience: [internal, partner]\n",
    );
    expect(leaks("List price €70.00", rulesOf(sameAsList))).toEqual([]);
  });

  it("finds ladder data written as JSON or JavaScript, but not an empty ladder", () => {
    expect(leaks('{"discounts":[{"role":"rep","upTo":10}]}').map((leak) => leak.found)).toEqual([
      '"discounts":[{"role":"rep","upTo":10}]}',
    ]);
    expect(leaks("{floorPrice:70}")).toHaveLength(1);
    expect(leaks('{"discounts":[],"termBonus":[],"pricing":{"listPrice":100}}')).toEqual([]);
  });
});

describe("findLeaks: internal-only pages", () => {
  it("finds a link to a page only internal builds have", () => {
    expect(leaks('<a href="/deal-checker/?product=analytics">Check a deal</a>')).toEqual([
      {
        file: "page.html",
        found: 'href="/deal-checker/',
        source: "a link to /deal-checker, a page only internal builds have",
      },
    ]);
    expect(leaks('<a href="/deal-checker-help/">Help</a>')).toEqual([]);
  });
});

describe("unescapeMarkup", () => {
  it("undoes HTML entities and JSON escapes", () => {
    expect(
      unescapeMarkup('&lt;b&gt; &#39;a&#x27; &quot;q&quot; &amp; \\u003cscript \\"x\\" a\\/b'),
    ).toBe('<b> \'a\' "q" & <script "x" a/b');
    // Beyond Unicode, a browser shows the replacement character.
    expect(unescapeMarkup("&#99999999; &#x110000;")).toBe("\uFFFD \uFFFD");
  });
});

describe("leakRules: field notes", () => {
  const { library, notes } = check(caseLibrary("field-note-accepted"));

  it("names every field note's quote for partners, and none for the sales team", () => {
    const partner = leakRules(library!, "partner", { notes });

    expect(partner.phrases.filter((rule) => rule.source.startsWith("the field note"))).toEqual([
      {
        phrase: "99.9% is table stakes; the other vendor offers 99.99%.",
        source:
          "the field note field-notes/2026-11-20-analytics-uptime.yaml (field notes are for internal builds only)",
      },
      {
        phrase: "Can you promise a ServiceNow connector by March? It is risk-free for you.",
        source:
          "the field note field-notes/2026-11-21-monitoring-integrations.yaml (field notes are for internal builds only)",
      },
    ]);
    expect(
      leakRules(library!, "internal", { notes }).phrases.some((rule) =>
        rule.source.startsWith("the field note"),
      ),
    ).toBe(false);
  });

  it("finds a quote in a page however it is escaped", () => {
    const partner = leakRules(library!, "partner", { notes });
    const page =
      "<blockquote>99.9&#37; is table stakes; the other vendor offers 99.99%.</blockquote>";

    expect(
      findLeaks("products/analytics/index.html", page, partner).map((leak) => leak.source),
    ).toEqual([
      "the field note field-notes/2026-11-20-analytics-uptime.yaml (field notes are for internal builds only)",
    ]);
  });
});

describe("findLeakSpans: cost on a large library", () => {
  it("runs a figure's pattern only on a text that holds its digits", () => {
    const searched: string[] = [];
    const floor = {
      source: "floor price",
      digits: "1200",
      find: (text: string) => (searched.push(text), []),
    };
    const costly: LeakRules = { phrases: [], patterns: [floor], published: [] };

    findLeakSpans("Ask about the price: 12 seats, 3 years.", costly);
    findLeakSpans("It costs EUR 1,200.00 a year.", costly);

    expect(searched).toEqual(["It costs EUR 1,200.00 a year."]);
  });

  it("has every floor, limit and figure name its digits, which its matches hold", () => {
    const withFigures = rulesOf(
      edit(files, MONITORING, "  listPrice: 20\n", "  listPrice: 20\n  floorPrice: 1234.5\n"),
    );
    const floor = withFigures.patterns.find((pattern) => pattern.source.includes("1234.5 EUR"));

    expect(
      withFigures.patterns.every(
        (pattern) => pattern.digits !== undefined || /data|link/.test(pattern.source),
      ),
    ).toBe(true);
    expect(floor?.digits).toBe("1234");
    expect(findLeakSpans("Floor: €1.234,50 net.", withFigures).map((leak) => leak.found)).toContain(
      "€1.234,50",
    );
  });
});

describe("leakRules: translations written by hand", () => {
  const german = (
    slug: string,
    translation: Partial<TranslationEntry["translation"]>,
  ): TranslationEntry => ({
    file: `translations/de/${slug}.mdx`,
    locale: "de",
    slug,
    translation: {
      title: "Überwachung",
      summary: "Überwachung für Teams, die nachts schlafen wollen.",
      source: "",
      claims: [],
      promises: [],
      approvedBy: "de@example.com",
      approvedOn: "2026-11-02",
      ...translation,
    },
    locate: () => ({ line: 1, column: 1 }),
    body: "",
    bodyLine: 1,
  });
  const translations = [
    german("monitoring", {}),
    german("analytics", {
      title: "Analytics",
      summary: "Analytics für Teams, die wissen wollen, was wirkt.",
      claims: [
        { id: "analytics-benchmark", text: "Analytics war 2026 um 37,5 % schneller.", source: "" },
        { id: "analytics-uptime", text: "Analytics ist zu 99,9 % verfügbar.", source: "" },
      ],
    }),
  ];
  const partner = leakRules(libraryOf(files), "partner", { translations });
  const sources = (page: string) =>
    findLeaks("de/x/index.html", page, partner).map((l) => l.source);

  it("withholds the translation of a sheet not published to partners", () => {
    expect(sources("<p>Überwachung für Teams, die nachts schlafen wollen.</p>")).toEqual([
      "summary in the translation translations/de/monitoring.mdx (of a sheet not for partners)",
      "title in the translation translations/de/monitoring.mdx (of a sheet not for partners)",
    ]);
  });

  it("withholds the translation of an internal-only claim, and its figure however written", () => {
    expect(sources("<h3>Analytics war 2026 um 37,5 % schneller.</h3>")).toContain(
      "claim analytics-benchmark in the translation translations/de/analytics.mdx (of an item not for partners)",
    );
    expect(sources("<p>37.5%</p>")).toEqual([
      'a figure ("37,5 %") of claim analytics-benchmark in the translation translations/de/analytics.mdx (of an item not for partners)',
    ]);
  });

  it("leaves the translation of a published claim alone", () => {
    expect(sources("<h3>Analytics ist zu 99,9 % verfügbar.</h3>")).toEqual([]);
  });
});

describe("leakRules: translations", () => {
  // The approved German translation of Analytics, with its trial claim made internal-only.
  const withheldTrial = edit(
    caseLibrary("translation-approved-accepted"),
    ANALYTICS,
    "  - id: analytics-trial\n",
    "  - id: analytics-trial\n    audience: [internal]\n",
  );
  const translatedRules = (library: readonly SourceFile[]) => {
    const { translations } = check(library);
    return leakRules(libraryOf(library), "partner", { translations });
  };
  const GERMAN_TRIAL = "Jedes Abonnement beginnt mit einer 30-tägigen Testphase.";

  it("finds the translation of a claim withheld from partners, in a page or in JSON data", () => {
    const rules = translatedRules(withheldTrial);
    const source =
      "claim analytics-trial in the translation translations/de/analytics.mdx (of an item not for partners)";

    expect(leaks(`<p lang="de">${GERMAN_TRIAL}</p>`, rules)).toEqual([
      { file: "page.html", found: GERMAN_TRIAL.slice(0, -1), source },
    ]);
    expect(
      leaks(JSON.stringify({ claims: { "analytics-trial": GERMAN_TRIAL } }), rules).map(
        (leak) => leak.source,
      ),
    ).toEqual([source]);
  });

  it("finds nothing in the translations partners may see", () => {
    const rules = translatedRules(withheldTrial);

    expect(
      leaks(
        "<h1>Analytics</h1><p>Analytics erreichte 2025 eine monatliche Verfügbarkeit von 99,9 %.</p>" +
          "<p>Das standardmäßige SLA für die monatliche Verfügbarkeit zusagen.</p>",
        rules,
      ),
    ).toEqual([]);
    expect(
      leaks(
        `<p>${GERMAN_TRIAL}</p>`,
        translatedRules(caseLibrary("translation-approved-accepted")),
      ),
    ).toEqual([]);
  });
});
