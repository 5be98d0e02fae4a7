import type { DataStore, Loader, LoaderContext } from "astro/loaders";

/** Marks the data of an entry that could not be read, so that it is never stored. */
const UNREADABLE = Symbol("unreadable");

/** Astro passes the loaders the parsers of each file type too, though its type does not say so. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<object> | object;
}

/**
 * For `astro dev`: a file of the collection that cannot be read (a YAML slip, a field the schema
 * refuses) neither stops the server with a stack trace nor replaces the entry. The collection keeps
 * the entry as last read, or goes without it until it can be read, and the dev preview shows the
 * problem with its file and line. `astro build` never meets such a file: the guardrails integration
 * stops it first.
 */
export function keepLastReadable(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}+last-readable`,
    load: (context) => {
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      const parseData = (async (props) => {
        if (UNREADABLE in props.data) return props.data;
        try {
          return await context.parseData(props);
        } catch {
          return { [UNREADABLE]: true };
        }
      }) as LoaderContext["parseData"];
      const set: DataStore["set"] = (entry) =>
        UNREADABLE in entry.data ? false : context.store.set(entry);
      return loader.load({
        ...context,
        ...(entryTypes && { entryTypes: tolerant(entryTypes) }),
        parseData,
        store: { ...context.store, set },
      } as LoaderContext);
    },
  };
}

function tolerant(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
  return new Map(
    [...entryTypes].map(([extension, type]) => [
      extension,
      {
        ...type,
        getEntryInfo: async (params) => {
          try {
            return await type.getEntryInfo(params);
          } catch {
            return { data: { [UNREADABLE]: true }, body: "", slug: "", rawData: "" };
          }
        },
      },
    ]),
  );
}
