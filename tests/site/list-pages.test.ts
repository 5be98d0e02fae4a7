import { describe, expect, test } from "vitest";
import { listIndex, pageHref } from "../../src/site/list-pages.ts";

const titles = ["Aalto", "Abra", "Birch", "Cedar", "Çay", "Delta", "9 Lives"];

describe("the pages of a library-wide list", () => {
  test("names each page by its first and last entry, the first page at the list's own address", () => {
    const index = listIndex(titles, 3, "/claims/", (title) => title);
    expect(index.pages).toEqual([
      { number: 1, href: "/claims/", first: "Aalto", last: "Birch" },
      { number: 2, href: "/claims/2/", first: "Cedar", last: "Delta" },
      { number: 3, href: "/claims/3/", first: "9 Lives", last: "9 Lives" },
    ]);
  });

  test("jumps to the page where each initial letter starts, accents folded, digits as #", () => {
    const index = listIndex(titles, 3, "/claims/", (title) => title);
    expect(index.letters).toEqual([
      { letter: "A", href: "/claims/" },
      { letter: "B", href: "/claims/" },
      { letter: "C", href: "/claims/2/" },
      { letter: "D", href: "/claims/2/" },
      { letter: "#", href: "/claims/3/" },
    ]);
  });

  test("page addresses", () => {
    expect(pageHref("/promises/sla/", 1)).toBe("/promises/sla/");
    expect(pageHref("/promises/sla/", 12)).toBe("/promises/sla/12/");
  });
});
