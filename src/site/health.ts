import { healthTimeline, type TimelineEvent } from "../core/health/index.ts";
import { buildDate, loadPolicy, loadProducts } from "./library.ts";

/** How far ahead the page looks: as far as `npm run check` warns of expiring claims (policy). */
export async function healthWithinDays(): Promise<number> {
  return (await loadPolicy()).expiringWithinDays;
}

/** The sheets as the content health report reads them. */
export async function healthSheets() {
  return (await loadProducts()).map(({ slug, product }) => ({
    file: `products/${slug}.mdx`,
    slug,
    product,
  }));
}

/** Every claim expiry and review due date of the library, in date order, as of the build day. */
export async function healthEvents(): Promise<TimelineEvent[]> {
  const policy = await loadPolicy();
  return healthTimeline(await healthSheets(), policy.reviewIntervalDays, buildDate);
}
