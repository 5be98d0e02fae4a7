// The browser tests need no system Chromium: the resolution falls through to the npm one.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { defaultSources, findChromium } from "./chromium.ts";

const scratch = mkdtempSync(join(tmpdir(), "fieldguide-chromium-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An executable that exits with an error, as a broken or half-installed browser does. */
const broken = join(scratch, "broken-chromium");
writeFileSync(broken, "#!/bin/sh\nexit 1\n");
chmodSync(broken, 0o755);

const { npm } = defaultSources();

describe("findChromium", () => {
  test("falls through to the npm Chromium when the named and system ones are missing or fail", async () => {
    const found = await findChromium({
      named: join(scratch, "no-such-chromium"),
      system: [join(scratch, "no-system-chromium"), broken],
      npm,
    });

    expect(found).toBe(await npm());
    const browser = await chromium.launch({ executablePath: found, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      await page.setContent("<h1>Fieldguide</h1>");
      expect(await page.locator("h1").innerText()).toBe("Fieldguide");
    } finally {
      await browser.close();
    }
  }, 120_000);

  test("takes the named browser first when it starts", async () => {
    const named = join(scratch, "named-chromium");
    writeFileSync(named, '#!/bin/sh\necho "Chromium 1.0"\n');
    chmodSync(named, 0o755);

    expect(await findChromium({ named, system: [broken], npm })).toBe(named);
  });

  test("says what to do when none starts", async () => {
    await expect(
      findChromium({ system: [broken], npm: async () => join(scratch, "not-unpacked") }),
    ).rejects.toThrow(/No Chromium starts .*run npm ci, or set FIELDGUIDE_CHROMIUM/);
  });
});
