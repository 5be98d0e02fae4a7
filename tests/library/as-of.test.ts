import { afterEach, describe, expect, it, vi } from "vitest";
import { asOfOption, todayIso } from "../../src/library/as-of.ts";
import { UsageError } from "../../src/library/usage-error.ts";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("asOfOption", () => {
  it("takes a real date written as YYYY-MM-DD", () => {
    expect(asOfOption("2026-12-01")).toBe("2026-12-01");
    expect(asOfOption("2028-02-29")).toBe("2028-02-29");
  });

  it.each(["2026-12-1", "01/12/2026", "tomorrow", "2026-13-01", "2026-02-30", "2027-02-29", ""])(
    "refuses %j as a usage error",
    (value) => {
      expect(() => asOfOption(value)).toThrow(
        new UsageError(`--as-of must be a date written as YYYY-MM-DD, not "${value}"`),
      );
    },
  );

  it("defaults to FIELDGUIDE_AS_OF, checked the same way", () => {
    vi.stubEnv("FIELDGUIDE_AS_OF", "2027-01-15");
    expect(asOfOption(undefined)).toBe("2027-01-15");

    vi.stubEnv("FIELDGUIDE_AS_OF", "someday");
    expect(() => asOfOption(undefined)).toThrow(
      'FIELDGUIDE_AS_OF must be a date written as YYYY-MM-DD, not "someday"',
    );
  });

  it("defaults to today without FIELDGUIDE_AS_OF", () => {
    vi.stubEnv("FIELDGUIDE_AS_OF", "");
    expect(asOfOption(undefined)).toBe(todayIso());
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
