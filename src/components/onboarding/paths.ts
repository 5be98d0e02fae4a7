// Addresses of the onboarding pages, under the site's base path.
import type { SheetPart } from "../../core/onboarding/question.ts";
import { claimPath, promisePath, sitePath } from "../../site/paths.ts";

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
      // The id of the ladder's section on a product sheet (src/pages/products/[slug].astro).
      return {
        href: sitePath(`/products/${part.product}/#ladder`),
        label: `${part.title}: the discount ladder`,
      };
  }
}
