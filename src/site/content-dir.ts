/** The library folder a build reads: `content/` unless FIELDGUIDE_CONTENT_DIR names another (benchmarks, tests). */
export const contentDir = (process.env.FIELDGUIDE_CONTENT_DIR ?? "content").replace(/\/+$/, "");
