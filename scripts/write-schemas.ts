// Writes the editor JSON Schemas (schema/*.schema.json) from the content's zod schemas.
// Run it after changing a schema: `npm run schemas`. A test fails while a file is out of date.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { EDITOR_SCHEMAS } from "../src/core/publishing/index.ts";

const folder = join(import.meta.dirname, "..", "schema");
await mkdir(folder, { recursive: true });
for (const [name, generate] of Object.entries(EDITOR_SCHEMAS)) {
  const file = join(folder, name);
  const options = { ...(await resolveConfig(file)), filepath: file };
  await writeFile(file, await format(JSON.stringify(generate()), options));
  console.log(`Wrote schema/${name}`);
}
