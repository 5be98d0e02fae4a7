import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { linkNodeModules } from "./workspace.ts";

/**
 * The baseline: a bare Astro project that builds the same MDX bodies with one page template, no
 * schema, no checker and no guardrail components (<Claim> and <DontSay> become plain stand-ins),
 * indexed by Pagefind like the real site. It borrows the project's packages.
 */
export async function writeBareProject(
  projectRoot: string,
  library: string,
  parent: string,
): Promise<string> {
  const root = await mkdtemp(join(parent, "bare-"));
  await linkNodeModules(projectRoot, root);
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "bare-baseline", private: true, type: "module" }),
    "astro.config.mjs": `import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import { existsSync, readFileSync } from "node:fs";
import * as pagefind from "pagefind";

// pagefind.close() kills its process without waiting for it. Unless Node reaps it before exiting,
// GNU time never counts its CPU (the full build's offline step, which runs after, gives it the time).
async function pagefindExited() {
  const children = \`/proc/\${process.pid}/task/\${process.pid}/children\`;
  const running = () =>
    existsSync(children) &&
    readFileSync(children, "utf8").trim().split(/\\s+/).some((pid) => {
      try {
        return readFileSync(\`/proc/\${pid}/comm\`, "utf8").includes("pagefind");
      } catch {
        return false;
      }
    });
  for (let waited = 0; running() && waited < 10_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const search = {
  name: "bare:pagefind",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      const { index } = await pagefind.createIndex({});
      await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL("pagefind", dir)) });
      await pagefind.close();
      await pagefindExited();
    },
  },
};

export default defineConfig({ integrations: [mdx(), search] });
`,
    "src/content.config.ts": `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

export const collections = {
  products: defineCollection({ loader: glob({ pattern: "*.mdx", base: ${JSON.stringify(join(library, "products"))} }) }),
};
`,
    "src/components/Claim.astro": `---
const { id } = Astro.props;
---
<p data-claim={id}></p>
`,
    "src/components/DontSay.astro": `<aside><slot /></aside>
`,
    "src/pages/index.astro": `---
import { getCollection } from "astro:content";
const entries = await getCollection("products");
---
<html lang="en"><head><meta charset="utf-8" /><title>Products</title></head>
<body><ul>{entries.map((entry) => <li><a href={\`/products/\${entry.id}/\`}>{entry.data.title}</a></li>)}</ul></body></html>
`,
    "src/pages/products/[slug].astro": `---
import { getCollection, render } from "astro:content";
import Claim from "../../components/Claim.astro";
import DontSay from "../../components/DontSay.astro";

export async function getStaticPaths() {
  return (await getCollection("products")).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content components={{ Claim, DontSay }} /></main></body></html>
`,
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}
