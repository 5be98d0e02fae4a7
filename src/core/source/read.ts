import type { Problem } from "../problem.ts";
import { decodeSource } from "./decode.ts";
import type { SourceFile } from "./file.ts";
import { parseSheetSource, type SheetSource } from "./frontmatter.ts";
import type { LocatedYaml } from "./yaml.ts";
import { parseYamlValues } from "./yaml-values.ts";

// The one way a library file is read, decoded and parsed: the checker, the diff and the site's
// content loader (src/site/library-loader.ts) all read through here, so they see the same values.

/** A .yaml file: policy.yaml, a track, a field note. */
export function readYamlFile(file: SourceFile): LocatedYaml | { problems: Problem[] } {
  const decoded = decodeSource(file.path, file.bytes);
  if ("problem" in decoded) return { problems: [decoded.problem] };
  return parseYamlValues(decoded.text, file.path);
}

/** An .mdx file: a product sheet or an onboarding step, its frontmatter and its talk track. */
export function readMdxFile(file: SourceFile): SheetSource | { problems: Problem[] } {
  const decoded = decodeSource(file.path, file.bytes);
  if ("problem" in decoded) return { problems: [decoded.problem] };
  return parseSheetSource(file.path, decoded.text);
}
