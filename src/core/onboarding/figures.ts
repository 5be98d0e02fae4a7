/**
 * A figure misremembered: the approved wording with one number nudged, as a careless rep retells
 * it ("99.99% uptime" for 99.9%, "10 working days" for 9). Years are left alone: a wrong year reads
 * as a typo, not as a claim.
 */
const FIGURE = /\d+(?:\.\d+)?/g;
const YEAR = /^(19|20)\d\d$/;

export function nudgedFigure(text: string, random: () => number): string | undefined {
  const figures = [...text.matchAll(FIGURE)].filter((match) => !YEAR.test(match[0]));
  const chosen = figures[Math.floor(random() * figures.length)];
  if (!chosen) return undefined;
  const percent = text.charAt(chosen.index + chosen[0].length) === "%";
  const nudged = nudge(chosen[0], percent, random);
  return text.slice(0, chosen.index) + nudged + text.slice(chosen.index + chosen[0].length);
}

function nudge(figure: string, percent: boolean, random: () => number): string {
  if (figure.includes(".")) {
    // 99.9 -> 99.99, 4.3 -> 4.4: one decimal more of nines, or the last digit one up.
    return /^\d+\.9+$/.test(figure)
      ? `${figure}9`
      : figure.slice(0, -1) + String((Number(figure.slice(-1)) + 1) % 10);
  }
  const value = Number(figure);
  const neighbours = percent
    ? [value + 5, value - 5].filter((candidate) => candidate > 0 && candidate < 100)
    : [value + 1, value - 1, value * 2].filter((candidate) => candidate > 0);
  return String(neighbours[Math.floor(random() * neighbours.length)] ?? value + 1);
}
