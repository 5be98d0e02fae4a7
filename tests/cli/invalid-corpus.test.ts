/**
 * The invalid-input corpus: each folder in tests/fixtures/invalid holds only the files that differ
 * from tests/fixtures/valid-library. For every case this states what the checker must report
 * (or that it must accept the library), and a few cases go through the real CLI.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Problem } from "../../src/core/problem.ts";
import {
  AS_OF,
  caseLibrary,
  check,
  invalidCaseNames,
  INVALID_CASES,
  readFolder,
  writeLibrary,
} from "../core/fixture-library.ts";
import { runCli, STACK_LINE } from "./run-cli.ts";

interface Expected {
  severity: Problem["severity"];
  /** `file:line:column` */
  at: string;
  field: string;
  rule: string;
  /** A part of the message, and optionally of the hint. */
  says: string;
  hints?: string;
}

const error = (
  at: string,
  field: string,
  rule: string,
  says: string,
  hints?: string,
): Expected => ({
  severity: "error",
  at,
  field,
  rule,
  says,
  hints,
});
const warning = (at: string, field: string, rule: string, says: string): Expected => ({
  severity: "warning",
  at,
  field,
  rule,
  says,
});

/** Every problem each case must produce, in the checker's order; [] means the library is accepted. */
const CORPUS: Record<string, Expected[]> = {
  // Reading the file: encodings, fences, YAML syntax
  "crlf-line-endings-accepted": [],
  "cr-only-line-endings-accepted": [],
  "control-character-in-claim-text": [
    error("products/analytics.mdx:22:29", "", "encoding", "invisible control character (U+0085)"),
  ],
  "escape-character-in-policy": [
    error("policy.yaml:2:18", "", "encoding", "invisible control character (U+001B)", "Delete it"),
  ],
  "yaml-tag-in-policy": [
    error("policy.yaml:2:10", "", "yaml", "the YAML tag !secret is not used", "Remove the tag"),
  ],
  "yaml-tag-in-sheet": [
    error("products/analytics.mdx:10:14", "", "yaml", "the YAML tag !!float is not used"),
  ],
  "category-without-letters": [
    error(
      "products/analytics.mdx:4:11",
      "category",
      "address",
      'the category "???" has no letter or digit',
      "Name the category in words",
    ),
  ],
  "promise-topic-without-letters": [
    error(
      "products/analytics.mdx:33:12",
      "promises[0].topic",
      "address",
      'the promise topic "—" has no letter or digit',
    ),
  ],
  "image-missing": [
    error(
      "products/analytics.mdx:44:17",
      "",
      "image",
      'the image "../images/missing.png" is not in the library (images/missing.png)',
    ),
  ],
  "image-not-an-image": [
    error(
      "products/analytics.mdx:44:17",
      "",
      "image",
      '"../images/diagram.png" is not a PNG, JPEG, GIF, WebP or AVIF image',
    ),
  ],
  "image-svg": [
    error("products/analytics.mdx:44:17", "", "image", "is an SVG", "Export the image as PNG"),
  ],
  "image-outside-library": [
    error("products/analytics.mdx:44:17", "", "image", "is outside the library folder"),
  ],
  "image-png-accepted": [],
  // An expiry (a warning: a date passing must not stop the scheduled build), still located.
  "crlf-line-endings-error-still-located": [
    warning(
      "products/analytics.mdx:19:14",
      "claims[0].expires",
      "claim-expired",
      'claim "analytics-uptime" expired on',
    ),
  ],
  "bom-accepted": [],
  "bom-error-on-first-field-still-located": [
    error(
      "products/monitoring.mdx:2:1",
      "titel",
      "schema",
      'unknown field "titel"',
      'Did you mean "title"?',
    ),
  ],
  "non-utf8-bytes": [
    error(
      "products/monitoring.mdx:5:36",
      "",
      "encoding",
      "the file is not valid UTF-8 text",
      "Save the file with UTF-8 encoding",
    ),
  ],
  "empty-file": [error("products/monitoring.mdx:1:1", "", "frontmatter", "the file is empty")],
  "whitespace-only-file": [
    error("products/monitoring.mdx:1:1", "", "frontmatter", "the file is empty"),
  ],
  "missing-frontmatter-fence": [
    error(
      "products/monitoring.mdx:1:1",
      "",
      "frontmatter",
      "the file does not start with a frontmatter",
    ),
  ],
  "unclosed-frontmatter": [
    error(
      "products/monitoring.mdx:1:1",
      "",
      "frontmatter",
      "the frontmatter block is never closed",
    ),
  ],
  "frontmatter-fence-with-language": [
    error("products/monitoring.mdx:1:1", "", "frontmatter", "the first line must be exactly ---"),
  ],
  "frontmatter-fence-with-four-dashes": [
    error("products/monitoring.mdx:1:1", "", "frontmatter", "the first line must be exactly ---"),
  ],
  "frontmatter-empty": [
    error("products/monitoring.mdx:2:1", "", "frontmatter", "the frontmatter is empty"),
  ],
  "frontmatter-only-comments": [
    error("products/monitoring.mdx:2:1", "", "frontmatter", "the frontmatter is empty"),
  ],
  "frontmatter-is-a-list": [
    error("products/monitoring.mdx:2:1", "", "schema", "must be a group of fields, not a list"),
  ],
  "malformed-yaml-indent": [
    error("products/analytics.mdx:11:1", "", "yaml", "the YAML cannot be read: All mapping items"),
  ],
  "duplicate-key": [
    error(
      "products/analytics.mdx:5:1",
      "",
      "yaml",
      "the YAML cannot be read: Map keys must be",
      "Each field may appear only once",
    ),
  ],
  "tab-indent": [
    error(
      "products/monitoring.mdx:9:1",
      "",
      "yaml",
      "the YAML cannot be read: Tabs are not",
      "Indent with spaces",
    ),
  ],
  "unquoted-colon-in-value": [
    error("products/monitoring.mdx:5:10", "", "yaml", "the YAML cannot be read: Nested mappings"),
  ],
  "unterminated-quote": [
    error("products/monitoring.mdx:5:10", "", "yaml", "the YAML cannot be read: Missing closing"),
  ],
  "yaml-alias-explosion": [
    error("products/monitoring.mdx:7:9", "", "yaml", "the YAML cannot be read: Excessive alias"),
  ],
  "sheet-outside-products-folder-ignored": [],
  // policy.yaml
  "policy-missing": [
    error("policy.yaml:1:1", "", "missing-policy", "the library has no policy.yaml"),
  ],
  "policy-empty": [error("policy.yaml:1:1", "", "schema", "must be a group of fields, not empty")],
  "policy-is-a-list": [
    error("policy.yaml:1:1", "", "schema", "must be a group of fields, not a list"),
  ],
  "policy-malformed-yaml": [
    error("policy.yaml:9:1", "", "yaml", "the YAML cannot be read: Sequence item"),
  ],
  "policy-currency-not-iso": [
    error("policy.yaml:3:1", "currency", "schema", "must be an ISO 4217 currency code such as"),
  ],
  "policy-review-interval-not-a-number": [
    error("policy.yaml:4:1", "reviewIntervalDays", "schema", "must be a number of days"),
  ],
  "policy-review-interval-beyond-any-date": [
    error(
      "policy.yaml:4:1",
      "reviewIntervalDays",
      "schema",
      "must be at most 3650 days (ten years)",
    ),
  ],
  "policy-role-contact-not-email": [
    error("policy.yaml:10:5", "roles[1].contact", "schema", "must be an e-mail address"),
  ],
  "policy-roles-empty": [
    error("policy.yaml:5:1", "roles", "schema", "must list at least one role"),
  ],
  "policy-forbidden-phrase-without-why": [
    error("policy.yaml:17:5", "forbidden[1].why", "schema", "is required"),
  ],
  "policy-unknown-key-forbidden-typo": [
    error(
      "policy.yaml:13:1",
      "forbiden",
      "schema",
      'unknown field "forbiden"',
      'Did you mean "forbidden"?',
    ),
  ],
  // Sheet schema: types, required fields, dates, percentages, prices, e-mail, audience, unknown keys
  "title-missing": [error("products/monitoring.mdx:2:1", "title", "schema", "is required")],
  "title-empty": [error("products/monitoring.mdx:2:1", "title", "schema", "must not be empty")],
  "owner-not-an-email": [
    error("products/analytics.mdx:6:1", "owner", "schema", "must be an e-mail address"),
  ],
  "last-reviewed-not-iso-date": [
    error(
      "products/analytics.mdx:7:1",
      "lastReviewed",
      "schema",
      "must be a date written as YYYY-MM-DD",
    ),
  ],
  "last-reviewed-impossible-date": [
    error(
      "products/analytics.mdx:7:1",
      "lastReviewed",
      "schema",
      "must be a date written as YYYY-MM-DD",
    ),
  ],
  "claim-expires-not-a-date": [
    error(
      "products/analytics.mdx:19:5",
      "claims[0].expires",
      "schema",
      "must be a date written as YYYY-MM-DD",
    ),
  ],
  "claim-without-evidence": [
    error(
      "products/analytics.mdx:21:5",
      "claims[1].evidence",
      "schema",
      "is required",
      "A claim without evidence cannot be approved",
    ),
  ],
  "claim-id-not-lowercase-kebab": [
    error(
      "products/monitoring.mdx:12:5",
      "claims[0].id",
      "schema",
      "must be lowercase letters, digits and",
    ),
  ],
  "claim-channel-unknown": [
    error(
      "products/analytics.mdx:20:21",
      "claims[0].channels[1]",
      "schema",
      "must be one of web, email, deck, call,",
    ),
  ],
  "evidence-link-not-a-url": [
    error(
      "products/analytics.mdx:25:7",
      "claims[1].evidence.link",
      "schema",
      "must be a full URL (https://…)",
    ),
  ],
  "claims-not-a-list": [
    error(
      "products/monitoring.mdx:11:1",
      "claims",
      "schema",
      'must be a list (lines starting with "- "),',
    ),
  ],
  "audience-unknown-value": [
    error("products/analytics.mdx:8:22", "audience[1]", "schema", "must be internal or partner"),
  ],
  "audience-empty-list": [
    error("products/analytics.mdx:8:1", "audience", "schema", "must name at least one audience"),
  ],
  "pricing-not-a-group": [
    error(
      "products/monitoring.mdx:8:1",
      "pricing",
      "schema",
      "must be a group of fields, not number 20",
    ),
  ],
  "list-price-zero": [
    error("products/monitoring.mdx:9:3", "pricing.listPrice", "schema", "must be more than 0"),
  ],
  "list-price-as-text": [
    error("products/monitoring.mdx:9:3", "pricing.listPrice", "schema", "must be a number"),
  ],
  "floor-price-negative": [
    error("products/analytics.mdx:12:3", "pricing.floorPrice", "schema", "must be more than 0"),
  ],
  "percent-above-100": [
    error(
      "products/analytics.mdx:29:23",
      "discounts[2].upTo",
      "schema",
      "must be between 0 and 100",
    ),
  ],
  "percent-negative": [
    error(
      "products/monitoring.mdx:17:18",
      "discounts[0].upTo",
      "schema",
      "must be between 0 and 100",
    ),
  ],
  "percent-written-with-percent-sign": [
    error(
      "products/monitoring.mdx:18:22",
      "discounts[1].upTo",
      "schema",
      "must be a number (a percentage, without the",
    ),
  ],
  "term-bonus-months-fractional": [
    error(
      "products/analytics.mdx:31:7",
      "termBonus[0].minMonths",
      "schema",
      "must be a whole number",
    ),
  ],
  "promise-may-not-not-a-list": [
    error(
      "products/analytics.mdx:35:5",
      "promises[0].mayNot",
      "schema",
      'must be a list (lines starting with "- "),',
    ),
  ],
  "escalate-neither-role-nor-email": [
    error(
      "products/analytics.mdx:36:5",
      "promises[0].escalate",
      "schema",
      "must be a role id from policy.yaml or an",
    ),
  ],
  "unknown-key-discount-typo": [
    error(
      "products/analytics.mdx:26:1",
      "discount",
      "schema",
      'unknown field "discount"',
      'Did you mean "discounts"?',
    ),
  ],
  "unknown-key-in-claim-expiry-typo": [
    error(
      "products/analytics.mdx:19:5",
      "claims[0].expiry",
      "schema",
      'unknown field "expiry"',
      'Did you mean "expires"?',
    ),
  ],
  "unknown-key-floor-in-pricing": [
    error(
      "products/monitoring.mdx:11:3",
      "pricing.floor",
      "schema",
      'unknown field "floor"',
      "use one of: listPrice, unit, per, floorPrice",
    ),
  ],
  "unknown-key-far-from-any-field": [
    error(
      "products/monitoring.mdx:8:1",
      "visibility",
      "schema",
      'unknown field "visibility"',
      "Remove it, or use one of: title, sku,",
    ),
  ],
  // Across the library: uniqueness and references
  "duplicate-sku": [
    error("products/monitoring.mdx:3:6", "sku", "unique-sku", 'sku "EX-AN-1" is already used by'),
  ],
  "duplicate-claim-id-across-sheets": [
    error(
      "products/monitoring.mdx:12:9",
      "claims[0].id",
      "unique-claim-id",
      'claim id "analytics-uptime" is already used',
    ),
  ],
  "duplicate-claim-id-within-sheet": [
    error(
      "products/analytics.mdx:21:9",
      "claims[1].id",
      "unique-claim-id",
      'claim id "analytics-uptime" is already used',
    ),
  ],
  "policy-unknown-role-in-ladder": [
    error(
      "products/analytics.mdx:29:13",
      "discounts[2].role",
      "unknown-role",
      'unknown role "vp-sales"',
    ),
  ],
  "escalate-unknown-role": [
    error(
      "products/analytics.mdx:36:15",
      "promises[0].escalate",
      "unknown-role",
      'unknown role "cfo"',
    ),
  ],
  "instead-say-unknown-claim-in-policy": [
    error(
      "policy.yaml:16:17",
      "forbidden[0].insteadSay",
      "unknown-claim",
      'unknown claim id "analytics-free-trial"',
    ),
  ],
  "instead-say-unknown-claim-in-sheet": [
    error(
      "products/analytics.mdx:40:17",
      "forbidden[0].insteadSay",
      "unknown-claim",
      'unknown claim id "analytics-freshness"',
    ),
  ],
  "claim-reference-unknown-in-body": [
    error(
      "products/monitoring.mdx:30:15",
      "",
      "unknown-claim",
      '<Claim id="monitoring-trial"/>: unknown',
    ),
  ],
  // Ladders and the floor
  "ladder-roles-out-of-order": [
    error(
      "products/monitoring.mdx:18:13",
      "discounts[1].role",
      "ladder-order",
      '"rep" comes after "manager" but does not',
    ),
  ],
  "ladder-role-repeated": [
    error(
      "products/monitoring.mdx:18:13",
      "discounts[1].role",
      "ladder-order",
      '"rep" comes after "rep" but does not have',
    ),
  ],
  "ladder-not-strictly-increasing": [
    error(
      "products/analytics.mdx:29:29",
      "discounts[2].upTo",
      "ladder-increase",
      "20% is not above the previous rung's 20%",
    ),
  ],
  "floor-above-list": [
    error(
      "products/analytics.mdx:12:15",
      "pricing.floorPrice",
      "floor-above-list",
      "the floor price 120 is above the list price",
    ),
  ],
  "rung-below-floor": [
    error(
      "products/monitoring.mdx:19:28",
      "discounts[1].upTo",
      "ladder-below-floor",
      "manager up to 15% reaches 17.00, below the",
    ),
  ],
  "rung-below-floor-with-term-bonus": [
    error(
      "products/analytics.mdx:29:29",
      "discounts[2].upTo",
      "ladder-below-floor",
      "director up to 25% (with the +6 point term",
    ),
  ],
  "rung-exactly-at-floor-accepted": [],
  // Time, as of 2026-12-01
  // A warning: the day passes without a commit, and the scheduled build must still publish the
  // site, which shows the claim expired (docs/withdrawals.md).
  "expired-claim": [
    warning(
      "products/analytics.mdx:19:14",
      "claims[0].expires",
      "claim-expired",
      'claim "analytics-uptime" expired on',
    ),
  ],
  // Still approved on its last day, and warned of: from tomorrow reps' devices show it expired.
  "claim-expiring-on-as-of-day-warning": [
    warning(
      "products/analytics.mdx:19:14",
      "claims[0].expires",
      "claim-expiring",
      'claim "analytics-uptime" expires on 2026-12-01, in 0 days',
    ),
  ],
  "stale-review-warning": [
    warning(
      "products/monitoring.mdx:7:15",
      "lastReviewed",
      "review-due",
      "last reviewed 2026-05-01, more than 180",
    ),
  ],
  // The talk track: figures and phrases
  "unstated-figure-in-body": [
    warning(
      "products/analytics.mdx:44:20",
      "",
      "unstated-figure",
      '"99.99%" is not stated by any approved',
    ),
  ],
  "forbidden-phrase-in-body": [
    error(
      "products/monitoring.mdx:26:16",
      "",
      "forbidden-phrase",
      '"risk-free" is a forbidden phrase: No',
    ),
  ],
  "forbidden-phrase-in-body-across-line-break": [
    error(
      "products/monitoring.mdx:26:46",
      "",
      "forbidden-phrase",
      '"risk free" is a forbidden phrase: No',
    ),
  ],
  "forbidden-phrase-with-space-instead-of-hyphen": [
    error(
      "products/monitoring.mdx:26:16",
      "",
      "forbidden-phrase",
      '"Risk Free" is a forbidden phrase: No',
    ),
  ],
  "forbidden-phrase-with-non-breaking-hyphen": [
    error(
      "products/monitoring.mdx:26:16",
      "",
      "forbidden-phrase",
      '"Risk\u2011free" is a forbidden phrase: No',
    ),
  ],
  "forbidden-phrase-with-cyrillic-letters": [
    error(
      "products/monitoring.mdx:26:16",
      "",
      "forbidden-phrase",
      '"risk-fr\u0435\u0435" is a forbidden phrase: No',
    ),
  ],
  "sheet-forbidden-phrase-in-body": [
    error(
      "products/analytics.mdx:44:17",
      "",
      "forbidden-phrase",
      '"real-time everything" is a forbidden',
    ),
  ],
  "may-not-phrase-in-body": [
    error(
      "products/analytics.mdx:44:21",
      "",
      "may-not-phrase",
      '"zero downtime" is out of bounds (SLA):',
    ),
  ],
  "forbidden-phrase-quoted-in-dont-say-accepted": [],
  "forbidden-phrase-as-character-reference-in-body": [
    error("products/monitoring.mdx:26:16", "", "forbidden-phrase", '"risk-free" is a forbidden'),
  ],
  "forbidden-phrase-with-combining-accent-in-body": [
    error(
      "products/monitoring.mdx:26:16",
      "",
      "forbidden-phrase",
      '"ri\u0301sk-free" is a forbidden',
    ),
  ],
  "forbidden-phrase-run-together-in-body": [
    error("products/monitoring.mdx:26:16", "", "forbidden-phrase", '"riskfree" is a forbidden'),
  ],
  "forbidden-phrase-in-plural-in-body": [
    error(
      "products/monitoring.mdx:26:24",
      "",
      "forbidden-phrase",
      '"guaranteed ROIs" is a forbidden',
    ),
  ],
  // Wording in every field a rep reads as something to say
  "forbidden-phrase-in-title": [
    error("products/monitoring.mdx:2:8", "title", "forbidden-phrase", '"Risk-free" is a forbidden'),
  ],
  "may-not-phrase-in-summary": [
    error(
      "products/monitoring.mdx:5:10",
      "summary",
      "may-not-phrase",
      '"we connect to anything" is out of bounds',
      "reps read this field as something they may say",
    ),
  ],
  "forbidden-phrase-in-claim-text": [
    error(
      "products/analytics.mdx:22:11",
      "claims[1].text",
      "forbidden-phrase",
      '"risk-free" is a forbidden',
      "claim analytics-trial",
    ),
  ],
  "sheet-forbidden-phrase-in-promise-may": [
    error(
      "products/analytics.mdx:34:10",
      "promises[0].may",
      "forbidden-phrase",
      '"real-time everything" is a forbidden',
    ),
  ],
  "forbidden-phrase-in-step-text": [
    error(
      "onboarding/basics/01-welcome.mdx:14:26",
      "",
      "forbidden-phrase",
      '"guaranteed ROI" is a forbidden',
    ),
  ],
  "forbidden-phrase-in-quiz-answer": [
    error(
      "onboarding/basics/01-welcome.mdx:10:13",
      "quiz[0].answer",
      "forbidden-phrase",
      '"risk-free" is a forbidden',
    ),
  ],
  "may-not-phrase-in-quiz-explanation": [
    error(
      "onboarding/basics/01-welcome.mdx:11:14",
      "quiz[0].explain",
      "may-not-phrase",
      '"zero downtime" is out of bounds (SLA)',
    ),
  ],
  "wrong-quiz-option-with-forbidden-phrase-accepted": [],
  // Safety: what an MDX body may not contain
  "import-statement-in-body": [
    error(
      "products/monitoring.mdx:26:1",
      "",
      "mdx-safety",
      '"import" statements are not allowed in a',
    ),
  ],
  "export-statement-in-body": [
    error(
      "products/monitoring.mdx:26:1",
      "",
      "mdx-safety",
      '"export" statements are not allowed in a',
    ),
  ],
  "script-tag-in-body": [
    error(
      "products/monitoring.mdx:26:36",
      "",
      "mdx-safety",
      "<script> is not allowed in a product sheet",
    ),
  ],
  "iframe-in-body": [
    error(
      "products/monitoring.mdx:26:1",
      "",
      "mdx-safety",
      "<iframe> is not allowed in a product sheet",
    ),
  ],
  "style-tag-in-body": [
    error(
      "products/monitoring.mdx:26:1",
      "",
      "mdx-safety",
      "<style> is not allowed in a product sheet",
    ),
  ],
  "event-handler-attribute-in-body": [
    error(
      "products/monitoring.mdx:26:23",
      "",
      "mdx-safety",
      "<span> is not allowed in a product sheet",
    ),
  ],
  "javascript-link-in-body": [
    error(
      "products/monitoring.mdx:26:23",
      "",
      "mdx-safety",
      "javascript: links are not allowed in a",
    ),
  ],
  "unknown-component-in-body": [
    error(
      "products/monitoring.mdx:28:1",
      "",
      "mdx-safety",
      "<PriceTable> is not one of the components a",
    ),
  ],
  "meta-refresh-in-body": [
    error("products/monitoring.mdx:26:1", "", "mdx-safety", "<meta> is not allowed in a product"),
  ],
  "form-in-body": [
    error("products/monitoring.mdx:26:1", "", "mdx-safety", "<form> is not allowed in a product"),
  ],
  "javascript-link-as-character-reference-in-body": [
    error("products/monitoring.mdx:26:23", "", "mdx-safety", "javascript: links are not allowed"),
  ],
  "javascript-href-as-character-reference-in-body": [
    error("products/monitoring.mdx:26:23", "", "mdx-safety", "<a> is not allowed in a product"),
  ],
  "html-comment-in-body": [
    error(
      "products/monitoring.mdx:27:1",
      "",
      "mdx-safety",
      "HTML comments (<!-- … -->) are not allowed",
      "Remove the comment",
    ),
  ],
  // Data that could be read two ways
  "policy-duplicate-role-id": [
    error(
      "policy.yaml:11:9",
      "roles[2].id",
      "duplicate-role",
      'the role "manager" is also roles[1]',
    ),
  ],
  "duplicate-promise-topic": [
    error(
      "products/monitoring.mdx:24:12",
      "promises[1].topic",
      "duplicate-topic",
      'the topic "integrations" is also promises[0]',
    ),
  ],
  "duplicate-term-bonus-months": [
    error(
      "products/analytics.mdx:32:18",
      "termBonus[1].minMonths",
      "duplicate-term-bonus",
      "termBonus[0] is also for 24 months",
    ),
  ],
  "term-bonus-above-100": [
    error(
      "products/monitoring.mdx:20:29",
      "termBonus[0].extra",
      "term-bonus-above-100",
      "manager's 15% rises to 105%",
      "at most 85 points",
    ),
  ],
  "sheet-file-name-not-a-slug": [
    error(
      "products/Monitoring Plus.mdx:1:1",
      "",
      "sheet-file",
      '"Monitoring Plus" cannot be a page address',
      "products/monitoring-plus.mdx",
    ),
  ],
  "sheet-with-md-extension": [
    error(
      "products/billing.md:1:1",
      "",
      "sheet-file",
      "this file is not a sheet, so the site leaves it out",
      "products/billing.mdx",
    ),
  ],
  "last-reviewed-in-future": [
    error(
      "products/monitoring.mdx:7:15",
      "lastReviewed",
      "review-in-future",
      "lastReviewed 2027-01-15 is after today (2026-12-01)",
    ),
  ],
  "partner-sheet-names-internal-only-claim": [
    // "99.9% uptime": the withheld claim's figure, in the partner talk track's own words.
    error(
      "products/analytics.mdx:45:20",
      "",
      "partner-leak",
      'says "99.9%": a figure ("99.9%") of claim analytics-uptime of products/analytics.mdx (not for partners)',
    ),
    error(
      "products/analytics.mdx:47:1",
      "",
      "audience",
      '<Claim id="analytics-uptime"/> is not published to partners',
    ),
  ],
  "partner-sheet-instead-say-internal-only-claim": [
    error(
      "products/analytics.mdx:40:17",
      "forbidden[0].insteadSay",
      "audience",
      'claim "monitoring-regions" is not published to partners',
    ),
  ],
  "partner-quiz-names-internal-only-claim": [
    error(
      "onboarding/basics/01-welcome.mdx:10:12",
      "quiz[0].claim",
      "audience",
      'claim "analytics-uptime" is not for every reader',
    ),
    error(
      "products/analytics.mdx:45:20",
      "",
      "partner-leak",
      'says "99.9%": a figure ("99.9%") of claim analytics-uptime',
    ),
  ],
  // The partner edition: the partner team stands in for owners and escalations, and partner talk
  // tracks state nothing partners may not see.
  "partner-sheet-without-partners-contact": [
    error(
      "products/analytics.mdx:8:11",
      "audience",
      "partners",
      "this sheet is published to partners, but policy.yaml names no partner contact",
      "Add to policy.yaml: partners: { title: Partner manager, contact: partners@example.com }",
    ),
  ],
  "partners-contact-is-a-role-contact": [
    warning(
      "policy.yaml:21:12",
      "partners.contact",
      "partners",
      "managers@example.com is also the contact of the internal role manager",
    ),
  ],
  "partner-talk-track-states-floor-price": [
    error(
      "products/analytics.mdx:44:49",
      "",
      "partner-leak",
      'says "€70": floor price of products/analytics.mdx (70 EUR)',
    ),
  ],
  "partner-talk-track-states-internal-address": [
    error(
      "products/analytics.mdx:44:38",
      "",
      "partner-leak",
      'says "owner@example.com": an internal e-mail address (owner of products/analytics.mdx)',
    ),
  ],
  "expression-in-body": [
    error(
      "products/monitoring.mdx:26:23",
      "",
      "mdx-safety",
      "{ } expressions are not allowed in a",
    ),
  ],
  // Field notes: read like any other file, checked against the sheets they name
  "field-note-accepted": [],
  "field-note-unknown-claim": [
    error(
      "field-notes/2026-11-20-analytics-speed.yaml:2:8",
      "claim",
      "field-note-claim",
      'Analytics has no claim "analytics-speed"',
    ),
  ],
  "field-note-unknown-product": [
    error(
      "field-notes/2026-11-20-analytic-uptime.yaml:1:10",
      "product",
      "field-note-product",
      'no product sheet is called "analytic"',
      'Did you mean "analytics"?',
    ),
  ],
  "field-note-unknown-kind": [
    error(
      "field-notes/2026-11-20-analytics-uptime.yaml:3:1",
      "kind",
      "schema",
      "must be one of worked, pushback, out-of-bounds-ask, competitor",
    ),
  ],
  "field-note-quote-too-long": [
    error(
      "field-notes/2026-11-20-analytics-uptime.yaml:5:1",
      "quote",
      "schema",
      "must be at most 500 characters",
    ),
  ],
  // No silent choice: what the site would pick one way and its author mean another
  "sheet-title-twice": [
    error(
      "products/monitoring.mdx:2:8",
      "title",
      "duplicate-title",
      'the title "ANALYTICS" is also the title of products/analytics.mdx',
    ),
  ],
  "sku-differs-only-in-case": [
    error(
      "products/monitoring.mdx:3:6",
      "sku",
      "unique-sku",
      'sku "ex-an-1" is already used by products/analytics.mdx (as "EX-AN-1")',
      "differ only in capitals",
    ),
  ],
  "policy-role-title-twice": [
    error(
      "policy.yaml:12:12",
      "roles[2].title",
      "duplicate-role-title",
      'the title "Sales Manager" is also roles[1]\'s',
    ),
  ],
  "currency-not-iso-4217": [
    error("policy.yaml:3:1", "currency", "schema", "must be an ISO 4217 currency code"),
  ],
  "claim-audience-wider-than-sheet": [
    error(
      "products/monitoring.mdx:16:15",
      "claims[0].audience",
      "audience-wider-than-sheet",
      "names partner, but the sheet is published to internal only",
    ),
  ],
  "claim-channels-empty": [
    error(
      "products/monitoring.mdx:16:5",
      "claims[0].channels",
      "schema",
      "must name at least one channel",
      "leave the field out",
    ),
  ],
  "title-only-invisible-characters": [
    error("products/monitoring.mdx:2:1", "title", "schema", "holds only invisible characters"),
  ],
  "claim-inside-dont-say": [
    error("products/analytics.mdx:52:1", "", "mdx-safety", "<Claim> inside <DontSay>"),
  ],
  "forbidden-phrase-emoji-only": [
    error(
      "policy.yaml:19:13",
      "forbidden[2].phrase",
      "unfindable-phrase",
      "has no letter or digit",
    ),
  ],
  // Checked unless exempt: every text field a page renders, not a list of "spoken" ones
  "forbidden-phrase-in-evidence-document": [
    error(
      "products/monitoring.mdx:15:17",
      "claims[0].evidence.document",
      "forbidden-phrase",
      '"Risk-free" is a forbidden phrase',
    ),
  ],
  "forbidden-phrase-in-role-title": [
    error(
      "policy.yaml:12:12",
      "roles[2].title",
      "forbidden-phrase",
      '"guaranteed ROI" is a forbidden phrase',
    ),
  ],
  "bidi-override-in-claim-text": [
    error(
      "products/monitoring.mdx:13:11",
      "claims[0].text",
      "bidi-control",
      "holds a bidirectional control (U+202E) that reorders what is displayed",
    ),
  ],
  // Nothing half-finished: what npm run new leaves to fill in
  "placeholder-sku-and-price": [
    error("products/monitoring.mdx:3:6", "sku", "placeholder", "still holds a TODO", "Fill in sku"),
    error("products/monitoring.mdx:4:11", "category", "placeholder", "still holds a TODO"),
    error(
      "products/monitoring.mdx:9:14",
      "pricing.listPrice",
      "placeholder",
      "still holds a TODO",
      "Fill in pricing.listPrice",
    ),
  ],
  "field-note-as-list": [
    error(
      "field-notes/2026-11-20-analytics-uptime.yaml:1:1",
      "",
      "schema",
      "must be one note (a group of fields), not a list",
      "Write one note per file",
    ),
  ],
  // Translations: content/translations/<locale>/<slug>.mdx against its sheet and policy.yaml
  "translation-approved-accepted": [],
  "translation-for-unknown-sheet": [
    error(
      "translations/de/analytic.mdx:1:1",
      "",
      "translation-unknown",
      "there is no sheet products/analytic.mdx to translate",
      'Did you mean "analytics"?',
    ),
  ],
  "translation-of-unknown-claim": [
    warning(
      "translations/de/analytics.mdx:6:3",
      "claims",
      "translation-missing",
      'claim "analytics-trial" of products/analytics.mdx is not translated into Deutsch',
    ),
    error(
      "translations/de/analytics.mdx:9:9",
      "claims[1].id",
      "translation-unknown",
      'products/analytics.mdx has no claim "analytics-trail" to translate',
      'Did you mean "analytics-trial"?',
    ),
  ],
  "translation-of-unknown-promise-topic": [
    warning(
      "translations/de/analytics.mdx:13:3",
      "promises",
      "translation-missing",
      "the promise on SLA",
    ),
    error(
      "translations/de/analytics.mdx:13:12",
      "promises[0].topic",
      "translation-unknown",
      'products/analytics.mdx has no promise on "Uptime" to translate',
    ),
  ],
  "translation-source-edited-by-hand": [
    error(
      "translations/de/analytics.mdx:8:13",
      "claims[0].source",
      "translation-source",
      'the fingerprint of claim "analytics-uptime" does not seal its text',
      "npm run translate -- approve de analytics",
    ),
  ],
  "translation-source-not-a-fingerprint": [
    error(
      "translations/de/analytics.mdx:8:13",
      "claims[0].source",
      "translation-source",
      '"approved" is not a fingerprint written by npm run translate',
    ),
  ],
  "translation-edited-after-approval": [
    error(
      "translations/de/analytics.mdx:8:13",
      "claims[0].source",
      "translation-source",
      "the translation was not approved since it was written or last edited",
    ),
  ],
  "translation-figure-not-in-source": [
    error(
      "translations/de/analytics.mdx:7:11",
      "claims[0].text",
      "translation-figure",
      '"99,95" is not a figure of the source, which states 99,9; 2025',
    ),
  ],
  "translation-forbidden-phrase-of-its-language": [
    error(
      "translations/de/analytics.mdx:3:10",
      "summary",
      "forbidden-phrase",
      '"risikofrei" is a forbidden phrase: Kein Vertrag ist frei von Risiko.',
    ),
  ],
  "translation-locale-not-in-policy": [
    error(
      "translations/es/analytics.mdx:1:1",
      "",
      "translation-locale",
      '"es" is not a language in policy.yaml',
      "locales in policy.yaml (de)",
    ),
  ],
  "translation-approved-by-someone-else": [
    error(
      "translations/de/analytics.mdx:18:13",
      "approvedBy",
      "translation-approver",
      "translator@example.com does not approve translations into Deutsch: de@example.com does",
    ),
  ],
  // Partners read a partner sheet's talk track in every language: the German one is held to the
  // same rules as the English.
  "translation-partner-talk-track-states-internal-address": [
    error(
      "translations/de/analytics.mdx:24:64",
      "",
      "partner-leak",
      'says "owner@example.com": an internal e-mail address (owner of products/analytics.mdx)',
    ),
  ],
  "translation-stale-after-source-change": [
    warning(
      "translations/de/analytics.mdx:8:13",
      "claims[0].source",
      "translation-stale",
      'claim "analytics-uptime" changed in products/analytics.mdx since it was approved in Deutsch on 2026-11-20: its wording and its figures (now 99.9; 2025; 2026)',
    ),
  ],
  "translation-stale-error-by-policy": [
    error(
      "translations/de/analytics.mdx:8:13",
      "claims[0].source",
      "translation-stale",
      "its wording and its figures",
    ),
  ],
  "translation-missing-claim-warning": [
    warning(
      "translations/de/analytics.mdx:6:3",
      "claims",
      "translation-missing",
      'claim "analytics-trial" of products/analytics.mdx is not translated into Deutsch: reps see the English wording',
    ),
  ],
  "translation-file-not-mdx": [
    error(
      "translations/de/analytics.md:1:1",
      "",
      "translation-file",
      "this file is not a translation, so the site leaves it out",
    ),
  ],
  "policy-locale-code-not-a-language": [
    error(
      "policy.yaml:21:5",
      "locales[0].code",
      "schema",
      "must be a BCP 47 language code such as de or fr-CH",
    ),
  ],
  "policy-locale-is-the-source-language": [
    error(
      "policy.yaml:21:11",
      "locales[0].code",
      "translation-locale",
      '"en" is the source language',
    ),
  ],
};

function outcome(
  problems: readonly Pick<Problem, "severity">[],
): "errors" | "warnings" | "accepted" {
  if (problems.some((problem) => problem.severity === "error")) return "errors";
  return problems.length > 0 ? "warnings" : "accepted";
}

describe("the invalid-input corpus", () => {
  it("has a folder for every case in the table and a table entry for every folder", () => {
    expect(invalidCaseNames()).toEqual(Object.keys(CORPUS).sort());
    expect(invalidCaseNames().length).toBeGreaterThanOrEqual(45);
  });

  it("keeps the byte-level cases byte-exact (no editor or git normalised them)", () => {
    const bytesOf = (name: string, path: string) =>
      Buffer.from(readFolder(join(INVALID_CASES, name)).find((file) => file.path === path)!.bytes);
    expect(bytesOf("crlf-line-endings-accepted", "products/analytics.mdx").includes("\r\n")).toBe(
      true,
    );
    expect(bytesOf("crlf-line-endings-accepted", "policy.yaml").includes("\r\n")).toBe(true);
    expect(bytesOf("cr-only-line-endings-accepted", "policy.yaml").includes("\n")).toBe(false);
    expect(bytesOf("escape-character-in-policy", "policy.yaml").includes(0x1b)).toBe(true);
    expect([...bytesOf("bom-accepted", "products/analytics.mdx").subarray(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    expect([...bytesOf("bom-accepted", "policy.yaml").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      bytesOf("non-utf8-bytes", "products/monitoring.mdx").includes(Buffer.from([0xe0, 0x20])),
    ).toBe(true);
  });

  describe.each(Object.entries(CORPUS))("%s", (name, expected) => {
    const { problems } = check(caseLibrary(name));

    it(`is ${outcome(expected)}`, () => {
      expect(outcome(problems)).toBe(outcome(expected));
    });

    it("reports exactly the expected problems, each at a real line with a hint", () => {
      expect(
        problems.map((problem) => ({
          severity: problem.severity,
          at: `${problem.file}:${problem.line}:${problem.column}`,
          field: problem.field,
          rule: problem.rule,
        })),
      ).toEqual(expected.map(({ severity, at, field, rule }) => ({ severity, at, field, rule })));
      problems.forEach((problem, index) => {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.column).toBeGreaterThanOrEqual(1);
        expect(problem.message).toContain(expected[index]!.says);
        expect(problem.hint).toContain(expected[index]!.hints ?? "");
        expect(problem.hint.length).toBeGreaterThan(10);
      });
    });
  });
});

// Each of these starts a Node process: a handful shows the CLI reports what checkLibrary finds.
describe("the checker CLI on invalid cases", { timeout: 30_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), "fieldguide-corpus-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    "claim-without-evidence",
    "malformed-yaml-indent",
    "non-utf8-bytes",
    "frontmatter-fence-with-language",
    "policy-missing",
    "script-tag-in-body",
    "field-note-unknown-claim",
    "html-comment-in-body",
    "forbidden-phrase-in-claim-text",
    "policy-duplicate-role-id",
    "sheet-with-md-extension",
    "escape-character-in-policy",
    "yaml-tag-in-sheet",
    "category-without-letters",
    "image-not-an-image",
    "translation-figure-not-in-source",
    "translation-stale-error-by-policy",
    "sku-differs-only-in-case",
    "currency-not-iso-4217",
    "claim-inside-dont-say",
    "placeholder-sku-and-price",
    "forbidden-phrase-in-role-title",
  ])("%s: exit 1, file:line:col of the problem, no stack trace", (name) => {
    const folder = join(root, name);
    writeLibrary(caseLibrary(name), folder);
    const run = runCli(["check", folder, "--as-of", AS_OF]);
    const [first] = CORPUS[name]!;

    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${folder}/${first!.at}  `);
    expect(run.stdout).toMatch(/^\d+ errors?, \d+ warnings?$/m);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_LINE);
    expect(run.stderr).toBe("");
  });

  it("accepts the sample library in content/, the default folder: exit 0, 0 errors", () => {
    const run = runCli(["check", "--as-of", AS_OF]);

    expect(run.stdout).toMatch(/^0 errors, \d+ warnings?$/m);
    expect(run.status).toBe(0);
  });
});
