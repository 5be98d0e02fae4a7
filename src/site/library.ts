import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { asOfOption } from "../library/as-of.ts";
import { reviewDue } from "../core/rules/index.ts";
import { isDraft } from "../core/guardrails/index.ts";
import type { Claim, Product, PromiseBoundary, Policy } from "../core/schema/index.ts";
import { urlSegment } from "../core/text/index.ts";
import { buildAudience } from "./audience.ts";
import { libraryHas } from "../library/content-dir.ts";
import {
  ONBOARDING_DIR,
  onboardingPath,
  stepKey,
  generateQuiz,
  type Quiz,
  type Step,
  type Track,
} from "../core/onboarding/index.ts";

export interface ProductEntry {
  slug: string;
  product: Product;
}

/** A product sheet with its MDX entry, for pages that render the talk track. */
export interface SheetEntry extends ProductEntry {
  entry: CollectionEntry<"products">;
}

export interface ClaimEntry {
  claim: Claim;
  product: ProductEntry;
}

export interface PromiseEntry {
  promise: PromiseBoundary;
  topicSlug: string;
  product: ProductEntry;
}

/** Promise boundaries of every product on one topic ("SLA"). */
export interface PromiseTopic {
  slug: string;
  topic: string;
  entries: PromiseEntry[];
}

/**
 * Who this build is for. Everything below is already scoped to it: a partner build's collections
 * hold only partner sheets, without ladders, term bonuses, floor prices or internal-only claims and
 * promises (src/content.config.ts, core/guardrails/audience.ts), so pages need no audience logic of their own.
 */
export const audience = buildAudience();

/** For the few places that differ beyond the data, such as links to internal-only pages. */
export function isInternalBuild(): boolean {
  return audience === "internal";
}

/** What every page of a partner build says it is, on screen, in its title and on paper. */
export const PARTNER_EDITION = "Partner edition";

/** The validated library as pages see it (the build has already run every guardrail check). */
export async function loadPolicy(): Promise<Policy> {
  const entry = await getEntry("policy", "policy");
  if (!entry) throw new Error("content/policy.yaml is missing");
  return entry.data;
}

/**
 * Read once per build: every <Claim> and every product page asks for the whole library, which made
 * the build quadratic in the number of sheets (bench/findings.md). `astro dev` reloads content while
 * it runs, so there each call reads afresh.
 */
export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (value ??= read()));
}

const sortedSheets = oncePerBuild(async () => {
  const entries = await getCollection("products");
  // A draft is previewed in `npm run dev` (with a banner) and never built into a site; the
  // checker has refused anything published that names it.
  return entries
    .filter((entry) => import.meta.env.DEV || !isDraft(entry.data))
    .map((entry) => ({ slug: entry.id, product: entry.data, entry }))
    .sort((a, b) => a.product.title.localeCompare(b.product.title));
});

export async function loadSheets(): Promise<SheetEntry[]> {
  return [...(await sortedSheets())];
}

export async function loadProducts(): Promise<ProductEntry[]> {
  return (await loadSheets()).map(({ slug, product }) => ({ slug, product }));
}

/** Products grouped by category, categories and products in alphabetical order. */
export async function productsByCategory(): Promise<[string, ProductEntry[]][]> {
  const groups = new Map<string, ProductEntry[]>();
  for (const entry of await loadProducts()) {
    groups.set(entry.product.category, [...(groups.get(entry.product.category) ?? []), entry]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

async function loadClaims(): Promise<ClaimEntry[]> {
  return (await loadProducts()).flatMap((product) =>
    product.product.claims.map((claim) => ({ claim, product })),
  );
}

export const claimsById: () => Promise<Map<string, ClaimEntry>> = oncePerBuild(
  async () => new Map((await loadClaims()).map((entry) => [entry.claim.id, entry])),
);

export async function loadPromises(): Promise<PromiseEntry[]> {
  return (await loadProducts()).flatMap((product) =>
    product.product.promises.map((promise) => ({
      promise,
      topicSlug: urlSegment(promise.topic),
      product,
    })),
  );
}

/** Topics in alphabetical order; "SLA" and "sla" are one topic, titled as first written. */
export async function promiseTopics(): Promise<PromiseTopic[]> {
  const topics = new Map<string, PromiseTopic>();
  for (const entry of await loadPromises()) {
    const topic = topics.get(entry.topicSlug) ?? {
      slug: entry.topicSlug,
      topic: entry.promise.topic,
      entries: [],
    };
    topic.entries.push(entry);
    topics.set(entry.topicSlug, topic);
  }
  return [...topics.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}

/** "Today" for the site: FIELDGUIDE_AS_OF when set (as for the build's checks), else the build day. */
export const buildDate: string = asOfOption(process.env.FIELDGUIDE_AS_OF);

/**
 * Changes on every build, so a cached copy of the search index's entry file is never reused
 * across builds, yet stays fixed within one build so a service worker can cache it for offline use.
 */
export const buildTag: string = Date.now().toString(36);

export interface ReviewState {
  due: string;
  stale: boolean;
}

/** Reviews are marketing's to keep: partners are shown no overdue review, only the sheet. */
export function reviewState(policy: Policy, product: Product): ReviewState {
  const due = reviewDue(product.lastReviewed, policy.reviewIntervalDays);
  return { due, stale: isInternalBuild() && due < buildDate };
}

/** An onboarding step as its pages show it, with its knowledge check generated from the guardrails. */
export interface StepView {
  /** `<track>/<step>`: its identity in the browser's progress. */
  key: string;
  track: string;
  slug: string;
  step: Step;
  entry: CollectionEntry<"steps">;
  quiz: Quiz;
}

export interface TrackView {
  slug: string;
  track: Track;
  steps: StepView[];
  /** The steps' minutes added up. */
  minutes: number;
}

/**
 * The onboarding tracks published to the build's audience, in order, each with its steps in order.
 * Questions are generated here, at build time, from the sheets as this build sees them.
 */
export async function loadTracks(): Promise<TrackView[]> {
  if (!libraryHas(ONBOARDING_DIR)) return [];
  const [policy, products, tracks, steps] = await Promise.all([
    loadPolicy(),
    loadProducts(),
    getCollection("tracks"),
    getCollection("steps"),
  ]);
  const bySlug = new Map(products.map(({ slug, product }) => [slug, product]));
  return tracks
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data: track }) => {
      const trackSteps = steps
        .flatMap((entry): StepView[] => {
          const where = onboardingPath(`${ONBOARDING_DIR}${entry.id}.mdx`);
          if (where.kind !== "step" || where.track !== id) return [];
          const key = stepKey(where.track, where.slug);
          const generated = generateQuiz(entry.data.quiz, key, {
            policy,
            products: bySlug,
            audience: track.audience,
            asOf: buildDate,
          });
          // The build's content check has already reported these with file and line.
          if (!generated.quiz) throw new Error(`${key}: ${generated.errors[0]?.error.message}`);
          return [
            { key, track: id, slug: where.slug, step: entry.data, entry, quiz: generated.quiz },
          ];
        })
        .sort((a, b) => a.step.step - b.step.step);
      const minutes = trackSteps.reduce((sum, step) => sum + step.step.minutes, 0);
      return { slug: id, track, steps: trackSteps, minutes };
    });
}
