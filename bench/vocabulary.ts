import type { Random } from "./random.ts";

/**
 * Out-of-bounds phrases for promises and forbidden lists. The word after `|` never appears in a
 * generated talk track, so a generated library breaks no phrase rule and the checker finds no error.
 */
const phrase = (entry: string) => entry.split("|")[0]!;
const key = (entry: string) => entry.split("|")[1]!;

export const MAY_NOT = [
  "zero downtime|downtime",
  "guaranteed go-live date|guaranteed",
  "money-back guarantee|guarantee",
  "refund at any time|refund",
  "pro-rata refund|refund",
  "unhackable|unhackable",
  "blocks every attack|attack",
  "never loses data|loses",
  "instant setup|instant",
  "works with anything|anything",
  "custom connector for free|free",
  "contractual roadmap commitment|contractual",
  "ships next quarter|ships",
  "lifetime price lock|lifetime",
  "free upgrades forever|forever",
  "no tuning needed|tuning",
  "credits for any outage|outage",
  "unlimited seats|unlimited",
  "infinite scale|infinite",
  "fully automatic compliance|automatic",
  "penalty-free exit|penalty",
  "dedicated engineer at no cost|dedicated",
  "answers in milliseconds|milliseconds",
  "replaces your whole team|replaces",
  "approved by every auditor|auditor",
  "beats every competitor|beats",
  "effortless migration|effortless",
  "hands-free operation|hands",
].map((entry) => ({ phrase: phrase(entry), key: key(entry) }));

export const POLICY_FORBIDDEN = [
  ["risk-free|risk", "No contract is free of risk; Legal has ruled the phrase misleading."],
  ["guaranteed ROI|roi", "We do not contract for financial outcomes."],
  ["100% secure|secure", "No system is completely secure."],
  ["best in the market|best", "An unqualified superlative we cannot substantiate."],
  ["GDPR certified|certified", "There is no GDPR certification."],
  ["military-grade encryption|military", "A marketing term with no technical meaning."],
].map(([entry, why]) => ({ phrase: phrase(entry!), key: key(entry!), why: why! }));

export const SHEET_FORBIDDEN = [
  ["bulletproof|bulletproof", "Implies nothing can get through."],
  ["set and forget|forget", "Every deployment needs an owner on the customer's side."],
  ["works like magic|magic", "Buyers read it as a sign we cannot explain how it works."],
  ["world-class|world", "An unqualified superlative we cannot substantiate."],
  ["no-brainer|brainer", "Dismisses the buyer's evaluation."],
  ["future-proof|future", "Nobody can promise what the next platform change will need."],
].map(([entry, why]) => ({ phrase: phrase(entry!), key: key(entry!), why: why! }));

/** Words a generated talk track must never contain (each blocks one out-of-bounds phrase). */
export const BLOCKED_WORDS = new Set(
  [...MAY_NOT, ...POLICY_FORBIDDEN, ...SHEET_FORBIDDEN].map((entry) => entry.key.toLowerCase()),
);

const allowed = (words: string[]) => words.filter((word) => !BLOCKED_WORDS.has(word.toLowerCase()));

export const NOUNS = allowed(
  "dashboard pipeline report export metric workflow alert ticket invoice contract renewal forecast budget queue backlog incident release rollout integration connector schedule policy approval audit review migration region cluster tenant account license seat warehouse shipment order catalogue ledger payment threshold baseline latency throughput capacity retention archive backup restore replica query index segment cohort funnel campaign territory quota handover playbook escalation runbook change-window rota shift".split(
    " ",
  ),
);
export const ADJECTIVES = allowed(
  "governed scheduled shared regional quarterly monthly weekly detailed consolidated manual brittle noisy slow fragmented overdue audited encrypted redundant predictable measurable visible central local hybrid managed self-hosted mid-market enterprise seasonal recurring".split(
    " ",
  ),
);
export const VERBS = allowed(
  "rebuilds exports reconciles approves escalates reviews tracks forecasts monitors migrates consolidates audits schedules archives restores routes filters tags flags compares".split(
    " ",
  ),
);
export const BUYERS = allowed([
  "Head of Data",
  "VP of Revenue Operations",
  "CISO",
  "Head of Infrastructure",
  "Finance Director",
  "IT Operations Manager",
  "Chief Operating Officer",
  "Head of Customer Support",
  "Procurement Lead",
  "Platform Engineering Lead",
]);
export const INDUSTRIES = [
  "retail",
  "logistics",
  "healthcare",
  "insurance",
  "manufacturing",
  "public sector",
  "media",
  "travel",
  "energy",
  "education",
  "telecommunications",
  "banking-adjacent fintech",
];
export const CATEGORIES = [
  "Analytics",
  "Security",
  "Observability",
  "Data Platform",
  "Compliance",
  "Collaboration",
  "Networking",
  "Storage",
  "Services",
  "Support",
  "Automation",
  "Identity",
];
export const PRODUCT_PREFIXES = [
  "Signal",
  "Edge",
  "Trace",
  "Cobalt",
  "Harbor",
  "Summit",
  "Beacon",
  "Atlas",
  "Lumen",
  "Meridian",
  "Quarry",
  "Tandem",
];
export const PRODUCT_SUFFIXES = [
  "Analytics",
  "Shield",
  "Vault",
  "Monitor",
  "Ledger",
  "Relay",
  "Gateway",
  "Console",
  "Archive",
  "Insight",
  "Sync",
  "Desk",
];
export const PROMISE_TOPICS = [
  "SLA",
  "Implementation time",
  "Integrations",
  "Roadmap",
  "Refunds",
  "Security and compliance",
  "Support hours",
  "Data location",
];
/** A unit and how often its price is paid (`pricing.per`). */
export const UNITS: [string, string][] = [
  ["seat", "month"],
  ["protected domain", "month"],
  ["host", "month"],
  ["GB ingested", "month"],
  ["workspace", "year"],
  ["project", "one-time"],
];
export const FIRST_NAMES = [
  "maria",
  "aisha",
  "tomas",
  "li",
  "noor",
  "jonas",
  "priya",
  "emeka",
  "sofia",
  "kenji",
];
export const LAST_NAMES = [
  "keller",
  "rahman",
  "novak",
  "chen",
  "haddad",
  "berg",
  "iyer",
  "okafor",
  "rossi",
  "sato",
];

const SYLLABLES =
  "ka lo ve ri tan mor sel bri dun fen gal hor jin kel lum nar pex quo ros tiv ul vor wex yan zel cra dro mil ston".split(
    " ",
  );

/**
 * Made-up names (customers, competitors, features) that give the library a vocabulary that grows
 * with its size, as real content does: search indexes are sized by distinct words.
 */
export function pseudoWords(random: Random, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const syllables = Array.from({ length: random.int(2, 4) }, () => random.pick(SYLLABLES)).join(
      "",
    );
    if (!BLOCKED_WORDS.has(syllables)) words.add(syllables);
  }
  return [...words];
}
