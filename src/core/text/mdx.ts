/** What a talk track may contain beyond Markdown, and where its special parts are. */

/** The only components a sheet body may use. */
export const BODY_COMPONENTS = ["Claim", "DontSay"] as const;

export interface Located {
  start: number;
  end: number;
}

export function claimReferences(body: string): (Located & { id: string })[] {
  return [...body.matchAll(/<Claim\s+id\s*=\s*(["'])(.*?)\1[^>]*?\/?>/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    id: match[2]!,
  }));
}

/** `<DontSay>…</DontSay>` blocks quote out-of-bounds wording on purpose, so phrase rules skip them. */
export function dontSayBlocks(body: string): Located[] {
  return [...body.matchAll(/<DontSay\b[^>]*>[\s\S]*?<\/DontSay\s*>/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export function isInside(ranges: readonly Located[], offset: number): boolean {
  return ranges.some((range) => offset >= range.start && offset < range.end);
}

export interface UnsafeConstruct extends Located {
  message: string;
  hint: string;
}

interface UnsafeRule {
  pattern: RegExp;
  message: (match: RegExpMatchArray) => string;
  hint: string;
  allowed?: (match: RegExpMatchArray) => boolean;
}

const UNSAFE: UnsafeRule[] = [
  {
    pattern: /^[ \t]*(import|export)\b/gm,
    message: (match) => `"${match[1]}" statements are not allowed in a product sheet`,
    hint: "Remove the line: <Claim> and <DontSay> are available without importing anything.",
  },
  {
    pattern: /<\s*(script|iframe|style|object|embed)\b/gi,
    message: (match) => `<${match[1]!.toLowerCase()}> is not allowed in a product sheet`,
    hint: "Remove it: sheets hold text, <Claim> and <DontSay> only.",
  },
  {
    pattern: /<[A-Za-z][^>]*?\s(on[a-z]+)\s*=/gi,
    message: (match) => `the event handler ${match[1]} is not allowed in a product sheet`,
    hint: "Remove the attribute: sheets cannot run scripts.",
  },
  {
    pattern: /\bjavascript\s*:/gi,
    message: () => "javascript: links are not allowed in a product sheet",
    hint: "Link to an https:// address instead.",
  },
  {
    pattern: /<([A-Z][\w.]*)/g,
    message: (match) => `<${match[1]}> is not one of the components a sheet may use`,
    hint: `Use only ${BODY_COMPONENTS.map((name) => `<${name}>`).join(" and ")}.`,
    allowed: (match) => (BODY_COMPONENTS as readonly string[]).includes(match[1]!),
  },
  {
    pattern: /(?<!\\)\{/g,
    message: () => "{ } expressions are not allowed in a product sheet",
    hint: "Write the text out, or escape the brace as \\{.",
  },
];

/** Constructs that would let a sheet run code or pull in anything but the project's own components. */
export function unsafeConstructs(body: string): UnsafeConstruct[] {
  const found: UnsafeConstruct[] = [];
  for (const { pattern, message, hint, allowed } of UNSAFE) {
    for (const match of body.matchAll(pattern)) {
      if (allowed?.(match)) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        message: message(match),
        hint,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
