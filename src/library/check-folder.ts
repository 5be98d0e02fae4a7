import { checkLibrary, type CheckResult } from "../core/check.ts";
import { readLibraryFiles } from "./files.ts";

/** Checks the library folder as the CLI does; shared by the build so both always agree. */
export async function checkContentFolder(root: string, asOf: string): Promise<CheckResult> {
  return checkLibrary(await readLibraryFiles(root), { asOf });
}
