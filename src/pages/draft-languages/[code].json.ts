import type { APIRoute, GetStaticPaths } from "astro";
import type { Locale } from "../../core/schema/index.ts";
import { draftLanguage } from "../../core/translations/index.ts";
import { offeredOn } from "../../core/standing/index.ts";
import { buildDate, loadPolicy, loadProducts } from "../../site/library.ts";
import { claimAddress } from "../../site/standing.ts";
import { loadBuildableTranslations } from "../../site/translations.ts";

/**
 * One language's forbidden phrases and approved claim wording for the draft checker, fetched only
 * once a rep chooses that language (src/scripts/draft-checker.ts). Claims are offered as in
 * /draft-phrases.json: a withdrawn or expired claim's translation is never suggested.
 */
export const getStaticPaths = (async () =>
  (await loadPolicy()).locales.map((locale) => ({
    params: { code: locale.code },
    props: { locale },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const offered = (await loadProducts()).map(({ slug, product }) => ({
    slug,
    product: offeredOn(product, buildDate, undefined, (id) => claimAddress(slug, id)),
  }));
  const language = draftLanguage(
    props.locale,
    await loadBuildableTranslations(),
    offered,
    (await loadPolicy()).language,
  );
  return new Response(JSON.stringify(language), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
