import type { DataStore, Loader } from "astro/loaders";

/**
 * Wraps a glob loader of .mdx files so that its entries keep their frontmatter and body but are not
 * marked for rendering by Astro. A marked entry is compiled as an MDX module, and the build bundles
 * every one of them (at 5,000 sheets that bundling was the build's peak memory, bench/findings.md);
 * pages render the stored body instead (src/components/TalkTrack.astro).
 */
export function bodyOnly(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}+body-only`,
    load: (context) => {
      const { store } = context;
      const set: DataStore["set"] = (entry) => store.set({ ...entry, deferredRender: false });
      return loader.load({ ...context, store: { ...store, set } });
    },
  };
}
