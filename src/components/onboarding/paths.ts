// Addresses of the onboarding pages, under the site's base path.
import { sitePath } from "../../site/paths.ts";

export const onboardingHref = (): string => sitePath("/onboarding/");
export const trackHref = (track: string): string => sitePath(`/onboarding/${track}/`);
export const stepHref = (track: string, step: string): string =>
  sitePath(`/onboarding/${track}/${step}/`);
export const completeHref = (track: string): string => sitePath(`/onboarding/${track}/complete/`);
