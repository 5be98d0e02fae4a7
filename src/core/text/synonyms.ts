// Words that mean the same to a customer, declared in policy.yaml (`synonyms: [[uptime,
// availability, SLA]]`): one list serves search (any word of a group finds the others) and the draft
// checker (a ruled-out phrase said with another word of its group is ruled out too).

export type Synonyms = readonly (readonly string[])[];

const lower = (words: readonly string[]) => words.map((word) => word.toLowerCase());
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeWords = (text: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, "giu");

/** `word` and the other words of its group, `word` first; only `word` when no group holds it. */
export function alternativesOf(word: string, synonyms: Synonyms): string[] {
  const typed = word.toLowerCase();
  const group = synonyms.map(lower).find((candidate) => candidate.includes(typed));
  return group ? [typed, ...group.filter((other) => other !== typed)] : [typed];
}

/**
 * The other ways to say `phrase` with one word (or phrase) of a group swapped for another of the
 * same group: "zero downtime" -> "never be down" where both are a group; "99.99% uptime" ->
 * "99.99% availability". The phrase itself is not among them.
 */
export function variantsOf(phrase: string, synonyms: Synonyms): string[] {
  const variants = new Set<string>();
  for (const group of synonyms) {
    for (const member of group) {
      const pattern = wholeWords(member);
      if (!pattern.test(phrase)) continue;
      for (const other of group) {
        if (other.toLowerCase() !== member.toLowerCase())
          variants.add(phrase.replace(wholeWords(member), other));
      }
    }
  }
  variants.delete(phrase);
  return [...variants];
}

/** At most this many searches are run for one query's synonyms. */
const MAX_SAYINGS = 6;

/** The query as typed, then with each word that has synonyms swapped for each of them. */
export function sayings(words: readonly string[], synonyms: Synonyms): string[][] {
  const all: string[][] = [[...words]];
  words.forEach((word, at) => {
    for (const other of alternativesOf(word, synonyms).slice(1)) {
      if (all.length < MAX_SAYINGS) all.push(words.map((typed, i) => (i === at ? other : typed)));
    }
  });
  return all;
}
