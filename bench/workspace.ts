import { cp, mkdir, readdir, symlink } from "node:fs/promises";
import { join } from "node:path";

/** What a build of this project reads besides the library and node_modules. */
const PROJECT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public"];

/**
 * A private copy of the project to build from. Astro keeps build state in the project (.astro/,
 * node_modules/.astro/), so builds started by others in the shared work tree would overwrite it
 * mid-build; the copy also keeps every run of one benchmark on the same code.
 */
export async function copyProject(projectRoot: string, target: string): Promise<string> {
  await mkdir(target, { recursive: true });
  for (const name of PROJECT_FILES)
    await cp(join(projectRoot, name), join(target, name), { recursive: true });
  await linkNodeModules(projectRoot, target);
  return target;
}

/**
 * node_modules as a folder of links to the project's packages: installed once, while the build
 * caches Astro and Vite write there (.astro, .vite) stay private to this folder.
 */
export async function linkNodeModules(projectRoot: string, target: string): Promise<void> {
  const packages = join(projectRoot, "node_modules");
  await mkdir(join(target, "node_modules"), { recursive: true });
  for (const name of await readdir(packages)) {
    if (name === ".astro" || name === ".vite") continue;
    await symlink(join(packages, name), join(target, "node_modules", name), "dir");
  }
}
