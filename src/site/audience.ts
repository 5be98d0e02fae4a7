import type { DataStore, Loader } from "astro/loaders";
import { DEFAULT_AUDIENCE, isAudience, type Audience } from "../core/guardrails/index.ts";

/**
 * The audience of the build. src/integrations/audience.ts resolves it (from `--audience` or this
 * variable) and sets the variable before any content loads, so every module of the build agrees.
 */
export const AUDIENCE_VARIABLE = "FIELDGUIDE_AUDIENCE";

export function buildAudience(): Audience {
  const value = process.env[AUDIENCE_VARIABLE] ?? DEFAULT_AUDIENCE;
  if (!isAudience(value)) throw new Error(`${AUDIENCE_VARIABLE} must be internal or partner`);
  return value;
}

/**
 * Wraps a content loader so that its collection only ever holds the entries `keep` accepts, on the
 * first load and on every reload in dev: a withheld entry is not in the build at all, so no page,
 * even one that reads the collection directly, can render it.
 */
export function keepOnly(loader: Loader, keep: (data: Record<string, unknown>) => boolean): Loader {
  return {
    ...loader,
    name: `${loader.name}+audience`,
    load: (context) => {
      const { store } = context;
      const set: DataStore["set"] = (entry) => {
        if (keep(entry.data)) return store.set(entry);
        store.delete(entry.id);
        return false;
      };
      return loader.load({ ...context, store: { ...store, set } });
    },
  };
}
