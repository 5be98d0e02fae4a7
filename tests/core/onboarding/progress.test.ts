import { describe, expect, it } from "vitest";
import {
  attemptOf,
  countFailedAttempt,
  emptyProgress,
  forgetSteps,
  markPassed,
  parseProgress,
  recordVisit,
  serializeProgress,
  stepStatus,
  trackProgress,
} from "../../../src/core/onboarding/progress.ts";

const welcome = { key: "first-week/welcome", fingerprint: "aaaa0001" };
const discounts = { key: "first-week/discounts", fingerprint: "bbbb0002" };

describe("onboarding progress", () => {
  it("counts a step as done once its check is passed against the same guardrails", () => {
    const progress = markPassed(emptyProgress(), welcome, "2026-12-01T09:00:00.000Z");

    expect(stepStatus(progress, welcome)).toBe("done");
    expect(stepStatus(progress, discounts)).toBe("todo");
  });

  it("marks a passed step as changed when its fingerprint is no longer the page's", () => {
    const progress = markPassed(emptyProgress(), discounts, "2026-12-01T09:00:00.000Z");

    expect(stepStatus(progress, { ...discounts, fingerprint: "cccc0003" })).toBe("changed");
  });

  it("summarises a track: done, to take again, where to continue and when it was completed", () => {
    let progress = markPassed(emptyProgress(), welcome, "2026-12-01T09:00:00.000Z");
    expect(trackProgress(progress, [welcome, discounts])).toEqual({
      total: 2,
      done: 1,
      changed: 0,
      next: discounts.key,
    });

    progress = markPassed(progress, discounts, "2026-12-02T10:00:00.000Z");
    expect(trackProgress(progress, [welcome, discounts])).toEqual({
      total: 2,
      done: 2,
      changed: 0,
      completedAt: "2026-12-02T10:00:00.000Z",
    });
    expect(trackProgress(progress, [{ ...welcome, fingerprint: "changed1" }, discounts])).toEqual({
      total: 2,
      done: 1,
      changed: 1,
      next: welcome.key,
    });
  });

  it("survives being written and read back, and reads anything else as no progress", () => {
    const progress = {
      ...markPassed(emptyProgress(), welcome, "2026-12-01T09:00:00.000Z"),
      name: "Ada",
    };

    expect(parseProgress(serializeProgress(progress))).toEqual(progress);
    expect(parseProgress(null)).toEqual(emptyProgress());
    expect(parseProgress("not json")).toEqual(emptyProgress());
    expect(parseProgress('{"steps":[1,2]}')).toEqual(emptyProgress());
    expect(parseProgress('{"steps":{"a":{"passedAt":1}},"name":7}')).toEqual(emptyProgress());
  });

  it("counts failed checks per step, so the next check is the next attempt, even after a reload", () => {
    const progress = countFailedAttempt(
      countFailedAttempt(countFailedAttempt(emptyProgress(), welcome.key), welcome.key),
      discounts.key,
    );

    expect(attemptOf(progress, welcome.key)).toBe(2);
    expect(attemptOf(progress, discounts.key)).toBe(1);
    expect(attemptOf(emptyProgress(), welcome.key)).toBe(0);
    expect(parseProgress(serializeProgress(progress))).toEqual(progress);
    expect(parseProgress('{"steps":{},"attempts":{"a":-1,"b":"2","c":3}}')).toEqual({
      steps: {},
      attempts: { c: 3 },
    });
  });

  it("forgets one track's steps, or all of them, and keeps the name", () => {
    const progress = {
      ...markPassed(markPassed(emptyProgress(), welcome, "t1"), discounts, "t2"),
      name: "Ada",
    };

    expect(forgetSteps(progress, [welcome.key]).steps).toEqual({
      [discounts.key]: { passedAt: "t2", fingerprint: discounts.fingerprint, attempts: 1 },
    });
    expect(forgetSteps(progress)).toEqual({ steps: {}, name: "Ada" });
  });

  it("records when a step was first opened and the time on its page, until it is passed", () => {
    let progress = recordVisit(emptyProgress(), welcome.key, "2026-12-01T09:00:00.000Z");
    progress = recordVisit(progress, welcome.key, "2026-12-01T09:05:00.000Z", 300);
    progress = countFailedAttempt(progress, welcome.key);
    progress = recordVisit(progress, welcome.key, "2026-12-02T14:00:00.000Z", 120.4);
    progress = markPassed(progress, welcome, "2026-12-02T14:02:00.000Z");

    expect(progress.steps[welcome.key]).toEqual({
      passedAt: "2026-12-02T14:02:00.000Z",
      fingerprint: welcome.fingerprint,
      openedAt: "2026-12-01T09:00:00.000Z",
      seconds: 420,
      attempts: 2,
    });
    expect(progress.visits).toBeUndefined();
    expect(parseProgress(serializeProgress(progress))).toEqual(progress);

    // A retake after a change counts on from the first opening and the time already spent.
    const retake = recordVisit(progress, welcome.key, "2026-12-05T10:00:00.000Z", 60);
    expect(retake.visits?.[welcome.key]).toEqual({
      openedAt: "2026-12-01T09:00:00.000Z",
      seconds: 480,
    });
    expect(forgetSteps(retake, [welcome.key]).visits).toEqual({});
  });

  it("reads a hand-edited time as none rather than trusting it", () => {
    expect(
      parseProgress(
        '{"steps":{"a":{"passedAt":"t","fingerprint":"f","seconds":-5,"attempts":"2"}},"visits":{"b":{"openedAt":"t","seconds":"x"}}}',
      ),
    ).toEqual({ steps: { a: { passedAt: "t", fingerprint: "f" } } });
  });
});
