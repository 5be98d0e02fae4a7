/** Where onboarding content lives in a library, and the URLs' names derived from it. */

export const ONBOARDING_DIR = "onboarding/";
export const TRACK_FILE = "track.yaml";
/** The completion page of a track is `/onboarding/<track>/complete/`: no step may take that name. */
export const RESERVED_STEP_SLUGS = ["complete"] as const;
/** The manager's page for completion receipts is `/onboarding/receipt/`: no track may take that name. */
export const RESERVED_TRACK_SLUGS = ["receipt"] as const;

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const TRACK_PATH = new RegExp(`^${ONBOARDING_DIR}(${SLUG})/${TRACK_FILE.replace(".", "\\.")}$`);
const STEP_PATH = new RegExp(`^${ONBOARDING_DIR}(${SLUG})/(\\d+)-(${SLUG})\\.mdx$`);

export type OnboardingPath =
  | { kind: "track"; track: string }
  | { kind: "step"; track: string; number: number; slug: string }
  | { kind: "unexpected" };

/** What a file under `onboarding/` is, by its path relative to the library root. */
export function onboardingPath(path: string): OnboardingPath {
  const track = TRACK_PATH.exec(path);
  if (track) return { kind: "track", track: track[1]! };
  const step = STEP_PATH.exec(path);
  if (step) return { kind: "step", track: step[1]!, number: Number(step[2]), slug: step[3]! };
  return { kind: "unexpected" };
}

/** A step's identity across the site and in the browser's progress: `<track>/<step slug>`. */
export function stepKey(track: string, slug: string): string {
  return `${track}/${slug}`;
}
