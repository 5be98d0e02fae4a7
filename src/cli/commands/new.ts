import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readSnapshot } from "../../core/diff/index.ts";
import {
  onboardingPath,
  ONBOARDING_DIR,
  RESERVED_STEP_SLUGS,
  TRACK_FILE,
  readOnboarding,
} from "../../core/onboarding/index.ts";
import type { Problem } from "../../core/problem.ts";
import { email } from "../../core/schema/index.ts";
import { git } from "../../library/git.ts";
import { readLibraryFiles } from "../../library/files.ts";
import { asOfOption } from "../../library/as-of.ts";
import { UsageError } from "../../library/usage-error.ts";
import { productTemplate } from "../templates/product.ts";
import { stepTemplate, trackTemplate } from "../templates/step.ts";
import { fileNameSlug } from "../slug.ts";

export const NEW_USAGE = `Usage: fieldguide new product "Product name" [--owner EMAIL] [--dir DIR]
       fieldguide new step <track> "Step title" [--dir DIR]

Creates a commented file in the library in DIR (default: content); the checker refuses it until
its TODOs are filled in: fill them in, then run npm run check.
  product  a product sheet, DIR/products/<slug>.mdx. The file name, sku and claim id prefix come
           from the name; the owner is --owner, or else your git e-mail address.
  step     the next step of an onboarding track, DIR/onboarding/<track>/NN-<slug>.mdx; a track
           that does not exist yet is created with it.
Examples:
  npm run new -- product "Signal Forecasts"
  npm run new -- step first-week "Reading a claim"`;

export async function newFile(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { dir: { type: "string", default: "content" }, owner: { type: "string" } },
  });
  const [kind, ...rest] = positionals;
  const root = values.dir.replace(/\/+$/, "");
  if (kind === "product") return newProduct(rest, root, values.owner);
  if (kind === "step") return newStep(rest, root);
  throw new UsageError(
    kind === undefined
      ? "Say what to create: product or step."
      : `Cannot create "${kind}": use product or step.`,
  );
}

async function newProduct(
  rest: string[],
  root: string,
  ownerOption: string | undefined,
): Promise<number> {
  if (rest.length !== 1)
    throw new UsageError('Give the product name in quotes, e.g. new product "Signal Forecasts".');
  const title = rest[0]!.trim();
  const slug = fileNameSlug(title);
  if (slug === "")
    throw new UsageError(`"${title}" has no letters or digits to name the file after.`);

  const snapshot = readSnapshot(await readLibraryFiles(root));
  const file = `products/${slug}.mdx`;
  if (snapshot.sheets.has(file) || snapshot.unreadable.includes(file)) {
    console.error(`${root}/${file} already exists: edit it, or choose another name.`);
    return 1;
  }
  const products = [...snapshot.sheets.values()].map((sheet) => sheet.product);
  const usedSkus = new Set(products.map((product) => product.sku));
  const baseSku = slug.toUpperCase();
  let sku = baseSku;
  for (let n = 2; usedSkus.has(sku); n++) sku = `${baseSku}-${n}`;

  const text = productTemplate({
    title,
    slug,
    sku,
    owner: await ownerOf(ownerOption, root),
    today: asOfOption(undefined),
    roles: snapshot.policy?.roles.map((role) => role.id) ?? [],
    categories: [...new Set(products.map((product) => product.category))].sort(),
  });
  await mkdir(join(root, "products"), { recursive: true });
  await writeFile(join(root, file), text, { flag: "wx" });
  console.log(`Created ${root}/${file}.\nNext: replace its TODOs, then run npm run check.`);
  return 0;
}

async function newStep(rest: string[], root: string): Promise<number> {
  if (rest.length !== 2)
    throw new UsageError(
      'Give the track and the step title, e.g. new step first-week "Reading a claim".',
    );
  const [track, rawTitle] = rest as [string, string];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(track)) {
    throw new UsageError(
      `The track "${track}" must be a folder name of lowercase letters, digits and hyphens, e.g. first-week.`,
    );
  }
  const title = rawTitle.trim();
  const slug = fileNameSlug(title);
  if (slug === "")
    throw new UsageError(`"${title}" has no letters or digits to name the file after.`);
  if ((RESERVED_STEP_SLUGS as readonly string[]).includes(slug)) {
    throw new UsageError(
      `"${slug}" is the address of a track's completion page: choose another title.`,
    );
  }

  const files = await readLibraryFiles(root);
  const places = files.map((file) => onboardingPath(file.path));
  const steps = places.flatMap((place) =>
    place.kind === "step" && place.track === track ? [place] : [],
  );
  const existing = steps.find((place) => place.slug === slug);
  if (existing) {
    console.error(
      `The track "${track}" already has a step named "${slug}": edit it, or choose another title.`,
    );
    return 1;
  }
  const number = Math.max(0, ...steps.map((place) => place.number)) + 1;
  const today = asOfOption(undefined);
  const folder = join(root, ONBOARDING_DIR, track);
  const created: string[] = [];
  await mkdir(folder, { recursive: true });
  if (!places.some((place) => place.kind === "track" && place.track === track)) {
    const orders = trackOrders(files);
    await writeFile(
      join(folder, TRACK_FILE),
      trackTemplate({ title: titleOf(track), order: Math.max(0, ...orders) + 1 }),
      { flag: "wx" },
    );
    created.push(`${root}/${ONBOARDING_DIR}${track}/${TRACK_FILE} (a new track)`);
  }
  const file = `${String(number).padStart(2, "0")}-${slug}.mdx`;
  const example = files
    .find((candidate) => candidate.path.startsWith("products/"))
    ?.path.slice(9, -4);
  await writeFile(
    join(folder, file),
    stepTemplate({ title, track, step: number, today, example }),
    {
      flag: "wx",
    },
  );
  created.push(`${root}/${ONBOARDING_DIR}${track}/${file}`);
  console.log(
    `Created ${created.join(" and ")}.\nNext: replace the TODOs, then run npm run check.`,
  );
  return 0;
}

/** The order numbers tracks already use, so a new track goes last. */
function trackOrders(files: Awaited<ReturnType<typeof readLibraryFiles>>): number[] {
  const problems: Problem[] = [];
  return readOnboarding(files, problems).tracks.map((entry) => entry.track.order);
}

/** "first-week" -> "First week": a readable default for a new track's title. */
function titleOf(track: string): string {
  const words = track.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The sheet's owner: --owner, else the e-mail git commits are signed with. */
async function ownerOf(option: string | undefined, root: string): Promise<string> {
  if (option !== undefined) {
    if (!email.safeParse(option).success)
      throw new UsageError(`--owner must be an e-mail address, not "${option}"`);
    return option;
  }
  const fromGit = await git(["config", "user.email"], root).then(
    (output) => output.toString("utf8").trim(),
    () => "",
  );
  if (email.safeParse(fromGit).success) return fromGit;
  throw new UsageError(
    "Say who owns the sheet: --owner your.name@example.com (or set git config user.email).",
  );
}
