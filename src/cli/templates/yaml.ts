import { stringify } from "yaml";

/** A value as one line of YAML, quoted only when it must be (a name with ": " or a leading "-"). */
export function yamlScalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
