import type { Product } from "../schema/product.ts";
import type { Withdrawal } from "../standing/standing.ts";
import type { Change } from "./change.ts";

/**
 * Withdrawals of the sheet, its claims and its boundaries, and their reversal: listed before any
 * other change, as they tell reps to stop saying something today.
 */
export function diffWithdrawals(before: Product, after: Product): Change[] {
  const changes: Change[] = [];
  const compare = (what: string, old: Withdrawal | undefined, now: Withdrawal | undefined) => {
    if (JSON.stringify(old ?? null) === JSON.stringify(now ?? null)) return;
    const text = now
      ? `${what} withdrawn on ${now.on}: ${now.reason}${now.insteadSay ? ` (say instead: ${now.insteadSay})` : ""}`
      : `${what} no longer withdrawn`;
    changes.push({ area: "withdrawal", text });
  };
  compare("sheet", before.withdrawn, after.withdrawn);
  for (const claim of after.claims) {
    const old = before.claims.find((candidate) => candidate.id === claim.id);
    compare(`claim ${claim.id}`, old?.withdrawn, claim.withdrawn);
  }
  for (const promise of after.promises) {
    const old = before.promises.find((candidate) => candidate.topic === promise.topic);
    compare(`promise '${promise.topic}'`, old?.withdrawn, promise.withdrawn);
  }
  return changes;
}

export function hasWithdrawal(changes: readonly Change[]): boolean {
  return changes.some((change) => change.area === "withdrawal");
}
