import type { Loader, LoaderContext } from "astro/loaders";
import { createHash } from "node:crypto";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { checkLibrary } from "../core/check.ts";
import { hasErrors, type Problem } from "../core/problem.ts";
import { type SourceFile, readMdxFile, readYamlFile } from "../core/source/index.ts";
import { showsLocalImage } from "../core/text/index.ts";
import { asOfOption } from "../library/as-of.ts";
import { readLibraryFiles } from "../library/files.ts";
import { formatText } from "../core/problem-format.ts";

export interface LibraryCollection {
  name: string;
  /** The entry id of a library file this collection holds; undefined for every other file. */
  idOf(path: string): string | undefined;
}

/**
 * A content collection read from the library as the checker reads it: the same files (symbolic
 * links never followed, src/library/files.ts), the same decoding and the same YAML values
 * (src/core/source/read.ts). `npm run build` only gets here once the guardrails integration has
 * checked the library. In `npm run dev` (`lastGood`), a save is taken in only when the whole library
 * passes the check: until then every page keeps showing the library as it last passed, and the dev
 * preview shows the problems (src/integrations/dev-preview.ts), never a page built from a library
 * the checker refuses.
 */
export function libraryLoader(
  contentDir: string,
  { name, idOf }: LibraryCollection,
  { lastGood }: { lastGood: boolean },
): Loader {
  const root = resolve(contentDir);
  return {
    name: `fieldguide:${name}`,
    load: async (context) => {
      const sync = async () => {
        const files = await readLibraryFiles(root);
        if (lastGood && !passes(files)) return;
        await storeEntries(context, root, files, idOf);
      };
      await sync();
      context.watcher?.add(root);
      const onFile = (path: string) => {
        if (!resolve(path).startsWith(root + sep)) return;
        sync().catch((error: Error) => context.logger.error(error.message));
      };
      context.watcher?.on("change", onFile).on("add", onFile).on("unlink", onFile);
    },
  };
}

async function storeEntries(
  { store, parseData, generateDigest, config }: LoaderContext,
  root: string,
  files: readonly SourceFile[],
  idOf: LibraryCollection["idOf"],
): Promise<void> {
  const kept = new Set<string>();
  for (const file of files) {
    const id = file.link ? undefined : idOf(file.path);
    if (id === undefined) continue;
    kept.add(id);
    const digest = generateDigest(Buffer.from(file.bytes).toString("latin1"));
    const stored = store.get(id);
    if (stored?.digest === digest) {
      // As Astro's glob loader does: the compiled talk track's module is listed afresh on each load.
      if (stored.deferredRender && stored.filePath) store.addModuleImport(stored.filePath);
      continue;
    }
    const source = file.path.endsWith(".mdx") ? readMdxFile(file) : readYamlFile(file);
    if ("problems" in source) throw new Error(unreadable(root, source.problems));
    const { data, body } =
      "frontmatter" in source
        ? { data: source.frontmatter.data, body: source.body }
        : { data: source.data, body: undefined };
    const absolute = join(root, file.path);
    store.set({
      id,
      data: await parseData({ id, data: data as Record<string, unknown>, filePath: absolute }),
      body,
      filePath: relative(fileURLToPath(config.root), absolute).split(sep).join("/"),
      digest,
      // Only a talk track showing an image from a library file is compiled as an MDX module; every
      // other one is rendered from its stored body (src/components/TalkTrack.astro).
      deferredRender: body !== undefined && showsLocalImage(body),
    });
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}

/**
 * Whether the library as saved passes the check. Every collection asks after the same save: the
 * answer is kept for the files' fingerprint, so the library is checked once per save.
 */
let lastCheck: { fingerprint: string; passes: boolean } | undefined;
function passes(files: readonly SourceFile[]): boolean {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.path).update("\0").update(file.bytes).update("\0");
  const fingerprint = hash.digest("hex");
  if (lastCheck?.fingerprint !== fingerprint) {
    const { problems } = checkLibrary(files, { asOf: asOfOption(undefined) });
    lastCheck = { fingerprint, passes: !hasErrors(problems) };
  }
  return lastCheck.passes;
}

/** A file the check let through but the loader cannot read: it changed in between. */
function unreadable(root: string, problems: readonly Problem[]): string {
  return `The library changed while the site was built from it; build again.\n${formatText(problems, root)}`;
}
