// The project's layers, as rules that fail `npm run lint` (docs/architecture.md says why).
// dependency-cruiser reads TypeScript; it cannot read .astro files, so the import rules for
// pages, layouts and components are ESLint's (eslint.config.js), worded the same way.

/** Everything of this project outside the domain core. */
const OUTSIDE_CORE = "^src/(?!core/)|^(tests|bench|scripts|bin)/|^[^/]+\\.(ts|mjs|js)$";

/**
 * The core's concepts, from the ground up: a folder imports only folders of earlier lines (and
 * itself). The check's entry (check.ts) and the problem type stand at the core's top, above all.
 */
const CONCEPTS = [
  {
    text: "words as a reader sees them: folding, phrases, figures, sentences",
    schema: "the fields of every file, with zod",
  },
  {
    source: "reading a library's files into the library as read",
    standing: "whether an item is in force on a day, and the withdrawals list",
  },
  { guardrails: "what a rep may say, and to whom", quoting: "deals, quotes and who approves them" },
  {
    rules: "the checks of the library as read",
    "draft-checker": "what a draft says out of bounds, and what to say instead",
  },
  {
    onboarding: "tracks, steps and their generated questions",
    "field-notes": "what customers said",
    health: "content health: claims expiring, reviews due",
  },
  { translations: "approved translations and what makes them stale" },
  {
    publishing:
      "what guards a published page and a partner edition, and the documents for machines",
  },
  { diff: "a change to the library, in words" },
];

/** One rule per concept folder: nothing from a later line, nor a sibling of its own line. */
const conceptOrder = CONCEPTS.flatMap((line, index) =>
  Object.entries(line).map(([folder, holds]) => {
    const above = CONCEPTS.slice(index)
      .flatMap(Object.keys)
      .filter((other) => other !== folder);
    return {
      name: `concept-order-${folder}`,
      comment: `src/core/${folder}/ holds ${holds}: it stands on the concepts below it and imports nothing of ${above.join(", ")}.`,
      severity: "error",
      from: { path: `^src/core/${folder}/` },
      to: { path: `^src/core/(${above.join("|")})/` },
    };
  }),
);

const FOLDERS = CONCEPTS.flatMap(Object.keys).join("|");

/**
 * The browser's islands and the src/site helpers they share with pages import a concept's files,
 * not its entry: an entry re-exports the folder's readers too (satteri, gray-matter), which the
 * client build cannot resolve.
 */
const ISLANDS_AND_THEIR_HELPERS =
  "^src/scripts/|^src/site/(escalation|format|onboarding-data|page-data|paths|standing)\\.ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...conceptOrder,
    {
      name: "concept-through-its-entry",
      comment:
        "Outside src/core, a concept folder is used through its entry (index.ts), its public face; the files beside it are its internals. Islands and their helpers are the exception, and tests, which try a folder's files one by one (docs/architecture.md).",
      severity: "error",
      from: { path: OUTSIDE_CORE, pathNot: [ISLANDS_AND_THEIR_HELPERS, "^tests/"] },
      to: { path: `^src/core/(${FOLDERS})/`, pathNot: `^src/core/(${FOLDERS})/index\\.ts$` },
    },
    {
      name: "islands-reach-no-entry",
      comment:
        "Nothing an island imports, however indirectly, is a concept's entry: it would pull the folder's readers into the browser (docs/architecture.md).",
      severity: "error",
      from: { path: "^src/scripts/" },
      to: { path: `^src/core/(${FOLDERS})/index\\.ts$`, reachable: true },
    },
    {
      name: "core-stands-alone",
      comment:
        "src/core is the guardrail rules: it imports nothing else of this project, so the build, the CLI and the browser can all use it.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: OUTSIDE_CORE },
    },
    {
      name: "core-is-framework-free",
      comment:
        "src/core runs in the browser and in Node alike: no Astro, no Vite, no file system (the library folder reads files and hands the core their text).",
      severity: "error",
      from: { path: "^src/core/" },
      to: {
        path: "^(node_modules/(astro|@astrojs|vite)/|astro:)|^(node:)?(fs|fs/promises|child_process|path)$",
      },
    },
    {
      name: "library-reads-for-the-core",
      comment: "src/library reads files from disk and git for the core: it uses only the core.",
      severity: "error",
      from: { path: "^src/library/" },
      to: { path: "^src/(?!core/|library/)" },
    },
    {
      name: "site-shapes-for-pages",
      comment:
        "src/site shapes the library for pages: it uses the core and the library, never the CLI, integrations or browser scripts.",
      severity: "error",
      from: { path: "^src/site/" },
      to: { path: "^src/(cli|integrations|scripts|pages|components|layouts|internal-pages)/" },
    },
    {
      name: "browser-islands-call-the-core",
      comment:
        "src/scripts are the browser's islands: they call the core, each other and the display helpers they share with pages (src/site), nothing else of the project.",
      severity: "error",
      from: { path: "^src/scripts/" },
      to: { path: "^src/(?!core/|scripts/|site/|styles/)" },
    },
    {
      name: "browser-islands-stay-in-the-browser",
      comment:
        "Nothing an island imports, however indirectly, may read the library at build time (astro:content) or use Node.",
      severity: "error",
      from: { path: "^src/scripts/" },
      to: { path: "^(astro:|node:)", reachable: true },
    },
    {
      name: "cli-is-an-edge",
      comment: "src/cli formats for the terminal: it uses the core and the library, not the site.",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { path: "^src/(site|integrations|scripts|pages|components|layouts|internal-pages)/" },
    },
    {
      name: "no-circle-between-folders",
      comment: "Folders depend on each other in one direction only.",
      severity: "error",
      scope: "folder",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-circle-between-files",
      comment: "A file never imports, through others, the file that imports it.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist|\\.astro)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: `${__dirname}/tsconfig.json` },
    enhancedResolveOptions: { extensions: [".ts", ".mjs", ".js", ".json"] },
  },
};
