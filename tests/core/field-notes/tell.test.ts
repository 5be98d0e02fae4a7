import { describe, expect, it } from "vitest";
import { noteRecipient } from "../../../src/core/field-notes/tell.ts";

describe("whom the field-note buttons name", () => {
  it("is marketing in the sales team's edition", () => {
    expect(noteRecipient()).toBe("marketing");
  });

  it("is the partner team's role in the partner edition, an acronym kept", () => {
    expect(noteRecipient({ title: "Partner manager" })).toBe("your partner manager");
    expect(noteRecipient({ title: "EMEA partner desk" })).toBe("your EMEA partner desk");
  });
});
