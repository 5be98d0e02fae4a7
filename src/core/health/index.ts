// health/: content health, the claims expiring and the reviews due.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { contentHealth, healthTimeline, relativeDays } from "./report.ts";
export type {
  ExpiringClaim,
  HealthReport,
  OwnerHealth,
  ReviewDue,
  TimelineEvent,
} from "./report.ts";
