import { healthTimeline, type TimelineEvent } from "../core/report.ts";
import { buildDate, loadPolicy, loadProducts } from "./library.ts";

/** The same window as `npm run report`'s default. */
export const HEALTH_WITHIN_DAYS = 30;

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
