import { describe, expect, test } from "vitest";
import { suggestLinks } from "../../src/site/suggest.ts";

const REPO = { url: "https://github.com/example/fieldguide/", branch: "main" };

describe("Suggest a change", () => {
  test("a product page links to editing its sheet and to a prefilled issue", () => {
    const links = suggestLinks("/products/log-vault/", "Log Vault", "content", REPO);

    expect(links.file).toBe("content/products/log-vault.mdx");
    expect(links.edit).toBe(
      "https://github.com/example/fieldguide/edit/main/content/products/log-vault.mdx",
    );
    const issue = new URL(links.issue);
    expect(issue.origin + issue.pathname).toBe("https://github.com/example/fieldguide/issues/new");
    expect(issue.searchParams.get("title")).toBe("Field feedback: Log Vault");
    expect(issue.searchParams.get("body")).toBe(
      [
        "Page: Log Vault (/products/log-vault/)",
        "File: content/products/log-vault.mdx",
        "",
        "What did you hear or see in the field?",
        "",
        "",
        "What should the page say instead?",
        "",
      ].join("\n"),
    );
  });

  test("a page built from many files offers the issue only", () => {
    const links = suggestLinks("/claims/", "Claims", "content", REPO);

    expect(links.edit).toBeUndefined();
    expect(new URL(links.issue).searchParams.get("body")).toMatch(
      /^Page: Claims \(\/claims\/\)\n\n/,
    );
  });

  test("a library outside the repository (an absolute folder) gets no edit link", () => {
    expect(
      suggestLinks("/products/log-vault/", "Log Vault", "/tmp/library", REPO).edit,
    ).toBeUndefined();
  });
});
