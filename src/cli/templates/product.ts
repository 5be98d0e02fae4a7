import { addDays } from "../../core/standing/index.ts";
import { yamlScalar } from "./yaml.ts";

export interface ProductTemplateValues {
  title: string;
  slug: string;
  sku: string;
  owner: string;
  today: string;
  /** Role ids from policy.yaml, least authority first, for the commented ladder example. */
  roles: string[];
  categories: string[];
}

/**
 * A new product sheet: everything a rep could act on (claims, discounts, promises) starts empty,
 * with a commented example, so a half-written sheet never grants a discount or shows an unapproved
 * claim. What is still to be written says TODO, which the checker refuses until it is replaced.
 */
export function productTemplate(values: ProductTemplateValues): string {
  const { title, slug, sku, owner, today, roles } = values;
  const [lowest = "rep", next = lowest] = roles;
  const categories =
    values.categories.length > 0 ? ` (in use: ${values.categories.join(", ")})` : "";
  return `---
# Product sheet for ${title}, created by \`npm run new\` on ${today}.
# Lines starting with # are comments: they guide you and never appear on the site.
# Replace every TODO, then run \`npm run check\` (docs/content-format.md explains each field).
title: ${yamlScalar(title)}
sku: ${yamlScalar(`TODO-${sku}`)} # the product code from the price list; unique across the library
category: TODO # the group the sheet is listed under${categories}
summary: ${yamlScalar(`TODO One sentence on what ${title} does for the customer.`)}
owner: ${owner} # the marketer accountable for this sheet (an e-mail address)
lastReviewed: ${today} # set it to the date of each review with the owner
audience: [internal] # add partner once partners may see this sheet: [internal, partner]
pricing:
  listPrice: TODO # the list price per unit, without the currency sign
  unit: TODO # what one unit is: seat, host, consultant day
  per: month # how often the price is paid: month, year or one-time
  # floorPrice: 0.5 # the lowest unit price any approval may reach

# The lists below start empty. To fill one, uncomment its example (select the lines and toggle
# comment, or delete the "# " each starts with) and edit it: it is valid as it stands.

# Approved claims: statements reps may make word for word, each with its evidence.
# Claim ids are unique across the library: start them with "${slug}-".
claims:
#  - id: ${slug}-example
#    text: One statement we can prove, with its figure and period.
#    evidence:
#      document: Name of the report, survey or contract
#      section: Where in it
#      link: https://docs.example.com/report
#    expires: ${addDays(today, 365)} # when the evidence must be renewed; leave out if it does not expire
#    channels: [web, email, deck, call]

# Discount ladder: who may approve up to which discount, least authority first.
# With no rungs, no discount may be given. Roles come from policy.yaml: ${roles.join(", ") || "see policy.yaml"}.
discounts:
#  - { role: ${lowest}, upTo: 5 }
#  - { role: ${next}, upTo: 10 }

# Extra discount points on every rung for longer contracts.
termBonus:
#  - { minMonths: 24, extra: 2 }

# What a rep may promise on a topic, the phrases that go too far, and who decides beyond it.
promises:
#  - topic: Implementation time
#    may: What a rep may commit to, in one sentence.
#    mayNot: [a phrase that promises too much]
#    escalate: ${next} # a role id from policy.yaml, or an e-mail address

# Phrases nobody may use about this product (company-wide ones are in policy.yaml).
forbidden:
#  - phrase: a misleading phrase
#    why: Why it is misleading, and what to say instead.
---

## Overview

TODO: who buys ${title}, the problem it removes, and who signs the order.

## Talk track

TODO: how to open the conversation and which approved claims to use. Once a claim is in the list above, quote it with the Claim component (see docs/content-format.md).

## Objection handling

TODO: the objections reps hear, and how to answer them within the guardrails.
`;
}
