import type { DataStore, Loader } from "astro/loaders";
import { showsLocalImage } from "../core/text/talk-track-parts.ts";

/**
 * Wraps a glob loader of .mdx files so that its entries keep their frontmatter and body but are not
 * marked for rendering by Astro. A marked entry is compiled as an MDX module, and the build bundles
 * every one of them (at 5,000 sheets that bundling was the build's peak memory, bench/findings.md);
 * pages render the stored body instead (src/components/TalkTrack.astro). A talk track that shows an
 * image from a file of the library stays marked: only Astro's MDX compiler takes that file in.
 */
export function bodyOnly(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}+body-only`,
    load: (context) => {
      const { store } = context;
      const set: DataStore["set"] = (entry) =>
        store.set({
          ...entry,
          deferredRender: entry.deferredRender && showsLocalImage(entry.body ?? ""),
        });
      return loader.load({ ...context, store: { ...store, set } });
    },
  };
}
