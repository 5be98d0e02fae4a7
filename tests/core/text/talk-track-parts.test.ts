import { describe, expect, it } from "vitest";
import { showsLocalImage, talkTrackParts } from "../../../src/core/text/talk-track-parts.ts";

const headingsWithRepeatedTitle = "# Why it works\n\n## Pricing & terms\n\n## Pricing & terms\n";
const paragraphWithLink = "Read [the SLA](https://example.com/sla?a=1&b=2) first.";
const claimInsideParagraph = 'Say <Claim id="uptime" /> and stop.';
const claimOnItsOwnLine = 'Before.\n\n<Claim id="uptime" />\n\nAfter.';
const dontSayHoldingMarkdown =
  "<DontSay>\nWe are **the best** on [price](https://example.com).\n</DontSay>";
const entities = "Fast &amp; safe, 5 &lt; 6, &copy; us.";
const smartPunctuation = `It's "ready" -- mostly...`;
const escapedMarkup = "Text &lt;script&gt;alert(1)&lt;/script&gt; stays text.";
const htmlElementPastTheCheck =
  '<form action="https://example.org/collect"><input name="email" required /></form>';
const listAndTable = "- one\n- *two*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

describe("talkTrackParts", () => {
  it("gives headings Astro's slug ids, numbering a repeated title", () => {
    expect(talkTrackParts(headingsWithRepeatedTitle)).toEqual([
      '<h1 id="why-it-works">Why it works</h1>\n' +
        '<h2 id="pricing--terms">Pricing &#x26; terms</h2>\n' +
        '<h2 id="pricing--terms-1">Pricing &#x26; terms</h2>',
    ]);
  });

  it("renders a link with its address intact", () => {
    expect(talkTrackParts(paragraphWithLink)).toEqual([
      '<p>Read <a href="https://example.com/sla?a=1&#x26;b=2">the SLA</a> first.</p>',
    ]);
  });

  it("splits a paragraph around a <Claim>, which the page renders as a component", () => {
    expect(talkTrackParts(claimInsideParagraph)).toEqual([
      "<p>Say ",
      { component: "Claim", id: "uptime" },
      " and stop.</p>",
    ]);
  });

  it("keeps a <Claim> on its own line between the blocks around it", () => {
    expect(talkTrackParts(claimOnItsOwnLine)).toEqual([
      "<p>Before.</p>\n",
      { component: "Claim", id: "uptime" },
      "\n<p>After.</p>",
    ]);
  });

  it("renders the Markdown a <DontSay> holds as its children", () => {
    expect(talkTrackParts(dontSayHoldingMarkdown)).toEqual([
      {
        component: "DontSay",
        children: [
          '<p>We are <strong>the best</strong> on <a href="https://example.com">price</a>.</p>',
        ],
      },
    ]);
  });

  it("decodes character references and escapes what HTML needs escaped", () => {
    expect(talkTrackParts(entities)).toEqual(["<p>Fast &#x26; safe, 5 &#x3C; 6, © us.</p>"]);
  });

  it("writes markup that character references spell out as text, never as elements", () => {
    expect(talkTrackParts(escapedMarkup)).toEqual([
      "<p>Text &#x3C;script>alert(1)&#x3C;/script> stays text.</p>",
    ]);
  });

  it("writes an HTML element the check refuses as @astrojs/mdx would, for the page scan to find", () => {
    expect(talkTrackParts(htmlElementPastTheCheck)).toEqual([
      '<form action="https://example.org/collect"><input name="email" required></form>',
    ]);
  });

  it("applies smart punctuation, as Astro does by default", () => {
    expect(talkTrackParts(smartPunctuation)).toEqual(["<p>It’s “ready” – mostly…</p>"]);
  });

  it("renders lists and GitHub tables", () => {
    const [html] = talkTrackParts(listAndTable) as [string];

    expect(html).toContain("<ul>\n<li>one</li>\n<li><em>two</em></li>\n</ul>");
    expect(html).toMatch(/<table>[\s\S]*<th>a<\/th>[\s\S]*<td>2<\/td>[\s\S]*<\/table>/);
  });

  it("refuses what could only be rendered by running code", () => {
    expect(() => talkTrackParts("<Widget />")).toThrow(
      /<Widget> in a talk track that was not checked/,
    );
    expect(() => talkTrackParts("Total: {1 + 1}")).toThrow(/mdxTextExpression/);
    expect(() => talkTrackParts("<a href={url}>x</a>")).toThrow(/\{ \} on <a>/);
  });
});

describe("showsLocalImage", () => {
  it("is true for an image from a file of the library, also through a reference", () => {
    expect(showsLocalImage("See ![the flow](../images/flow.png).")).toBe(true);
    expect(showsLocalImage("See ![the flow][flow].\n\n[flow]: ./flow.png")).toBe(true);
  });

  it("is false for an image from the site's root or another site, and for no image", () => {
    expect(showsLocalImage("![logo](/logo.svg) ![chart](https://example.com/chart.png)")).toBe(
      false,
    );
    expect(showsLocalImage("A [link](../elsewhere.md), not an image.")).toBe(false);
  });
});
