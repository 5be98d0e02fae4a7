import {
  notesReach,
  reaches,
  scopePolicy,
  scopeProduct,
  sheetReaches,
  type Audience,
} from "../guardrails/audience.ts";
import type { FieldNoteEntry } from "../field-notes/read.ts";
import type { Library } from "../source/library.ts";
import type { Onboarding } from "../onboarding/read.ts";
import type { Role } from "../schema/policy.ts";
import { decodeReferences } from "../text/entities.ts";
import type { TranslationEntry } from "../translations/read.ts";
import { foldPhrase, foldText } from "../text/normalize.ts";
import { phraseFinder, type PhraseMatch } from "../text/phrases.ts";

/**
 * What must never appear in a build for an audience, computed from the full library: the texts of
 * everything withheld from it, and the always-internal figures in the context that makes them
 * meaningful (a role near its discount limit, a floor price with its currency).
 */
export interface LeakRules {
  phrases: InternalPhrase[];
  patterns: InternalPattern[];
  /**
   * Published texts with figures in them ("credits above 25%" next to "escalate: director"): blanked
   * out before the patterns run, so a published sentence never reads as a ladder.
   */
  published: string[];
}

/** A text matched whatever its case, spacing, punctuation or HTML/JSON escaping. */
interface InternalPhrase {
  phrase: string;
  /** The internal item it comes from, in words. */
  source: string;
}

interface InternalPattern {
  find(text: string): { start: number; end: number; found: string }[];
  source: string;
  /**
   * Digits every match holds, in this order with nothing but separators between them ("1200" for
   * "€1,200.00"): a text whose digits do not hold them is not searched. A library has hundreds of
   * floors and figures, and most texts state none of them.
   */
  digits?: string;
}

export interface Leak {
  file: string;
  /** What the file contains, as written there (shortened). */
  found: string;
  source: string;
}

/** How far apart a role and its limit (or a term and its bonus) may be and still read as one fact. */
const CONTEXT = 160;
const SPACE = "[\\s\\u00a0\\u202f]*";

export interface LeakRuleOptions {
  onboarding?: Pick<Onboarding, "tracks" | "steps">;
  /** Paths of the pages only internal builds have (`/deal-checker`): a link to one is a leak too. */
  internalPages?: readonly string[];
  /** The library's field notes: their quotes are in no build but the internal one. */
  notes?: readonly FieldNoteEntry[];
  /** The library's translations: a withheld item's translation is as internal as the item. */
  translations?: readonly TranslationEntry[];
  /**
   * "build" (a built site's scan): everything withheld, and what the published sheets' talk
   * tracks say is published. "talk-track" (the checker, on a partner talk track): what such a
   * talk track may never state, whatever else it shares with internal texts: internal addresses,
   * floor prices and withheld claims' figures; nothing a talk track says makes them published.
   */
  scan?: "build" | "talk-track";
}

export function leakRules(
  { policy: { policy }, sheets }: Library,
  audience: Audience,
  {
    onboarding,
    internalPages = [],
    notes = [],
    translations = [],
    scan = "build",
  }: LeakRuleOptions = {},
): LeakRules {
  const phrases: InternalPhrase[] = [];
  const rungs = new Map<string, { role: Role; limit: number; sources: string[] }>();
  const terms = new Map<string, { minMonths: number; extra: number; sources: string[] }>();
  const floors: InternalPattern[] = [];
  const figures: ClaimFigure[] = [];
  const published = sheets.filter((sheet) => sheetReaches(sheet.product, audience));
  const listPrices = new Set(published.map((sheet) => sheet.product.pricing.listPrice));

  for (const { file, product } of sheets) {
    if (!sheetReaches(product, audience)) {
      const of = `the sheet ${file} (not published to ${audience}s)`;
      for (const claim of product.claims) {
        figures.push(...claimFigures(claim.text, `claim ${claim.id} of ${of}`));
      }
      phrases.push(
        { phrase: product.title, source: `title of ${of}` },
        { phrase: product.sku, source: `sku of ${of}` },
        { phrase: product.summary, source: `summary of ${of}` },
        ...product.claims.map((claim) => ({
          phrase: claim.text,
          source: `claim ${claim.id} of ${of}`,
        })),
        ...product.promises.map((promise) => ({
          phrase: promise.may,
          source: `promise "${promise.topic}" of ${of}`,
        })),
      );
    } else {
      for (const claim of product.claims.filter((claim) => !reaches(claim.audience, audience))) {
        const source = `claim ${claim.id} of ${file} (not for ${audience}s)`;
        phrases.push({ phrase: claim.text, source });
        figures.push(...claimFigures(claim.text, source));
      }
      for (const promise of product.promises.filter(
        (promise) => !reaches(promise.audience, audience),
      )) {
        phrases.push({
          phrase: promise.may,
          source: `promise "${promise.topic}" of ${file} (not for ${audience}s)`,
        });
      }
    }
    if (audience === "internal") continue;

    const extras = [0, ...product.termBonus.map((bonus) => bonus.extra)];
    for (const rung of product.discounts) {
      const role = policy.roles.find((candidate) => candidate.id === rung.role);
      if (!role) continue;
      for (const extra of extras) {
        const limit = Math.min(100, rung.upTo + extra);
        const key = `${role.id} ${limit}`;
        const entry = rungs.get(key) ?? { role, limit, sources: [] };
        if (!entry.sources.includes(file)) entry.sources.push(file);
        rungs.set(key, entry);
      }
    }
    for (const { minMonths, extra } of product.termBonus) {
      const key = `${minMonths} ${extra}`;
      const entry = terms.get(key) ?? { minMonths, extra, sources: [] };
      if (!entry.sources.includes(file)) entry.sources.push(file);
      terms.set(key, entry);
    }
    const { floorPrice } = product.pricing;
    // A floor equal to a published list price cannot be told apart from that list price.
    if (floorPrice !== undefined && !listPrices.has(floorPrice)) {
      floors.push(floorPattern(floorPrice, policy.currency, `floor price of ${file}`));
    }
  }

  for (const track of onboarding?.tracks ?? []) {
    if (reaches(track.track.audience, audience)) continue;
    const of = `the onboarding track ${track.file} (not published to ${audience}s)`;
    phrases.push(
      { phrase: track.track.title, source: `title of ${of}` },
      { phrase: track.track.summary, source: `summary of ${of}` },
      ...(onboarding?.steps ?? [])
        .filter((step) => step.track === track.slug)
        .map((step) => ({ phrase: step.step.title, source: `step ${step.file} of ${of}` })),
    );
  }

  const translated = translatedTexts(sheets, translations, audience, scan);
  phrases.push(...translated.withheld);
  for (const claim of translated.withheldClaims)
    figures.push(...claimFigures(claim.phrase, claim.source));

  const addresses = audience === "internal" ? [] : internalAddresses(policy, sheets);
  phrases.push(...addresses);

  if (!notesReach(audience)) {
    phrases.push(
      ...notes.map(({ file, note }) => ({
        phrase: note.quote,
        source: `the field note ${file} (field notes are for internal builds only)`,
      })),
    );
  }

  const patterns: InternalPattern[] = [
    ...[...rungs.values()].map(({ role, limit, sources }) =>
      rungPattern(role, limit, `${role.id}'s discount limit of ${limit}% on ${sources.join(", ")}`),
    ),
    ...[...terms.values()].map(({ minMonths, extra, sources }) =>
      termPattern(
        minMonths,
        extra,
        `term bonus (${minMonths} months: +${extra}) of ${sources.join(", ")}`,
      ),
    ),
    ...floors,
    ...(audience === "internal" ? [] : [serializedFieldPattern()]),
    ...internalPages.map(linkPattern),
  ];
  const visible = [...publishedTexts(published, audience, policy, scan), ...translated.published];
  // A figure a published text also states ("99.9%" in two claims) is no leak.
  const shown = new Set(visible.flatMap((text) => [...text.matchAll(FIGURE)].map(figureKey)));
  const unpublishedFigures = figures.filter((figure) => !shown.has(figure.key));
  const talkTrack = scan === "talk-track";
  return {
    phrases: withoutPublished(talkTrack ? addresses : phrases, visible),
    patterns: talkTrack ? [...floors, ...unpublishedFigures] : [...patterns, ...unpublishedFigures],
    // The partner team's title ("Partner manager") is no role next to its discount limit. A talk
    // track's floors and figures need no blanking: published figures are left out above.
    published: talkTrack
      ? []
      : [
          ...visible.filter((text) => /\d/.test(text)),
          ...(policy.partners ? [policy.partners.title] : []),
        ],
  };
}

/** Every leak in one file's text (decoded: a gzip'd file must be decompressed first). */
export function findLeaks(file: string, content: string, rules: LeakRules): Leak[] {
  return findLeakSpans(unescapeMarkup(content), rules).map(({ found, source }) => ({
    file,
    found: shorten(found),
    source,
  }));
}

/** A leak where it stands in a text: `start` is its offset there. */
export interface LeakSpan {
  start: number;
  found: string;
  source: string;
}

/** Every leak in a text as written (a talk track's source), in order. */
export function findLeakSpans(text: string, rules: LeakRules): LeakSpan[] {
  const { findInternal, findPublished } = findersOf(rules);
  const spans: LeakSpan[] = findInternal(text).map((match) => ({
    start: match.start,
    found: text.slice(match.start, match.end),
    source: match.rule.source,
  }));
  const masked = blankOut(text, findPublished(text));
  const digits = masked.replace(/\D+/g, "");
  for (const pattern of rules.patterns) {
    if (pattern.digits !== undefined && !digits.includes(pattern.digits)) continue;
    for (const match of pattern.find(masked)) {
      spans.push({ start: match.start, found: match.found, source: pattern.source });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

interface LeakFinders {
  findInternal: (text: string) => PhraseMatch<InternalPhrase>[];
  findPublished: (text: string) => PhraseMatch<string>[];
}

/** The phrases of one set of rules, folded once for every text they are run on. */
const finders = new WeakMap<LeakRules, LeakFinders>();

function findersOf(rules: LeakRules): LeakFinders {
  let found = finders.get(rules);
  if (!found) {
    found = {
      findInternal: phraseFinder(rules.phrases, (rule) => rule.phrase),
      findPublished: phraseFinder(rules.published, (phrase) => phrase),
    };
    finders.set(rules, found);
  }
  return found;
}

/** `text` with each of `matches` replaced by spaces, so offsets stay the same. */
function blankOut(text: string, matches: readonly PhraseMatch<string>[]): string {
  if (matches.length === 0) return text;
  let result = "";
  let at = 0;
  for (const { start, end } of matches) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    result += text.slice(at, from) + " ".repeat(end - from);
    at = end;
  }
  return result + text.slice(at);
}

/** Texts that are both internal and published (a sentence two sheets share) are not leaks. */
function withoutPublished(
  phrases: InternalPhrase[],
  published: readonly string[],
): InternalPhrase[] {
  const visible = ` ${published.map((text) => foldText(text).folded).join(" | ")} `;
  return phrases.filter(({ phrase }) => {
    const folded = foldPhrase(phrase);
    return folded !== "" && !visible.includes(` ${folded} `);
  });
}

/**
 * The measured figures of a withheld claim: a percentage ("0.02%") or a number with a decimal part
 * and its unit ("1.4 Tbps"), matched however it is spaced. Repeated without its sentence, the
 * figure is the claim all the same. Whole numbers ("12 regions", "2026") are too common to tell a
 * claim by.
 */
function claimFigures(text: string, source: string): ClaimFigure[] {
  return [...text.matchAll(FIGURE)].map((match) => {
    const [found, percent, whole = "", decimals = "", unit] = match;
    const pattern = new RegExp(
      percent !== undefined
        ? `(?<![\\p{L}\\d.,])${number(Number(percent.replace(",", ".")))}${SPACE}(?:%|percent\\b)`
        : `(?<![\\p{L}\\d.,])${whole}[.,]${decimals}${SPACE}${escape(unit!)}(?!\\p{L})`,
      "giu",
    );
    return {
      key: figureKey(match),
      source: `a figure ("${found}") of ${source}`,
      digits:
        percent !== undefined ? digitsOf(Number(percent.replace(",", "."))) : whole + decimals,
      find: (text: string) =>
        [...text.matchAll(pattern)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          found: m[0],
        })),
    };
  });
}

interface ClaimFigure extends InternalPattern {
  /** The figure however written: "62%" for "62 %", "1.4 tbps" for "1,4 Tbps". */
  key: string;
}

function figureKey([, percent, whole, decimals, unit]: RegExpMatchArray): string {
  return percent !== undefined
    ? `${Number(percent.replace(",", "."))}%`
    : `${whole}.${decimals} ${unit!.toLowerCase()}`;
}

/** "62%", "0.02 %", or "1.4 Tbps": a number and a percent sign, or a decimal and its unit. */
const FIGURE =
  /(?<![\p{L}\d.,])(?:(\d+(?:[.,]\d+)?)\s?%|(\d+)[.,](\d+)[\s\u00a0](?!(?:a|an|and|or|of|to|in|on|the|for|at)\b)(\p{L}+))/gu;

/**
 * Every e-mail address the library gives a role, a sheet owner or an escalation: all internal, but
 * for the partner team's own contact, the only address a partner build may show.
 */
function internalAddresses(
  policy: Library["policy"]["policy"],
  sheets: Library["sheets"],
): InternalPhrase[] {
  const partner = policy.partners?.contact.toLowerCase();
  const sources = new Map<string, string>();
  const add = (address: string | undefined, source: string) => {
    if (!address?.includes("@") || address.toLowerCase() === partner) return;
    if (!sources.has(address.toLowerCase())) sources.set(address.toLowerCase(), source);
  };
  for (const role of policy.roles)
    add(role.contact, `contact of the role ${role.id} in policy.yaml`);
  for (const { file, product } of sheets) {
    add(product.owner, `owner of ${file}`);
    for (const promise of product.promises) {
      add(promise.escalate, `escalation of promise "${promise.topic}" of ${file}`);
    }
  }
  return [...sources].map(([address, source]) => ({
    phrase: address,
    source: `an internal e-mail address (${source})`,
  }));
}

/**
 * Every text the audience may see in the library: each string of the policy and of the published
 * sheets as the audience sees them, and (unless they are what is scanned) each sentence of their
 * talk tracks.
 */
/**
 * The texts of each translation, split by whether `audience` may see what they translate: a
 * translated sheet, claim or boundary has its source item's audience, so the German text of an
 * internal-only claim is as much a leak in a partner build as the English one.
 */
function translatedTexts(
  sheets: Library["sheets"],
  translations: readonly TranslationEntry[],
  audience: Audience,
  scan: "build" | "talk-track",
): { withheld: InternalPhrase[]; withheldClaims: InternalPhrase[]; published: string[] } {
  const withheld: InternalPhrase[] = [];
  const withheldClaims: InternalPhrase[] = [];
  const published: string[] = [];
  const bySlug = new Map(sheets.map((sheet) => [sheet.slug, sheet.product]));
  for (const { file, slug, translation, body } of translations) {
    const product = bySlug.get(slug);
    if (!product) continue;
    const sheetShown = sheetReaches(product, audience);
    const of = `the translation ${file} (of ${sheetShown ? "an item" : "a sheet"} not for ${audience}s)`;
    const sort = (shown: boolean, texts: string[], source: string) => {
      if (shown) published.push(...texts);
      else withheld.push(...texts.map((phrase) => ({ phrase, source })));
    };
    sort(sheetShown, [translation.title], `title in ${of}`);
    sort(sheetShown, [translation.summary], `summary in ${of}`);
    // As for source talk tracks: only a built site's scan takes a talk track as published.
    if (sheetShown && scan === "build") published.push(...body.split(/\n|(?<=[.!?])\s/));
    for (const claim of translation.claims) {
      const source = product.claims.find((candidate) => candidate.id === claim.id);
      const shown = sheetShown && source !== undefined && reaches(source.audience, audience);
      sort(shown, [claim.text], `claim ${claim.id} in ${of}`);
      // Its figure, however the language writes it, is the withheld claim all the same.
      if (!shown) withheldClaims.push({ phrase: claim.text, source: `claim ${claim.id} in ${of}` });
    }
    for (const promise of translation.promises) {
      const source = product.promises.find((candidate) => candidate.topic === promise.topic);
      sort(
        sheetShown && source !== undefined && reaches(source.audience, audience),
        [promise.may],
        `promise "${promise.topic}" in ${of}`,
      );
    }
  }
  return { withheld, withheldClaims, published: published.filter((text) => text.trim() !== "") };
}

function publishedTexts(
  published: Library["sheets"],
  audience: Audience,
  policy: Library["policy"]["policy"],
  scan: "build" | "talk-track",
): string[] {
  const strings = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === "string") strings.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(scopePolicy(policy, audience));
  for (const sheet of published) {
    collect(scopeProduct(sheet.product, audience, policy.partners));
    if (scan === "talk-track") continue;
    for (const sentence of sheet.body.split(/\n|(?<=[.!?])\s/)) strings.add(sentence);
  }
  return [...strings].filter((text) => text.trim() !== "");
}

function rungPattern(role: Role, limit: number, source: string): InternalPattern {
  const figure = new RegExp(`(?<![\\d.,])${number(limit)}${SPACE}(?:%|percent\\b)`, "gi");
  const label = new RegExp(`\\b(?:${[role.id, role.title].map(words).join("|")})\\b`, "i");
  return { source, digits: digitsOf(limit), find: (text) => near(text, figure, label) };
}

function termPattern(minMonths: number, extra: number, source: string): InternalPattern {
  const months = new RegExp(
    `(?<![\\d.,])${minMonths}${SPACE}\\+?${SPACE}-?${SPACE}months?\\b`,
    "gi",
  );
  const bonus = new RegExp(
    `(?<![\\d.,])\\+?${number(extra)}${SPACE}(?:%|points?\\b|pts\\b|pp\\b)`,
    "i",
  );
  return { source, digits: digitsOf(minMonths), find: (text) => near(text, months, bonus) };
}

/** "€" for EUR: one formatter per currency, not one per floor price (a library has hundreds). */
const symbols = new Map<string, string>();

function currencySymbol(currency: string): string {
  let symbol = symbols.get(currency);
  if (symbol === undefined) {
    symbol =
      new Intl.NumberFormat("en", { style: "currency", currency })
        .formatToParts(1)
        .find((part) => part.type === "currency")?.value ?? currency;
    symbols.set(currency, symbol);
  }
  return symbol;
}

/** The amount written next to the currency's code or symbol, in any of the usual formats. */
function floorPattern(amount: number, currency: string, source: string): InternalPattern {
  const symbol = currencySymbol(currency);
  const mark = `(?:${escape(currency)}|${escape(symbol)})`;
  const [whole = "0", cents = ""] = amount.toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, "[,.\\s\\u00a0\\u202f']?");
  const decimals = cents === "00" ? "(?:[.,]00?)?" : `[.,]${cents.replace(/0$/, "")}0?`;
  const value = `${grouped}${decimals}(?![.,]?\\d)`;
  const pattern = new RegExp(
    `(?<![\\d.,])(?:${mark}${SPACE}${value}|${value}${SPACE}${mark})`,
    "gi",
  );
  // Most texts name no currency at all: a plain search first spares them the full pattern.
  const named = new RegExp(mark, "i");
  return {
    source: `${source} (${amount} ${currency})`,
    digits: whole,
    find: (text) =>
      [...(named.test(text) ? text.matchAll(pattern) : [])].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        found: m[0],
      })),
  };
}

/** Ladders, bonuses and floors serialised as data (a JSON script, a JS chunk), whatever their values. */
function serializedFieldPattern(): InternalPattern {
  const pattern = /["']?\b(?:floorPrice["']?\s*:\s*\d|(?:discounts|termBonus)["']?\s*:\s*\[\s*\{)/g;
  return {
    source: "an always-internal field (discounts, termBonus, pricing.floorPrice) written as data",
    find: (text) =>
      [...text.matchAll(pattern)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        found: text.slice(m.index, m.index + 60),
      })),
  };
}

/** A link or reference to a page the build does not have. */
function linkPattern(path: string): InternalPattern {
  const pattern = new RegExp(
    `(?:href|src|action)\\s*=\\s*["']?${escape(path)}/?(?=["'?#\\s>])`,
    "gi",
  );
  return {
    source: `a link to ${path}, a page only internal builds have`,
    find: (text) =>
      [...text.matchAll(pattern)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        found: m[0],
      })),
  };
}

/** Each match of `anchor` with a match of `context` at most CONTEXT characters before or after it. */
function near(
  text: string,
  anchor: RegExp,
  context: RegExp,
): { start: number; end: number; found: string }[] {
  const found: { start: number; end: number; found: string }[] = [];
  for (const match of text.matchAll(anchor)) {
    const from = Math.max(0, match.index - CONTEXT);
    const to = match.index + match[0].length + CONTEXT;
    const around = text.slice(from, to);
    const hit = context.exec(around);
    if (!hit) continue;
    const start = Math.min(from + hit.index, match.index);
    const end = Math.max(from + hit.index + hit[0].length, match.index + match[0].length);
    found.push({ start, end, found: `${hit[0]} … ${match[0]}` });
  }
  return found;
}

/** JSON string escapes undone, then character references decoded as a browser decodes them. */
export function unescapeMarkup(text: string): string {
  return decodeReferences(
    text
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/\\(["\\/])/g, "$1"),
  );
}

/** "deal-desk" or "Deal desk" also when written "deal desk" or "Deal-Desk". */
function words(label: string): string {
  return label
    .split(/[\s-]+/)
    .map(escape)
    .join("[\\s\\u00a0-]+");
}

/** The digits of a number as `number()` matches it, without its optional trailing zeros. */
function digitsOf(value: number): string {
  return String(value).replace(/\D+/g, "");
}

function number(value: number): string {
  return `${escape(String(value))}${Number.isInteger(value) ? "(?:\\.0+)?" : "0*"}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 90 ? `${oneLine.slice(0, 87)}…` : oneLine;
}
