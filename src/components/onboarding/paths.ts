// Addresses of the onboarding pages, under the site's base path.
import type { SheetPart } from "../../core/onboarding/index.ts";
import { claimPath, promisePath, sitePath } from "../../site/paths.ts";
import { claimAddress, promiseAddress, sheetAddress } from "../../site/standing.ts";

export const onboardingHref = (): string => sitePath("/onboarding/");
export const trackHref = (track: string): string => sitePath(`/onboarding/${track}/`);
export const stepHref = (track: string, step: string): string =>
  sitePath(`/onboarding/${track}/${step}/`);
export const completeHref = (track: string): string => sitePath(`/onboarding/${track}/complete/`);
export const receiptHref = (): string => sitePath("/onboarding/receipt/");

/** The link from a question to the part of its product sheet that answers it. */
export function sheetPartLink(part: SheetPart): { href: string; label: string } {
  switch (part.kind) {
    case "claim":
      return { href: claimPath(part.product, part.claim), label: `${part.title}: ${part.claim}` };
    case "promise":
      return {
        href: promisePath(part.product, part.topic),
        label: `${part.title}: what may be promised on ${part.topic}`,
      };
    case "ladder":
      // The id of the ladder's section on a product sheet (src/components/ProductSheet.astro).
      return {
        href: sitePath(`/products/${part.product}/#ladder`),
        label: `${part.title}: the discount ladder`,
      };
  }
}

/**
 * The item a question asks about, as the device watches it: a claim with its expiry, a boundary,
 * or for a ladder the sheet itself.
 */
export function sheetPartStanding(
  part: SheetPart,
  claims: ReadonlyMap<string, { claim: { expires?: string } }>,
): { address: string; expires?: string } {
  switch (part.kind) {
    case "claim": {
      const expires = claims.get(part.claim)?.claim.expires;
      return { address: claimAddress(part.product, part.claim), ...(expires ? { expires } : {}) };
    }
    case "promise":
      return { address: promiseAddress(part.product, part.topic) };
    case "ladder":
      return { address: sheetAddress(part.product) };
  }
}
