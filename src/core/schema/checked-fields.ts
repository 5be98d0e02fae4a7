import type { z } from "zod";
import { EXEMPT } from "./exempt.ts";

/** One text field a template may render, where it is in the file's data. */
export interface CheckedField {
  path: (string | number)[];
  text: string;
}

interface Def {
  type?: string;
  innerType?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
}

/**
 * Every string of `value` (data `schema` has validated) that the wording rules check: each one,
 * unless the schema marks its field exempt (schema/exempt.ts) or it is one of a fixed list of
 * values. A field a schema adds tomorrow is checked without anyone listing it.
 */
export function checkedFields(schema: z.ZodType, value: unknown): CheckedField[] {
  const fields: CheckedField[] = [];
  const walk = (node: z.ZodType | undefined, data: unknown, path: (string | number)[]): void => {
    if (node === undefined || data === undefined || data === null) return;
    if (EXEMPT.has(node)) return;
    const def = (node as unknown as { def: Def }).def;
    switch (def.type) {
      case "optional":
      case "default":
      case "nullable":
        return walk(def.innerType, data, path);
      case "pipe":
        return walk(def.out, data, path);
      case "enum":
      case "literal":
        return;
      case "object":
        if (typeof data !== "object") return;
        for (const [key, item] of Object.entries(data))
          walk(def.shape?.[key], item, [...path, key]);
        return;
      case "array":
        if (!Array.isArray(data)) return;
        data.forEach((item, index) => walk(def.element, item, [...path, index]));
        return;
      case "union": {
        // The option the data is, as validation chose it (a quiz item's scenario).
        const option = def.options?.find((candidate) => candidate.safeParse(data).success);
        return walk(option, data, path);
      }
    }
    if (typeof data === "string") fields.push({ path, text: data });
  };
  walk(schema, value, []);
  return fields;
}
