import { YAMLException } from "js-yaml";
import type { Problem } from "../problem.ts";
import { loadAsBuild } from "./mdx-yaml.ts";
import { lazyLocator, parseYaml, type LocatedYaml } from "./yaml.ts";

/**
 * An anchor (&), alias (*) or tag (!) may be there. js-yaml shares an aliased value without any
 * limit, and a small file whose aliases expand into a huge object would only blow up later, in
 * validation: the located parser caps aliases first. It also refuses tags, which js-yaml would
 * turn into values no field expects (`!!binary`) or refuse with no line (an unknown tag).
 */
const NEEDS_LOCATED = /[&*]|(?:^|[\s[{,])!/;

/**
 * YAML with the values the build will get, for every kind of file (policy, frontmatter, tracks,
 * field notes): the checker and the site's content loader both read it here. It is read with js-yaml;
 * the located parser, several times slower, only runs when a position is needed, when the fast
 * parser refuses the YAML (to say where and why), or when aliases or tags may be there.
 * Frontmatter's `source` starts with the newline that ends the opening fence, so its lines are file lines.
 */
export function parseYamlValues(
  source: string,
  file: string,
): LocatedYaml | { problems: Problem[] } {
  const loaded = NEEDS_LOCATED.test(source) ? undefined : loadAsBuild(source);
  if (loaded && "data" in loaded) return { data: loaded.data, locate: lazyLocator(source) };
  const located = parseYaml(source, { file });
  if ("problems" in located) return located;
  const asBuild = loaded ?? loadAsBuild(source);
  if ("data" in asBuild) return { data: asBuild.data, locate: located.locate };
  return { problems: [unreadableByBuild(file, asBuild.error)] };
}

/** YAML that the located parser reads but the build's parser refuses: the build would stop on it. */
function unreadableByBuild(file: string, error: unknown): Problem {
  const mark = error instanceof YAMLException ? error.mark : undefined;
  const reason = error instanceof YAMLException ? error.reason : String(error);
  return {
    severity: "error",
    file,
    line: (mark?.line ?? 0) + 1,
    column: (mark?.column ?? 0) + 1,
    field: "",
    message: `the YAML cannot be read by the site's build: ${reason}`,
    hint: "Check the YAML syntax near this line: indentation, brackets, and quotes around text that contains special characters.",
    rule: "yaml",
  };
}
