import { describe, expect, it } from "vitest";
import { tellLabel } from "../../../src/core/field-notes/tell.ts";

describe("the field-note button's name", () => {
  it("is Tell marketing in the sales team's edition", () => {
    expect(tellLabel()).toBe("Tell marketing");
  });

  it("names the partner team's role in the partner edition, an acronym kept", () => {
    expect(tellLabel({ title: "Partner manager" })).toBe("Tell your partner manager");
    expect(tellLabel({ title: "EMEA partner desk" })).toBe("Tell your EMEA partner desk");
  });
});
