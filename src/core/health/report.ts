import type { Product } from "../schema/product.ts";
import { reviewDue } from "../rules/time.ts";
import { addDays, daysBetween } from "../standing/days.ts";

/** What the health report needs of a sheet: the CLI passes checked sheets, the site its product entries. */
export interface HealthSheet {
  /** Path relative to the library root, e.g. `products/analytics.mdx`. */
  file: string;
  slug: string;
  product: Pick<Product, "title" | "owner" | "lastReviewed" | "claims">;
}

export interface HealthOptions {
  asOf: string;
  /** How far ahead to look, in days. */
  withinDays: number;
}

export interface ExpiringClaim {
  file: string;
  slug: string;
  title: string;
  claimId: string;
  expires: string;
  /** Days from the as-of date to the expiry; negative once expired. */
  daysLeft: number;
}

export interface ReviewDue {
  file: string;
  slug: string;
  title: string;
  lastReviewed: string;
  due: string;
  /** Days from the as-of date to the due date; negative when overdue. */
  daysLeft: number;
}

export interface OwnerHealth {
  owner: string;
  expiringClaims: ExpiringClaim[];
  overdueReviews: ReviewDue[];
  upcomingReviews: ReviewDue[];
}

export interface HealthReport {
  asOf: string;
  withinDays: number;
  /** The last date the report looks at: asOf + withinDays. */
  until: string;
  reviewIntervalDays: number;
  /** Owners with something to do, alphabetically; each list by date. */
  owners: OwnerHealth[];
  totals: { expiringClaims: number; overdueReviews: number; upcomingReviews: number };
}

/**
 * Content health: claims that expire within the window (or already have), sheets past their review
 * interval, and sheets whose review falls due within the window, grouped by the owner who must act.
 * Boundaries follow the checker: a claim is valid on its expiry date, a review is overdue the day after it is due.
 */
export function contentHealth(
  sheets: readonly HealthSheet[],
  reviewIntervalDays: number,
  { asOf, withinDays }: HealthOptions,
): HealthReport {
  const until = addDays(asOf, withinDays);
  const byOwner = new Map<string, OwnerHealth>();
  const ownerOf = (owner: string): OwnerHealth => {
    let health = byOwner.get(owner);
    if (!health) {
      health = { owner, expiringClaims: [], overdueReviews: [], upcomingReviews: [] };
      byOwner.set(owner, health);
    }
    return health;
  };

  for (const { file, slug, product } of sheets) {
    const where = { file, slug, title: product.title };
    for (const claim of product.claims) {
      if (claim.expires !== undefined && claim.expires <= until) {
        ownerOf(product.owner).expiringClaims.push({
          ...where,
          claimId: claim.id,
          expires: claim.expires,
          daysLeft: daysBetween(asOf, claim.expires),
        });
      }
    }
    const due = reviewDue(product.lastReviewed, reviewIntervalDays);
    const review = {
      ...where,
      lastReviewed: product.lastReviewed,
      due,
      daysLeft: daysBetween(asOf, due),
    };
    if (due < asOf) ownerOf(product.owner).overdueReviews.push(review);
    else if (due <= until) ownerOf(product.owner).upcomingReviews.push(review);
  }

  const byDate = <T extends { daysLeft: number; title: string }>(items: T[]) =>
    items.sort((a, b) => a.daysLeft - b.daysLeft || a.title.localeCompare(b.title));
  const owners = [...byOwner.values()]
    .sort((a, b) => a.owner.localeCompare(b.owner))
    .map((health) => ({
      owner: health.owner,
      expiringClaims: byDate(health.expiringClaims),
      overdueReviews: byDate(health.overdueReviews),
      upcomingReviews: byDate(health.upcomingReviews),
    }));
  const count = (pick: (health: OwnerHealth) => unknown[]) =>
    owners.reduce((sum, health) => sum + pick(health).length, 0);
  return {
    asOf,
    withinDays,
    until,
    reviewIntervalDays,
    owners,
    totals: {
      expiringClaims: count((health) => health.expiringClaims),
      overdueReviews: count((health) => health.overdueReviews),
      upcomingReviews: count((health) => health.upcomingReviews),
    },
  };
}

/** Every dated event of the library (claim expiries and review due dates), for a timeline. */
export interface TimelineEvent {
  kind: "claim-expires" | "review-due";
  date: string;
  daysLeft: number;
  slug: string;
  title: string;
  owner: string;
  /** The claim id for an expiry. */
  claimId?: string;
}

export function healthTimeline(
  sheets: readonly HealthSheet[],
  reviewIntervalDays: number,
  asOf: string,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const { slug, product } of sheets) {
    const common = { slug, title: product.title, owner: product.owner };
    for (const claim of product.claims) {
      if (claim.expires === undefined) continue;
      events.push({
        kind: "claim-expires",
        date: claim.expires,
        daysLeft: daysBetween(asOf, claim.expires),
        ...common,
        claimId: claim.id,
      });
    }
    const due = reviewDue(product.lastReviewed, reviewIntervalDays);
    events.push({ kind: "review-due", date: due, daysLeft: daysBetween(asOf, due), ...common });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** "in 12 days", "today", "3 days ago": how far a date is from the as-of date. */
export function relativeDays(daysLeft: number): string {
  if (daysLeft === 0) return "today";
  const days = `${Math.abs(daysLeft)} day${Math.abs(daysLeft) === 1 ? "" : "s"}`;
  return daysLeft > 0 ? `in ${days}` : `${days} ago`;
}
