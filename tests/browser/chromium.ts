// Which Chromium the browser tests, the benchmark and the screenshots drive: the first that starts.
import { execFile } from "node:child_process";

/** Where Linux distributions and Google's packages install Chromium or Chrome. */
const SYSTEM_CHROMIUMS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

export interface ChromiumSources {
  /** A browser named by the user (FIELDGUIDE_CHROMIUM), tried first. */
  named?: string;
  system: readonly string[];
  /** The Chromium of the @sparticuz/chromium dev dependency: unpacked to /tmp on first use. */
  npm: () => Promise<string>;
}

export function defaultSources(): ChromiumSources {
  return {
    named: process.env.FIELDGUIDE_CHROMIUM,
    system: SYSTEM_CHROMIUMS,
    npm: async () => (await import("@sparticuz/chromium")).default.executablePath(),
  };
}

/**
 * The first browser that answers `--version`: the named one, the system's, then the npm one, so
 * `npm ci && npm test` works on a machine without a system Chromium.
 */
export async function findChromium(sources: ChromiumSources = defaultSources()): Promise<string> {
  const tried: string[] = [];
  for (const path of [sources.named, ...sources.system]) {
    if (!path) continue;
    if (await starts(path)) return path;
    tried.push(path);
  }
  const npm = await sources.npm();
  if (await starts(npm)) return npm;
  throw new Error(
    `No Chromium starts (tried ${[...tried, npm].join(", ")}): run npm ci, or set FIELDGUIDE_CHROMIUM.`,
  );
}

function starts(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(path, ["--version"], { timeout: 15_000 }, (error, stdout) =>
      resolve(!error && /chrom/i.test(stdout)),
    );
  });
}
