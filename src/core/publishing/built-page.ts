import { htmlToHast } from "satteri";
import type { PhraseRule } from "../guardrails/guardrails.ts";
import { phraseFinder, type PhraseMatch } from "../text/phrases.ts";
import { unsafeUrl } from "../text/mdx.ts";

/**
 * The last line of defence: a page as the build wrote it, parsed like a browser parses it (so every
 * character reference is decoded), is searched for what the checker exists to keep out. If
 * anything is found, the checker has a hole, and the build must fail rather than ship.
 *
 * Pages mark what they quote on purpose with `data-quoted` (the "Don't say" lists, `<DontSay>`,
 * the may-not phrases, a quiz's options), and the talk track with `data-talk-track`.
 */
export interface BuiltPageRules {
  phrases: readonly PhraseRule[];
  /** Claim ids of the library: a `<figure data-claim>` in a talk track must render one of them. */
  claimIds: ReadonlySet<string>;
}

/** Elements Markdown renders (CommonMark, GFM, footnotes). */
const MARKDOWN_ELEMENTS = new Set(
  "p h1 h2 h3 h4 h5 h6 hr br blockquote ul ol li table thead tbody tr th td pre code em strong del a img input sup section".split(
    " ",
  ),
);
/** What <Claim> renders around a claim, beyond Markdown's elements. */
const CLAIM_ELEMENTS = new Set(["figcaption", "button", "span", "script"]);

/** Attributes whose value is an address the browser may follow or load. */
const URL_ATTRIBUTES = ["href", "src", "action", "formAction", "poster", "cite", "data", "ping"];

/** Elements whose text runs on with the words around it; every other element separates words. */
const INLINE = new Set(
  "a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var del ins".split(
    " ",
  ),
);

/** Attributes a reader hears or sees as text. */
const TEXT_ATTRIBUTES = ["title", "alt", "ariaLabel"];

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

interface Walk {
  talkTrack: boolean;
  quoted: boolean;
  /** Inside the figure a known <Claim> renders. */
  claim: boolean;
  head: boolean;
}

/** What is wrong with a built page, each in words; [] for a page that may ship. */
export function scanBuiltPage(html: string, rules: BuiltPageRules): string[] {
  const found: string[] = [];
  const texts: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim() !== "") texts.push(current);
    current = "";
  };

  const visit = (node: HastNode, walk: Walk): void => {
    if (node.type === "text") {
      if (!walk.quoted) current += node.value ?? "";
      return;
    }
    if (node.type !== "element") {
      for (const child of node.children ?? []) visit(child, walk);
      return;
    }
    const tag = node.tagName ?? "";
    const properties = node.properties ?? {};
    const next: Walk = {
      talkTrack: walk.talkTrack || "dataTalkTrack" in properties,
      quoted: walk.quoted || "dataQuoted" in properties,
      claim: walk.claim,
      head: walk.head || tag === "head",
    };
    if (walk.talkTrack) {
      const claimId = tag === "figure" ? properties.dataClaim : undefined;
      if (typeof claimId === "string" && rules.claimIds.has(claimId)) next.claim = true;
      else if (tag === "aside" && classes(properties).includes("dont-say")) next.quoted = true;
      else if (!MARKDOWN_ELEMENTS.has(tag) && !(walk.claim && CLAIM_ELEMENTS.has(tag)))
        found.push(`<${tag}> in the talk track, which holds Markdown, <Claim> and <DontSay> only`);
    }
    for (const name of Object.keys(properties)) {
      if (/^on/i.test(name)) found.push(`the event handler ${name.toLowerCase()} on <${tag}>`);
    }
    for (const name of URL_ATTRIBUTES) {
      const value = properties[name];
      const unsafe = typeof value === "string" ? unsafeUrl(value) : undefined;
      if (unsafe) found.push(`${unsafe}: <${tag} ${name.toLowerCase()}="${value}">`);
    }
    if (tag === "meta" && properties.httpEquiv !== undefined) {
      const equiv = String(properties.httpEquiv).toLowerCase();
      if (equiv !== "content-security-policy" || !walk.head)
        found.push(`<meta http-equiv="${equiv}">, which the site's templates never write`);
    }
    // In a talk track, the allow-list has refused a form already.
    if (tag === "form" && !walk.talkTrack) {
      const action = typeof properties.action === "string" ? properties.action : "";
      if (!sameSite(action)) found.push(`a <form> that sends to another site: ${action}`);
    }
    if (tag === "script" || tag === "style" || tag === "template") return;

    if (!next.quoted) {
      for (const name of TEXT_ATTRIBUTES) {
        if (typeof properties[name] === "string") texts.push(properties[name]);
      }
      if (tag === "meta" && typeof properties.content === "string" && !properties.httpEquiv)
        texts.push(properties.content);
    }
    const block = !INLINE.has(tag);
    if (block) flush();
    for (const child of node.children ?? []) visit(child, next);
    if (block) flush();
  };

  visit(htmlToHast(html) as HastNode, {
    talkTrack: false,
    quoted: false,
    claim: false,
    head: false,
  });
  flush();
  const find = finderFor(rules.phrases);
  for (const text of texts) {
    for (const match of find(text)) {
      const what = match.rule.kind === "forbidden" ? "a forbidden phrase" : "a may-not phrase";
      found.push(
        `"${text.slice(match.start, match.end)}" (${what}) in: ${excerpt(text, match.start, match.end)}`,
      );
    }
  }
  return found;
}

/**
 * The phrases folded once per rule list, not once per page: a build scans every page against the
 * whole library's phrases, which would otherwise cost pages × phrases.
 */
const finders = new WeakMap<readonly PhraseRule[], (text: string) => PhraseMatch<PhraseRule>[]>();
function finderFor(phrases: readonly PhraseRule[]): (text: string) => PhraseMatch<PhraseRule>[] {
  let find = finders.get(phrases);
  if (!find) {
    find = phraseFinder(phrases, (rule) => rule.phrase);
    finders.set(phrases, find);
  }
  return find;
}

/** Whether an address, resolved against the page, stays on the site; an unreadable one does not. */
function sameSite(address: string): boolean {
  const base = "https://site.invalid/";
  try {
    return new URL(address, base).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

function classes(properties: Record<string, unknown>): string[] {
  const value = properties.className;
  return Array.isArray(value)
    ? value.map(String)
    : typeof value === "string"
      ? value.split(" ")
      : [];
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ").trim()}${to < text.length ? "…" : ""}`;
}
