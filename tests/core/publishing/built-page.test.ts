import { describe, expect, it } from "vitest";
import { scanBuiltPage } from "../../../src/core/publishing/built-page.ts";
import type { PhraseRule } from "../../../src/core/guardrails/guardrails.ts";

const rules = {
  phrases: [
    { kind: "forbidden", phrase: "risk-free", why: "No contract is free of risk." },
    { kind: "may-not", phrase: "zero downtime", why: "SLA", topic: "SLA" },
  ] satisfies PhraseRule[],
  claimIds: new Set(["analytics-uptime"]),
};

const page = (head: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'">${head}</head><body>${body}</body></html>`;
const talkTrack = (html: string) =>
  page("", `<section data-talk-track><h2>Notes</h2>${html}</section>`);

describe("scanBuiltPage", () => {
  it("passes a page as the templates write it: CSP meta, a search form, quoted phrases, a claim", () => {
    const html = page(
      '<meta name="description" content="Analytics for teams.">',
      `<form role="search" action="" method="get"></form>
       <ul data-quoted><li>risk-free</li></ul>
       <section data-talk-track><p>Say <a href="https://example.com">this</a>.</p>
         <figure data-claim="analytics-uptime"><blockquote><p>99.9%</p></blockquote>
           <figcaption><span><button type="button">Copy wording</button></span><script type="module">copy()</script></figcaption></figure>
         <aside class="dont-say"><strong>Don't say:</strong><p>“We have zero downtime.”</p></aside>
       </section>`,
    );

    expect(scanBuiltPage(html, rules)).toEqual([]);
  });

  it.each([
    ["risk&#45;free", '"risk-free" (a forbidden phrase)'],
    ["Zero <em>down</em>time", '"Zero downtime" (a may-not phrase)'],
    ["r&iacute;sk free", '"rísk free" (a forbidden phrase)'],
  ])("finds a phrase in any decoding, across inline elements: %s", (text, found) => {
    expect(scanBuiltPage(page("", `<p>It is ${text}.</p>`), rules)[0]).toContain(found);
  });

  it("finds a phrase in the meta description and in attributes a reader hears", () => {
    expect(
      scanBuiltPage(
        page(
          '<meta name="description" content="Risk-free analytics">',
          '<img alt="zero downtime" src="/a.png">',
        ),
        rules,
      ),
    ).toEqual([
      expect.stringContaining('"Risk-free" (a forbidden phrase)'),
      expect.stringContaining('"zero downtime" (a may-not phrase)'),
    ]);
  });

  it.each([
    [
      '<a href="javascript&#58;alert(1)">x</a>',
      'javascript: links are not allowed: <a href="javascript:alert(1)">',
    ],
    ['<a href="java&#x09;script:alert(1)">x</a>', "javascript: links are not allowed"],
    ['<img src="data:image/svg+xml,x">', "data: links are not allowed"],
    [
      '<meta http-equiv="refresh" content="0;url=https://example.org">',
      '<meta http-equiv="refresh">',
    ],
    ['<form action="https://example.org/collect"></form>', "a <form> that sends to another site"],
    ['<form action="http://[::1"></form>', "a <form> that sends to another site"],
    ['<p onclick="x()">x</p>', "the event handler onclick on <p>"],
  ])("refuses anywhere on a page: %s", (html, found) => {
    expect(scanBuiltPage(page("", html), rules)).toContainEqual(expect.stringContaining(found));
  });

  it.each([
    ['<iframe src="https://example.org"></iframe>', "<iframe> in the talk track"],
    ["<div>x</div>", "<div> in the talk track"],
    [
      '<figure data-claim="made-up"><figcaption>x</figcaption></figure>',
      "<figure> in the talk track",
    ],
    ["<form></form>", "<form> in the talk track"],
  ])(
    "refuses in a talk track what Markdown, <Claim> and <DontSay> do not write: %s",
    (html, found) => {
      expect(scanBuiltPage(talkTrack(html), rules)).toContainEqual(expect.stringContaining(found));
    },
  );
});
